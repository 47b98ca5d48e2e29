/**
 * The files "Share & export" hands over for the current view, built from the pure writers:
 * name, text and media type, so the menu only has to save them. Every file covers exactly the
 * nodes the filters show, and honours the presenter's "hide people" option.
 */
import { GROUP_COLOURS } from '../graph/encoding.ts';
import type { GraphNode } from '../types.ts';
import { personAliases, redact } from '../redact/anonymise.ts';
import { nodesToCsv } from './csv.ts';
import { exportFileName } from './filename.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { shownIds } from './shown.ts';
import { viewSnapshotSvg, type SnapshotInput } from './snapshot.ts';

export { localDate, shownIds } from './shown.ts';

export type TextFormat = 'svg' | 'csv' | 'gexf' | 'graphml';

export interface ExportFile {
  filename: string;
  text: string;
  mime: string;
}

/** The view: what the snapshot needs, plus the summary line and the day the file is made. */
export interface ViewExport extends Omit<SnapshotInput, 'subtitle'> {
  /** The filter summary, e.g. "Showing 57 of 243 nodes · group: diaspora"; the subtitle. */
  summary: string;
  /** ISO date for the file name, `YYYY-MM-DD`. */
  date: string;
}

const MIME: Record<TextFormat, string> = {
  svg: 'image/svg+xml;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  gexf: 'application/gexf+xml;charset=utf-8',
  graphml: 'application/graphml+xml;charset=utf-8',
};

/**
 * The file name for the view: `viewFileName(v, 'csv')` →
 * `coalition-atlas-57-of-243-nodes-group-diaspora-2026-11-22.csv` (the summary without its
 * "Showing", redacted when people are hidden: a coalition's name may name one).
 */
export function viewFileName(v: ViewExport, ext: string): string {
  const people = v.hidePeople ? personAliases(v.ds) : new Map<string, string>();
  const base = redact(v.summary.replace(/^\s*showing\s+/i, ''), v.ds, people);
  return exportFileName(base, ext, v.date);
}

/** The SVG snapshot, CSV, GEXF or GraphML of the view. */
export function viewFile(format: TextFormat, v: ViewExport): ExportFile {
  const ids = shownIds(v.ds, v.visible);
  const opts = { hidePeople: v.hidePeople };
  const graph = {
    ...opts,
    positions: v.positions,
    colours: (n: GraphNode) => GROUP_COLOURS[n.group ?? 'none'],
  };
  const text =
    format === 'svg'
      ? viewSnapshotSvg({ ...v, subtitle: v.summary })
      : format === 'csv'
        ? nodesToCsv(v.ds, ids, opts)
        : format === 'gexf'
          ? toGexf(v.ds, ids, graph)
          : toGraphml(v.ds, ids, graph);
  return { filename: viewFileName(v, format), text, mime: MIME[format] };
}
