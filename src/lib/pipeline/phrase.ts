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

/** A maximal run of word characters, the unit `wordStarts` indexes a text by. */
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
const FIRST_RUN = /^[\p{L}\p{M}\p{N}]+/u;

/** Per folded text: searched once so far (1), or its index of where each word run starts. */
const indexes = new WeakMap<FoldedText, 1 | Map<string, number[]>>();

/**
 * Where each word run of `doc` starts, by the run (`"Isabel met Isa"` → Isabel [0], met [7],
 * Isa [11]), from its second whole-word search on: the pipeline searches one document for every
 * actor's names, and scanning it once per name grew with actors × text (seconds at 5,000
 * actors). A text searched once is scanned, as indexing it would cost as much. Null until then.
 */
function wordStarts(doc: FoldedText): Map<string, number[]> | null {
  const known = indexes.get(doc);
  if (known instanceof Map) return known;
  if (known === undefined) {
    indexes.set(doc, 1);
    return null;
  }
  const index = new Map<string, number[]>();
  for (const m of doc.text.matchAll(WORD_RUN)) {
    const list = index.get(m[0]);
    if (list) list.push(m.index);
    else index.set(m[0], [m.index]);
  }
  indexes.set(doc, index);
  return index;
}

/** Folded-text positions where `folded` occurs, boundaries checked or not. */
function positions(doc: FoldedText, folded: string, whole: boolean): number[] {
  if (folded === '') return [];
  // A whole-word match of a phrase that starts with a word starts where that same word does
  // in the text: the text's run there can neither begin earlier (the start's boundary) nor end
  // elsewhere (the phrase's next character, or the end's boundary, stops it).
  const first = whole ? FIRST_RUN.exec(folded)?.[0] : undefined;
  const index = first === undefined ? null : wordStarts(doc);
  const found: number[] = [];
  if (index !== null && first !== undefined) {
    for (const i of index.get(first) ?? []) {
      if (doc.text.startsWith(folded, i) && atBoundary(doc.text, folded, i)) found.push(i);
    }
    return found;
  }
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
