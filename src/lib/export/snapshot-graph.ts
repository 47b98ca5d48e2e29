/**
 * The graph part of a snapshot: links, nodes and labels drawn as the app draws them (shape by
 * kind, fill by group, size by links, hubs labelled without overlap), already placed by a
 * transform, so the markup needs no CSS. Node shapes carry `class="node"` and
 * `data-state="shown|faded"`.
 */
import {
  GROUP_COLOURS,
  isHub,
  KIND_SHAPES,
  labelPriority,
  nodeRadius,
  shapePath,
} from '../graph/encoding.ts';
import type { GraphIndex } from '../graph/graph-index.ts';
import { visibleLabels, type LabelItem } from '../labels/place.ts';
import { labelText } from '../labels/text.ts';
import { LABEL_FONT_PX } from '../labels/width.ts';
import type { Dataset, GraphNode } from '../types.ts';
import { type Palette, num, textWidth } from './snapshot-style.ts';
import { attrs, escapeXml } from './xml.ts';
import type { Point, Positions } from '../graph/positions.ts';

/** Opacity of what the filters fade, as in GraphNodes / GraphLinks / GraphLabels. */
const FADED_NODE = 0.12;
const FADED_LINK = 0.15;
const FADED_LABEL = 0.4;

/** What the graph layer needs; `name` gives a node's (possibly redacted) display name. */
export interface GraphLayerInput {
  ds: Dataset;
  index: GraphIndex;
  positions: Positions;
  visible: Set<string>;
  faded: Set<string>;
  selection: { type: 'node' | 'link'; id: string } | null;
  palette: Palette;
  /** Layout → picture: `x' = x·k + dx`. */
  at: { dx: number; dy: number; k: number };
  name: (node: GraphNode) => string;
  /** The id written in `data-id` (a stand-in for hidden people). */
  id: (node: GraphNode) => string;
}

/** The links, nodes and labels, in drawing order. */
export function graphLayer(g: GraphLayerInput): string[] {
  const state = (id: string) =>
    g.visible.has(id) ? 'shown' : g.faded.has(id) ? 'faded' : 'hidden';
  const px = (p: Point) => ({
    x: p.x * g.at.k + g.at.dx,
    y: p.y * g.at.k + g.at.dy,
  });
  const deg = (id: string) => g.index.degree.get(id) ?? 0;
  const selectedId = (type: 'node' | 'link') =>
    g.selection?.type === type ? g.selection.id : null;

  const links: string[] = [];
  let selectedLink = '';
  for (const l of g.ds.links) {
    const a = g.positions.get(l.source);
    const b = g.positions.get(l.target);
    const [sa, sb] = [state(l.source), state(l.target)];
    if (!a || !b || sa === 'hidden' || sb === 'hidden') continue;
    const selected = selectedId('link') === l.id;
    const [pa, pb] = [px(a), px(b)];
    const line = `<line${attrs([
      ['x1', num(pa.x)],
      ['y1', num(pa.y)],
      ['x2', num(pb.x)],
      ['y2', num(pb.y)],
      ['stroke', selected ? g.palette.linkSelected : g.palette.link],
      ['stroke-width', selected ? 3.5 : 1],
      ['stroke-opacity', selected ? undefined : 0.55],
      ['opacity', sa === 'shown' && sb === 'shown' ? undefined : FADED_LINK],
    ])}/>`;
    if (selected) selectedLink = line;
    else links.push(line);
  }
  if (selectedLink !== '') links.push(selectedLink);

  // Draw order = label priority, hubs last so they sit on top (as GraphNodes does).
  const drawn = g.ds.nodes
    .filter((n) => g.positions.has(n.id) && state(n.id) !== 'hidden')
    .sort((a, b) => labelPriority(a, deg(a.id)) - labelPriority(b, deg(b.id)));
  const nodes = drawn.map((n) => {
    const p = px(g.positions.get(n.id)!);
    const selected = selectedId('node') === n.id;
    const s = state(n.id);
    return `<path${attrs([
      ['class', 'node'],
      ['data-id', g.id(n)],
      ['data-kind', n.kind],
      ['data-state', s],
      ['d', shapePath(KIND_SHAPES[n.kind], nodeRadius(deg(n.id), n.kind) * g.at.k)],
      ['transform', `translate(${num(p.x)},${num(p.y)})`],
      ['fill', GROUP_COLOURS[n.group ?? 'none']],
      ['stroke', selected ? g.palette.fg : g.palette.surface],
      ['stroke-width', selected ? 3 : 1.25],
      ['opacity', s === 'faded' ? FADED_NODE : undefined],
    ])}/>`;
  });

  return [
    `<g class="links">${links.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    `<g class="labels">${labels(g, drawn, px, state).join('')}</g>`,
  ];
}

/** Hub labels that fit without overlap, plus the selection's label(s) always. */
function labels(
  g: GraphLayerInput,
  drawn: GraphNode[],
  px: (p: Point) => Point,
  state: (id: string) => string,
): string[] {
  const deg = (id: string) => g.index.degree.get(id) ?? 0;
  const always = new Set<string>();
  if (g.selection?.type === 'node') always.add(g.selection.id);
  const link = g.selection?.type === 'link' ? g.index.linkById.get(g.selection.id) : undefined;
  if (link) [link.source, link.target].forEach((id) => always.add(id));
  const hubs = new Set(drawn.filter((n) => isHub(n, deg(n.id))).map((n) => n.id));
  // As on screen (labels/text.ts), with the aliases passed through `name` too: with
  // people hidden it takes their names out of every text.
  const short = (n: GraphNode) =>
    labelText({ ...n, name: g.name(n), aliases: n.aliases.map((a) => g.name({ ...n, name: a })) });
  const items: LabelItem[] = drawn
    .filter((n) => always.has(n.id) || (hubs.has(n.id) && state(n.id) === 'shown'))
    .map((n) => {
      const p = g.positions.get(n.id)!;
      const r = nodeRadius(deg(n.id), n.kind);
      const width = textWidth(short(n), LABEL_FONT_PX, true);
      return { id: n.id, x: p.x, y: p.y, r, priority: labelPriority(n, deg(n.id)), width };
    });
  const shown = visibleLabels(items, g.at.k, always);
  return drawn
    .filter((n) => shown.has(n.id))
    .map((n) => {
      const p = px(g.positions.get(n.id)!);
      const focus = always.has(n.id);
      return `<text${attrs([
        ['x', num(p.x + nodeRadius(deg(n.id), n.kind) * g.at.k + 4)],
        ['y', num(p.y)],
        ['dy', '0.35em'],
        ['font-size', focus ? num(LABEL_FONT_PX * 1.12) : LABEL_FONT_PX],
        ['font-weight', focus ? 700 : hubs.has(n.id) ? 600 : undefined],
        ['fill', g.palette.fg],
        ['stroke', g.palette.bg],
        ['stroke-width', 3],
        ['stroke-linejoin', 'round'],
        ['paint-order', 'stroke'],
        ['opacity', state(n.id) === 'faded' ? FADED_LABEL : undefined],
      ])}>${escapeXml(short(n))}</text>`;
    });
}
