/**
 * The current view as a standalone SVG for a slide: title and subtitle on top, the graph in
 * the middle (as the app draws it), a compact legend and a source line below. Inline fills and
 * a system font stack, no stylesheet, no external reference: it opens the same in a browser,
 * Inkscape or a slide tool, and `svgToPngBlob` can rasterise it. Pure and deterministic.
 */
import { sourceLabel } from '../evidence/source-label.ts';
import { indexGraph } from '../graph/graph-index.ts';
import { boundsOf, fitTransform, type Transform } from '../graph/viewport.ts';
import { GROUPS, NODE_KINDS, type Dataset, type GraphNode } from '../types.ts';
import { personAliases, personId, redact } from '../redact/anonymise.ts';
import { graphLayer } from './snapshot-graph.ts';
import { legendSvg } from './snapshot-legend.ts';
import { FONT_STACK, num, PALETTES, wrapText } from './snapshot-style.ts';
import { attrs, escapeXml } from './xml.ts';
import type { Positions } from '../graph/positions.ts';

export interface SnapshotInput {
  ds: Dataset;
  /** Layout positions by node id (layout units = screen pixels at zoom 1). */
  positions: Positions;
  /** Nodes the filters show: drawn in full. */
  visible: Set<string>;
  /** Nodes drawn faded (filtered out, not hidden); any other node is left out. */
  faded: Set<string>;
  selection: { type: 'node' | 'link'; id: string } | null;
  /** Replace people's names by "Person N" everywhere, title and subtitle included. */
  hidePeople: boolean;
  theme: 'light' | 'dark';
  title: string;
  subtitle: string;
  /** Size of the picture in pixels (a PNG at 2× is twice this). */
  width: number;
  height: number;
  /**
   * The app's zoom transform for a `width`×`height` viewport: the picture shows what that
   * viewport showed, scaled into the graph area. Without it, every visible node is fitted in.
   */
  transform?: Transform;
}

const PAD = 24;
const TITLE_PX = 22;
const SUBTITLE_PX = 14;
const SOURCE_PX = 11;
/** Space kept around the fitted nodes inside the graph area, in pixels. */
const FIT_PAD = 16;

/** The SVG document (UTF-8 text, with an XML declaration). */
export function viewSnapshotSvg(input: SnapshotInput): string {
  const { ds, width: W, height: H } = input;
  const palette = PALETTES[input.theme];
  const people = input.hidePeople ? personAliases(ds) : new Map<string, string>();
  const clean = (s: string) => redact(s, ds, people);
  const name = (n: GraphNode) => people.get(n.id) ?? clean(n.name);
  const inner = W - 2 * PAD;

  const title = wrapText(clean(input.title.trim()) || 'Coalition Atlas', inner, TITLE_PX, 1);
  const subtitle = wrapText(clean(input.subtitle), inner, SUBTITLE_PX, 2);
  const headerH = PAD + TITLE_PX * 1.2 + subtitle.length * SUBTITLE_PX * 1.4 + 8;

  const shown = ds.nodes.filter((n) => input.visible.has(n.id));
  const legendTop = 10;
  const legend = legendSvg(
    GROUPS.filter((g) => shown.some((n) => n.group === g)),
    NODE_KINDS.filter((k) => shown.some((n) => n.kind === k)),
    palette,
    { x: PAD, y: 0, width: inner },
  );
  const source = wrapText(sourceLine(ds, clean), inner, SOURCE_PX, 3);
  const footerH = legendTop + legend.height + 6 + source.length * SOURCE_PX * 1.4 + PAD * 0.6;
  const band = { y: headerH, h: Math.max(40, H - headerH - footerH) };
  const footerY = band.y + band.h;

  const t = placement(input, shown, W, band.h);
  const text = (x: number, y: number, size: number, fill: string, content: string, cls: string) =>
    `<text${attrs([
      ['class', cls],
      ['x', num(x)],
      ['y', num(y)],
      ['font-size', size],
      ['font-weight', cls === 'title' ? 700 : undefined],
      ['fill', fill],
    ])}>${escapeXml(content)}</text>`;

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg${attrs([
      ['xmlns', 'http://www.w3.org/2000/svg'],
      ['width', W],
      ['height', H],
      ['viewBox', `0 0 ${W} ${H}`],
      ['font-family', FONT_STACK],
    ])}>`,
    `<title>${escapeXml([...title, ...subtitle].join(' — '))}</title>`,
    `<rect${attrs([
      ['width', W],
      ['height', H],
      ['fill', palette.bg],
    ])}/>`,
    `<defs><clipPath id="graph-area"><rect${attrs([
      ['y', num(band.y)],
      ['width', W],
      ['height', num(band.h)],
    ])}/></clipPath></defs>`,
    '<g class="graph" clip-path="url(#graph-area)">',
    ...graphLayer({
      ds,
      index: indexGraph(ds),
      positions: input.positions,
      visible: input.visible,
      faded: input.faded,
      selection: input.selection,
      palette,
      at: { dx: t.x, dy: t.y + band.y, k: t.k },
      name,
      id: (n) => (people.has(n.id) ? personId(people.get(n.id)!) : n.id),
    }),
    '</g>',
    ...title.map((l) => text(PAD, PAD + TITLE_PX * 0.9, TITLE_PX, palette.fg, l, 'title')),
    ...subtitle.map((l, i) =>
      text(
        PAD,
        PAD + TITLE_PX * 1.2 + (i + 0.85) * SUBTITLE_PX * 1.4,
        SUBTITLE_PX,
        palette.muted,
        l,
        'subtitle',
      ),
    ),
    `<line${attrs([
      ['x1', PAD],
      ['x2', W - PAD],
      ['y1', num(footerY)],
      ['y2', num(footerY)],
      ['stroke', palette.border],
    ])}/>`,
    `<g class="legend" transform="translate(0,${num(footerY + legendTop)})">${legend.markup.join('')}</g>`,
    ...source.map((l, i) =>
      text(
        PAD,
        footerY + legendTop + legend.height + 6 + (i + 0.8) * SOURCE_PX * 1.4,
        SOURCE_PX,
        palette.muted,
        l,
        'source',
      ),
    ),
    '</svg>',
    '',
  ].join('\n');
}

/**
 * "Sources: OHCHR · VOA · … — Coalition Atlas, dataset v1, edition 2022-09-02": publishers as
 * the app's credit line names them (a parenthetical such as a byline dropped).
 */
export function sourceLine(ds: Dataset, clean: (s: string) => string = (s) => s): string {
  const publishers = ds.documents.map((d) => clean(sourceLabel(d)));
  const atlas = `Coalition Atlas, dataset v${ds.version}, edition ${ds.edition}`;
  return publishers.length === 0 ? atlas : `Sources: ${publishers.join(' · ')} — ${atlas}`;
}

/** Layout → graph-area transform: the given view scaled in, or every visible node fitted. */
function placement(input: SnapshotInput, shown: GraphNode[], w: number, h: number): Transform {
  const t = input.transform;
  if (t !== undefined && t.k > 0) {
    // The whole screen picture, scaled by s and centred in the area.
    const s = Math.min(w / input.width, h / input.height);
    return {
      k: t.k * s,
      x: t.x * s + (w - input.width * s) / 2,
      y: t.y * s + (h - input.height * s) / 2,
    };
  }
  const points = shown.flatMap((n) => input.positions.get(n.id) ?? []);
  // 30 layout units of margin: room for the biggest node's radius, as the app's own fit.
  const b = boundsOf(points, 30);
  return b ? fitTransform(b, w, h, FIT_PAD) : { x: w / 2, y: h / 2, k: 1 };
}
