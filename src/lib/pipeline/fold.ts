/**
 * Text folding for matching: the documents were scraped, so one phrase may be printed with
 * no-break spaces, line breaks or curly quotes. Matching runs on a folded copy; every folded
 * character remembers the span of original characters it stands for, so a match maps back to
 * the exact original text.
 */

/** A folded text with, for each folded UTF-16 unit i, its original span `[starts[i], ends[i])`. */
export interface FoldedText {
  text: string;
  starts: number[];
  ends: number[];
}

/** Curly quotes and apostrophes, folded to their straight forms. */
const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
};

/** `\s` in JS covers U+00A0 and the other Unicode spaces, which the scraped texts contain. */
const SPACE = /\s/;

/**
 * Fold white-space runs to one space and curly quotes to straight ones.
 * `foldText('a\u00A0 b’s')` → text `a b's`, starts `[0,1,3,4,5]`, ends `[1,3,4,5,6]`.
 */
export function foldText(original: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const ch = original[i]!;
    if (SPACE.test(ch)) {
      let j = i + 1;
      while (j < original.length && SPACE.test(original[j]!)) j += 1;
      text += ' ';
      starts.push(i);
      ends.push(j);
      i = j;
    } else {
      text += QUOTES[ch] ?? ch;
      starts.push(i);
      ends.push(i + 1);
      i += 1;
    }
  }
  return { text, starts, ends };
}

/** Fold a phrase the same way, trimmed: `'  “Munich-based”\u00A0 '` → `'"Munich-based"'`. */
export function foldPhrase(phrase: string): string {
  return foldText(phrase.trim()).text;
}
