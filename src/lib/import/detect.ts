/**
 * Finding the signatory list in a letter's text: the lines after a heading ("Signatories:",
 * "Signed by", "Endorsed by", "The undersigned"), or else a numbered or bulleted block at the
 * end. A proposal only: the person moves its start and end, splits, joins and removes lines.
 */

/** The text as lines, each with its offset, so a list maps back to exact characters. */
export interface Line {
  index: number;
  start: number;
  /** The line without its line break (a trailing \r is kept: it is part of the text). */
  raw: string;
}

/** `lines('a\nb')` → `[{index 0, start 0, raw 'a'}, {index 1, start 2, raw 'b'}]`. */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  text.split('\n').forEach((raw, index) => {
    out.push({ index, start, raw });
    start += raw.length + 1;
  });
  return out;
}

/** A heading that opens a list: short, and only these words (with "#", "**", a colon). */
const HEADING =
  /^[#*_\s]*(signatories|signatures|signed(?: by)?|endorsed by|endorsements?|the undersigned|undersigned organi[sz]ations|list of signatories|co-?signatories)\b[^\n]{0,40}$/i;

/** A list marker at the start of a line: `1.`, `2)`, `-`, `*`, `•`, `–`. */
export const MARKER = /^\s*(?:\d{1,4}[.)]|[-*•–·▪])\s+/;

/** The proposed list: lines [start, end) of the text, and the heading line if one was found. */
export interface ListRange {
  start: number;
  end: number;
  heading: number | null;
}

const blank = (l: Line) => l.raw.trim() === '';

/** The last heading line, if the lines after it hold at least one name. */
function byHeading(all: Line[]): ListRange | null {
  for (let i = all.length - 1; i >= 0; i -= 1) {
    const text = all[i]!.raw.trim();
    if (!HEADING.test(text) || text.replace(/[^\p{L}]/gu, '').length > 50) continue;
    const rest = all.slice(i + 1);
    if (rest.every(blank)) continue;
    return { start: i + 1, end: trimEnd(all, all.length), heading: i };
  }
  return null;
}

/** The end after dropping trailing blank lines. */
function trimEnd(all: Line[], end: number): number {
  let e = end;
  while (e > 0 && blank(all[e - 1]!)) e -= 1;
  return e;
}

/** A run of at least 3 marked lines (blank lines allowed between) that ends the text. */
function byMarkers(all: Line[]): ListRange | null {
  const end = trimEnd(all, all.length);
  let start = end;
  let marked = 0;
  while (start > 0) {
    const line = all[start - 1]!;
    if (blank(line)) start -= 1;
    else if (MARKER.test(line.raw)) {
      start -= 1;
      marked += 1;
    } else break;
  }
  while (start < end && blank(all[start]!)) start += 1;
  return marked >= 3 ? { start, end, heading: null } : null;
}

/**
 * `detectList(text)` → the list's line range, or null when there is no heading and no marked
 * block at the end (the person then marks where it starts).
 */
export function detectList(text: string): ListRange | null {
  const all = lines(text);
  return byHeading(all) ?? byMarkers(all);
}

/** One proposed name: exactly as printed on its line, without the list marker around it. */
export interface ListItem {
  name: string;
  /** 0-based index of the (first) line it comes from. */
  line: number;
}

/** The non-blank lines of a range as items: `- World Uyghur Congress` → `World Uyghur Congress`. */
export function itemsOf(text: string, range: { start: number; end: number }): ListItem[] {
  return lines(text)
    .slice(range.start, range.end)
    .filter((l) => !blank(l))
    .map((l) => ({ name: l.raw.replace(MARKER, '').trim(), line: l.index }));
}
