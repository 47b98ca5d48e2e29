/**
 * The filtered nodes as CSV for spreadsheets: one row per node with its classification, the
 * basis of each (its cited sentence or the curator's note), and every mention, one citation per
 * line within the cell (document, offsets, sentence).
 */
import type { Dataset } from '../types.ts';
import { exportRecords, LIST_SEPARATOR, type ExportOptions, type NodeRecord } from './records.ts';

/** The columns, in order; the header row spells them exactly so. */
export const CSV_COLUMNS = [
  'id',
  'name',
  'kind',
  'aliases',
  'group',
  'group_basis',
  'group_citation',
  'group_note',
  'country',
  'country_name',
  'region',
  'subregion',
  'country_basis',
  'country_citation',
  'country_note',
  'connections',
  'citations',
  'source_documents',
] as const;

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
  const lines = [CSV_COLUMNS.map(csvField), ...nodes.map((n) => row(n).map(csvField))];
  return BOM + lines.map((fields) => fields.join(',')).join(CRLF) + CRLF;
}

function row(n: NodeRecord): string[] {
  return CSV_COLUMNS.map((column) => {
    if (column === 'aliases') return n.aliases.join(LIST_SEPARATOR);
    if (column === 'connections') return String(n.connections);
    return n[column];
  });
}

/** One field, quoted only when it has to be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
