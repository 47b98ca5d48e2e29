/**
 * One writer per row of `FORMATS` (formats.ts): the view in, the file's content out (text, or
 * a Blob for the PNG). `satisfies` makes a row without its writer a compile error.
 */
import { GROUP_COLOURS } from '../graph/encoding.ts';
import type { GraphNode } from '../types.ts';
import { nodesToCsv } from './csv.ts';
import { svgToPngBlob } from './download.ts';
import { PNG_SCALE, type FormatId } from './formats.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { fullSummary, shownIds } from './shown.ts';
import { viewSnapshotSvg } from './snapshot.ts';
import type { ViewExport } from './view-files.ts';

/** A writer: the view's file content. */
export type Writer = (v: ViewExport) => string | Promise<Blob>;

/** The network writers' options: people hidden or not, positions and colours. */
function graphOptions(v: ViewExport) {
  return {
    hidePeople: v.hidePeople,
    context: v.context,
    positions: v.positions,
    colours: (n: GraphNode) => GROUP_COLOURS[n.group ?? 'none'],
  };
}

const svg = (v: ViewExport) =>
  viewSnapshotSvg({ ...v, subtitle: fullSummary(v.summary, v.context?.size ?? 0) });

export const WRITERS = {
  png: (v: ViewExport) => svgToPngBlob(svg(v), v.width, v.height, PNG_SCALE),
  svg,
  csv: (v: ViewExport) =>
    nodesToCsv(v.ds, shownIds(v.ds, v.visible), { hidePeople: v.hidePeople, context: v.context }),
  gexf: (v: ViewExport) => toGexf(v.ds, shownIds(v.ds, v.visible), graphOptions(v)),
  graphml: (v: ViewExport) => toGraphml(v.ds, shownIds(v.ds, v.visible), graphOptions(v)),
} satisfies Record<FormatId, Writer>;

/** The formats whose writer returns text (all but the PNG). */
export type TextFormatId = {
  [K in FormatId]: ReturnType<(typeof WRITERS)[K]> extends string ? K : never;
}[FormatId];
