/**
 * The files "Share & export" hands over for the current view, built by the writers of the
 * `FORMATS` table: name, content and media type, so the menu only has to save them. Every
 * file covers exactly the nodes the filters show, and honours the presenter's "hide people"
 * option.
 */
import { personAliases, redact } from '../redact/anonymise.ts';
import { exportFileName } from './filename.ts';
import { formatOf, type FormatId } from './formats.ts';
import type { SnapshotInput } from './snapshot.ts';
import { WRITERS, type TextFormatId } from './writers.ts';

export { fullSummary, localDate, shownIds } from './shown.ts';

/** A file ready to save: text for the text formats, a Blob for the PNG. */
export interface ExportFile {
  filename: string;
  data: string | Blob;
  mime: string;
}

/** The view: what the snapshot needs, plus the summary line and the day the file is made. */
export interface ViewExport extends Omit<SnapshotInput, 'subtitle'> {
  /** The filter summary, e.g. "Showing 57 of 243 nodes · group: diaspora"; the subtitle. */
  summary: string;
  /** ISO date for the file name, `YYYY-MM-DD`. */
  date: string;
  /**
   * The shown nodes that are context, not matches (none when absent): `summary` counts the
   * matches, so the picture's subtitle, the citation and the confirmation add the context
   * apart, and the tables mark those rows (`shown_as`).
   */
  context?: ReadonlySet<string>;
}

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

/** A text format's file for the view: `viewFile('csv', v).text` is the CSV. */
export function viewFile(
  id: TextFormatId,
  v: ViewExport,
): { filename: string; text: string; mime: string } {
  const format = formatOf(id);
  const text = WRITERS[id](v);
  return { filename: viewFileName(v, format.extension), text, mime: format.mime };
}

/** Any format's file for the view (the PNG is drawn asynchronously). */
export async function exportFile(id: FormatId, v: ViewExport): Promise<ExportFile> {
  const format = formatOf(id);
  const data = await WRITERS[id](v);
  return { filename: viewFileName(v, format.extension), data, mime: format.mime };
}
