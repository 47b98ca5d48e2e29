/**
 * A CSV of signatories: papaparse reads it (quotes, BOM, separators); the person picks the
 * column of names. The CSV text itself is the document, so each name is cited in its row.
 */
import Papa from 'papaparse';

/** One column: its header (or "Column N"), how many cells hold a name-like value, samples. */
export interface CsvColumn {
  index: number;
  header: string;
  filled: number;
  samples: string[];
  usable: boolean;
}

/** A parsed CSV: its columns and rows (the header row left out when there is one). */
export interface CsvTable {
  columns: CsvColumn[];
  rows: string[][];
  /** The first row was taken as the header. */
  headerRow: boolean;
}

/** A name has letters and is not a date, an e-mail address or a web address. */
function nameLike(cell: string): boolean {
  const v = cell.trim();
  return (
    /\p{L}{2}/u.test(v) &&
    !/^\S+@\S+$/.test(v) &&
    !/^(https?:|www\.)/i.test(v) &&
    !/^\d{4}-\d{2}/.test(v)
  );
}

/**
 * `readCsv('Organisation,Country\nWUC,Germany\n')` → one table; the first row is a header when
 * none of its cells repeats in the column below and the file has more than one row.
 */
export function readCsv(text: string): CsvTable | { error: string } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const data = parsed.data.filter((r) => r.some((c) => c.trim() !== ''));
  if (data.length === 0) return { error: 'The CSV file has no rows.' };
  const width = Math.max(...data.map((r) => r.length));
  const header = data.length > 1;
  const rows = header ? data.slice(1) : data;
  const columns: CsvColumn[] = [];
  for (let index = 0; index < width; index += 1) {
    const cells = rows.map((r) => (r[index] ?? '').trim()).filter((c) => c !== '');
    const named = cells.filter(nameLike);
    columns.push({
      index,
      header: (header ? data[0]![index]?.trim() : '') || `Column ${index + 1}`,
      filled: named.length,
      samples: named.slice(0, 3),
      // Mostly names, at least one: a column of countries also passes, so the person chooses.
      usable: named.length > 0 && named.length >= cells.length / 2,
    });
  }
  if (!columns.some((c) => c.usable)) {
    return {
      error:
        'No column of the CSV holds names (every column is empty, numbers, dates, e-mail or web addresses). Add a column with one signatory per row.',
    };
  }
  return { columns, rows, headerRow: header };
}

/** The best first guess: a usable column whose header says name/organisation, else the fullest. */
export function guessColumn(table: CsvTable): number {
  const usable = table.columns.filter((c) => c.usable);
  const named = usable.find((c) => /name|organi[sz]ation|signator|group|org\b/i.test(c.header));
  return (named ?? [...usable].sort((a, b) => b.filled - a.filled)[0]!).index;
}

/** The names of one column, in row order, blank cells skipped (with their row for messages). */
export function columnNames(table: CsvTable, column: number): { name: string; line: number }[] {
  const offset = table.headerRow ? 1 : 0;
  return table.rows.flatMap((r, i) => {
    const name = (r[column] ?? '').trim();
    return name === '' ? [] : [{ name, line: i + offset }];
  });
}
