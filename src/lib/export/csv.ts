/**
 * The filtered nodes as CSV for spreadsheets: one row per node with its classification, the
 * basis of each (its cited sentence or the curator's note), and every mention, one citation per
 * line within the cell (document, offsets, sentence).
 */
import type { Dataset } from '../types.ts';
import { exportRecords, NODE_COLUMNS, nodeCell, type ExportOptions } from './records.ts';

/** The columns, in order; the header row spells them exactly so (the one table: records.ts). */
export const CSV_COLUMNS = NODE_COLUMNS;

/** Byte order mark: without it Excel reads UTF-8 as a legacy code page and breaks accents. */
const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * RFC 4180 CSV of the nodes in `ids` (dataset order), with a header, CRLF line ends and a BOM.
 * `connections` counts links within the exported set. Fields with a comma, quote or line break
 * are quoted, quotes doubled: `say "hi", then` → `"say ""hi"", then"`.
 */
export function nodesToCsv(ds: Dataset, ids: Iterable<string>, opts: ExportOptions = {}): string {
  const { nodes } = exportRecords(ds, ids, opts);
  const rows = nodes.map((n) => CSV_COLUMNS.map((c) => csvField(nodeCell(n, c))));
  const lines = [CSV_COLUMNS.map(csvField), ...rows];
  return BOM + lines.map((fields) => fields.join(',')).join(CRLF) + CRLF;
}

/** One field, quoted only when it has to be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
