/**
 * The snapshot's compact legend: one wrapped row of group colours and one of kind shapes, only
 * for values present in the view, each entry marked `data-legend="group|kind"` and
 * `data-value` so tools (and tests) can read it back.
 */
import {
  GROUP_COLOURS,
  GROUP_LABELS,
  KIND_LABELS,
  KIND_SHAPES,
  shapePath,
  type Shape,
} from '../graph/encoding.ts';
import type { Group, NodeKind } from '../types.ts';
import { type Palette, num, textWidth } from './snapshot-style.ts';
import { attrs, escapeXml } from './xml.ts';

export const LEGEND_FONT = 11;
const ROW = 18;
const SWATCH_R = 5;
const GAP = 14;
/** Room for a swatch: the star and the cross reach past 2r. */
const SWATCH_W = 2 * SWATCH_R + 9;

interface Entry {
  type: 'group' | 'kind';
  value: string;
  label: string;
  swatch: (cx: number, cy: number) => string;
}

/** The legend's lines of markup and its height, laid out from `x`,`y` (top) within `width`. */
export function legendSvg(
  groups: readonly Group[],
  kinds: readonly NodeKind[],
  palette: Palette,
  box: { x: number; y: number; width: number },
): { markup: string[]; height: number } {
  const rows: [string, Entry[]][] = [
    [
      'Colour: group',
      groups.map((g) => ({
        type: 'group',
        value: g,
        label: GROUP_LABELS[g],
        swatch: (cx, cy) => swatch(cx, cy, 'circle', GROUP_COLOURS[g], palette.surface),
      })),
    ],
    [
      'Shape: kind (size: number of links)',
      kinds.map((k) => ({
        type: 'kind',
        value: k,
        label: KIND_LABELS[k],
        swatch: (cx, cy) => swatch(cx, cy, KIND_SHAPES[k], 'none', palette.fg),
      })),
    ],
  ];
  const markup: string[] = [];
  let y = box.y;
  for (const [heading, entries] of rows) {
    if (entries.length === 0) continue;
    let x = box.x;
    markup.push(text(x, y, heading, palette.muted, true));
    x += textWidth(heading, LEGEND_FONT, true) + GAP;
    for (const e of entries) {
      const w = SWATCH_W + textWidth(e.label, LEGEND_FONT);
      if (x + w > box.x + box.width && x > box.x) {
        x = box.x;
        y += ROW;
      }
      markup.push(
        `<g${attrs([
          ['data-legend', e.type],
          ['data-value', e.value],
        ])}>${e.swatch(x + SWATCH_R + 2, y + ROW / 2)}${text(x + SWATCH_W, y, e.label, palette.fg)}</g>`,
      );
      x += w + GAP;
    }
    y += ROW;
  }
  return { markup, height: y - box.y };
}

function swatch(cx: number, cy: number, shape: Shape, fill: string, stroke: string): string {
  return `<path${attrs([
    ['d', shapePath(shape, SWATCH_R)],
    ['transform', `translate(${num(cx)},${num(cy)})`],
    ['fill', fill],
    ['stroke', stroke],
    ['stroke-width', 1.2],
  ])}/>`;
}

/** One legend text, vertically centred in its row. */
function text(x: number, top: number, content: string, fill: string, bold = false): string {
  return `<text${attrs([
    ['x', num(x)],
    ['y', num(top + ROW / 2)],
    ['dy', '0.35em'],
    ['font-size', LEGEND_FONT],
    ['font-weight', bold ? 600 : undefined],
    ['fill', fill],
  ])}>${escapeXml(content)}</text>`;
}
