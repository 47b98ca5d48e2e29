/**
 * A new letter from its text: metadata proposed from the text (title, printed date), ids that
 * do not clash with the map's, the list proposed, and a first decision for every name.
 */
import { slugify } from '../text/slug.ts';
import type { DocumentKind } from '../types.ts';
import { detectList, itemsOf, type ListItem } from './detect.ts';
import { draftReview, type KnownIndex } from './drafts.ts';
import type { ImportedLetter, Review } from './project.ts';
import { stripMarkup } from './list-problems.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = MONTHS.join('|');
const pad = (n: number) => String(n).padStart(2, '0');

/** The first date the text prints: `8 March, 2022`, `March 8, 2022` or `2022-03-08`. */
export function printedDate(text: string): { date: string; printed: string } | null {
  const patterns: [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
    [
      new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH}),?\\s+(\\d{4})\\b`, 'i'),
      (m) => [+m[3]!, MONTHS.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!],
    ],
    [
      new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
      (m) => [+m[3]!, MONTHS.indexOf(m[1]!.toLowerCase()) + 1, +m[2]!],
    ],
    [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
  ];
  let best: { date: string; printed: string; at: number } | null = null;
  for (const [re, parts] of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    if (!best || m.index < best.at)
      best = { date: `${y}-${pad(mo)}-${pad(d)}`, printed: m[0], at: m.index };
  }
  return best && { date: best.date, printed: best.printed };
}

/** Metadata proposed from the text, for the person to confirm. */
export interface LetterMeta {
  title: string;
  publisher: string;
  date: string | null;
  dateNote: string;
  kind: DocumentKind;
  originalFile: string;
}

/** `proposeMeta('# Call\n\n2 February 2024\n…', 'call.md')` → title "Call", date 2024-02-02. */
export function proposeMeta(text: string, originalFile: string): LetterMeta {
  const first = text
    .split('\n')
    .map((l) =>
      stripMarkup(l)
        .replace(/^#+\s*/, '')
        .trim(),
    )
    .find((l) => l !== '');
  const date = printedDate(text);
  return {
    title: (first ?? originalFile).slice(0, 200),
    publisher: '',
    date: date?.date ?? null,
    dateNote: date
      ? `Printed in the letter: "${date.printed}".`
      : 'No date is printed in the letter.',
    kind: 'open-letter',
    originalFile,
  };
}

/** A slug of at most 6 words, unique among `taken` (a number appended when it is not). */
function uniqueId(base: string, taken: ReadonlySet<string>, words = 6): string {
  const short = base.split('-').slice(0, words).join('-') || 'letter';
  if (!taken.has(short)) return short;
  for (let n = 2; ; n += 1) if (!taken.has(`${short}-${n}`)) return `${short}-${n}`;
}

/** Ids for a letter: its document, its coalition node and its file under sources/. */
export function letterIds(
  meta: LetterMeta,
  taken: { docs: ReadonlySet<string>; nodes: ReadonlySet<string>; files: ReadonlySet<string> },
): { doc: string; node: string; file: string } {
  const doc = uniqueId(slugify(meta.title), taken.docs);
  const node = uniqueId(`${doc}-${meta.date ?? 'letter'}`, taken.nodes, 12);
  const file = `${meta.date ?? 'undated'}-${doc}.txt`;
  return {
    doc,
    node,
    file: taken.files.has(file) ? `${meta.date ?? 'undated'}-${node}.txt` : file,
  };
}

/**
 * Decisions kept for names still in the list, drafted for new ones:
 * `syncReview(items, old, index)` after the person edits the list.
 */
export function syncReview(
  items: readonly ListItem[],
  old: Readonly<Record<string, Review>>,
  index: KnownIndex,
): Record<string, Review> {
  const review: Record<string, Review> = {};
  for (const { name } of items) review[name] = old[name] ?? draftReview(name, index);
  return review;
}

/**
 * The whole letter, list proposed (or empty when none is found) and names drafted. `items`:
 * a list already chosen (a CSV's column), instead of the one found in the text.
 */
export function createLetter(
  text: string,
  meta: LetterMeta,
  ids: { doc: string; node: string; file: string },
  index: KnownIndex,
  items?: readonly ListItem[],
): ImportedLetter {
  const found = items ? null : detectList(text);
  const lastLine = items?.at(-1)?.line;
  const range = items
    ? { start: items[0]?.line ?? 0, end: lastLine === undefined ? 0 : lastLine + 1 }
    : (found ?? { start: 0, end: 0 });
  const list = items ? [...items] : itemsOf(text, range);
  return {
    ...ids,
    ...meta,
    text,
    list,
    range: { start: range.start, end: range.end },
    review: syncReview(list, {}, index),
  };
}
