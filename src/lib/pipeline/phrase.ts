/**
 * Phrase finding on folded text: case-sensitive, whole words only, offsets in the original.
 */
import type { FoldedText } from './fold.ts';

/** A span of an original document text, in UTF-16 units: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Letters, marks and digits of any script: what "a word" is made of. */
const WORD = /[\p{L}\p{M}\p{N}]/u;

/** The code point that ends just before `index` (surrogate pairs are one character). */
function before(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const isLow = low >= 0xdc00 && low <= 0xdfff;
  return isLow && index >= 2 ? text.slice(index - 2, index) : text.slice(index - 1, index);
}

/** The code point that starts at `index`. */
function after(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/**
 * A match needs a word boundary at each end, but only where the phrase itself starts or ends
 * with a word character: `Isa` must not match inside `Isabel`, while `(OMCT)` may follow a word.
 */
function atBoundary(text: string, phrase: string, start: number): boolean {
  const end = start + phrase.length;
  const openOk = !WORD.test(after(phrase, 0)) || !WORD.test(before(text, start));
  const closeOk = !WORD.test(before(phrase, phrase.length)) || !WORD.test(after(text, end));
  return openOk && closeOk;
}

/** Folded-text positions where `folded` occurs, boundaries checked or not. */
function positions(doc: FoldedText, folded: string, whole: boolean): number[] {
  const found: number[] = [];
  if (folded === '') return found;
  for (let i = doc.text.indexOf(folded); i !== -1; i = doc.text.indexOf(folded, i + 1)) {
    if (!whole || atBoundary(doc.text, folded, i)) found.push(i);
  }
  return found;
}

function toSpan(doc: FoldedText, start: number, length: number): Span {
  return { start: doc.starts[start]!, end: doc.ends[start + length - 1]! };
}

/**
 * Every whole-word occurrence of an already folded phrase, as original spans in text order.
 * `findPhrase(foldText('Isabel met Isa'), 'Isa')` → `[{ start: 11, end: 14 }]`.
 */
export function findPhrase(doc: FoldedText, folded: string): Span[] {
  return positions(doc, folded, true).map((i) => toSpan(doc, i, folded.length));
}

/** Occurrences that are only parts of longer words: used to explain a quote not found. */
export function findPartialPhrase(doc: FoldedText, folded: string): Span[] {
  const whole = new Set(positions(doc, folded, true));
  return positions(doc, folded, false)
    .filter((i) => !whole.has(i))
    .map((i) => toSpan(doc, i, folded.length));
}
