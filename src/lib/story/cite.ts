/**
 * "Cite in step": a passage the speaker chose in the document reader becomes a quote located
 * in its document, as `data/story.json` stores them: the words, never the offsets, so the
 * citation survives a rebuild of the dataset. The choice is widened to whole words (the story
 * checker matches whole words), and a quote printed more than once is lengthened a word at a
 * time until it occurs once; only when the whole sentence around it repeats does it fall back
 * to `occurrence`.
 */
import { foldPhrase, foldText, type FoldedText } from '../pipeline/fold.ts';
import { findPhrase } from '../pipeline/phrase.ts';
import type { QuoteRef } from './draft.ts';

/** Letters, marks and digits of any script: what the checker counts as a word. */
const WORD = /[\p{L}\p{M}\p{N}]/u;
/** Longest quote built by lengthening (characters): a citation is a phrase, not a page. */
export const MAX_QUOTE = 400;

const folded = new WeakMap<object, FoldedText>();

function foldOf(doc: { text: string }): FoldedText {
  let f = folded.get(doc);
  if (!f) {
    f = foldText(doc.text);
    folded.set(doc, f);
  }
  return f;
}

const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/** `[start, end)` widened to whole words and trimmed of white space at both ends. */
export function snapToWords(text: string, start: number, end: number): [number, number] {
  let a = Math.max(0, Math.min(start, end));
  let b = Math.min(text.length, Math.max(start, end));
  while (a < b && /\s/.test(text[a]!)) a += 1;
  while (b > a && /\s/.test(text[b - 1]!)) b -= 1;
  if (a === b) return [a, b];
  while (a > 0 && isWord(text[a - 1]) && isWord(text[a])) a -= 1;
  while (b < text.length && isWord(text[b]) && isWord(text[b - 1])) b += 1;
  return [a, b];
}

/** The end of the next word after `b` (with what lies between), or `b` when none follows. */
function nextWordEnd(text: string, b: number): number {
  let i = b;
  while (i < text.length && !isWord(text[i])) i += 1;
  if (i === text.length) return b;
  while (i < text.length && isWord(text[i])) i += 1;
  return i;
}

/** The start of the word before `a` (with what lies between), or `a` when none precedes. */
function previousWordStart(text: string, a: number): number {
  let i = a;
  while (i > 0 && !isWord(text[i - 1])) i -= 1;
  if (i === 0) return a;
  while (i > 0 && isWord(text[i - 1])) i -= 1;
  return i;
}

/** How many times, and which time (1-based), `text[a, b)` occurs in the document. */
function occurrences(doc: { text: string }, a: number, b: number): { count: number; nth: number } {
  const spans = findPhrase(foldOf(doc), foldPhrase(doc.text.slice(a, b)));
  return { count: spans.length, nth: spans.findIndex((s) => s.start === a) + 1 };
}

/**
 * The quote for the passage `[start, end)` of `doc`, or an error a person can act on.
 * `quoteAt(doc, 10, 14)` on "…the World Uyghur Congress…" choosing "Uygh" →
 * `{ ref: { doc, quote: 'Uyghur' } }`, lengthened to "World Uyghur Congress said" if
 * "Uyghur" occurs elsewhere in the text.
 */
export function quoteAt(
  doc: { id: string; text: string },
  start: number,
  end: number,
): { ref: QuoteRef; error?: never } | { error: string; ref?: never } {
  let [a, b] = snapToWords(doc.text, start, end);
  if (a === b) return { error: 'Select some words of the document first, then cite them.' };
  let { count, nth } = occurrences(doc, a, b);
  // Lengthen after, then before, by one word each, while the quote is not unique.
  let turn = 0;
  let stuck = 0; // sides in a row that could not grow: two means the whole text is quoted
  while (count > 1 && b - a < MAX_QUOTE && stuck < 2) {
    const after = turn % 2 === 0;
    turn += 1;
    const a2 = after ? a : previousWordStart(doc.text, a);
    const b2 = after ? nextWordEnd(doc.text, b) : b;
    if (a2 === a && b2 === b) {
      stuck += 1;
      continue;
    }
    stuck = 0;
    [a, b] = [a2, b2];
    ({ count, nth } = occurrences(doc, a, b));
  }
  const quote = doc.text.slice(a, b);
  if (nth < 1) return { error: `The words “${quote}” could not be located in the document.` };
  return { ref: count > 1 ? { doc: doc.id, quote, occurrence: nth } : { doc: doc.id, quote } };
}
