/**
 * Partial ISO dates as the dataset writes them (`2020`, `2022-04`, `2022-08-31`), compared as
 * their first day so that a year or a month sorts before every day inside it.
 */

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const PARTIAL_ISO = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for `2020`, `2022-04`, `2022-08-31`; false for `2022-4`, `31/08/2022`, `''`. */
export function isPartialIsoDate(value: string): boolean {
  return PARTIAL_ISO.test(value);
}

/**
 * The first day a partial ISO date stands for: `firstDay('2022')` → `'2022-01-01'`,
 * `firstDay('2022-04')` → `'2022-04-01'`. Throws a RangeError for anything else.
 */
export function firstDay(value: string): string {
  const m = PARTIAL_ISO.exec(value);
  if (!m) throw new RangeError(`"${value}" is not an ISO date: write YYYY, YYYY-MM or YYYY-MM-DD`);
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/**
 * The last day a partial ISO date stands for, for an end: `lastDay('2021')` → `'2021-12-31'`,
 * `lastDay('2024-02')` → `'2024-02-29'`. Throws a RangeError for anything else.
 */
export function lastDay(value: string): string {
  const [y, m, d] = firstDay(value).split('-');
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${y}-${m}-${d}`;
  const month = value.length === 4 ? 12 : Number(m);
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return `${y}-${String(month).padStart(2, '0')}-${days}`;
}

/** Compare two partial ISO dates by their first day: negative, zero or positive. */
export function compareDates(a: string, b: string): number {
  const x = firstDay(a);
  const y = firstDay(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `formatDate('2022-03-08')` → "8 March 2022"; "2022-08" → "August 2022"; null → "undated". */
export function formatDate(iso: string | null): string {
  if (!iso) return 'undated';
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? iso;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
