/**
 * The review table's rows: one per printed name, with what the map knows of it and whether it
 * needs a look; sorted and filtered here, so the component only renders.
 */
import type { GraphNode } from '../types.ts';
import { needsLook } from './drafts.ts';
import type { ImportedLetter, Review } from './project.ts';
import { foldPhrase, foldText } from '../pipeline/fold.ts';
import { findPhrase } from '../pipeline/phrase.ts';

/** One row. `known`: the map's node when the name is a known actor. */
export interface ReviewRow {
  name: string;
  line: number;
  review: Review;
  known: GraphNode | null;
  look: boolean;
}

export type ReviewSort = 'list' | 'name' | 'group' | 'look';

/** Rows in list order, then sorted; `onlyLook` keeps those that need a look. */
export function reviewRows(
  letter: ImportedLetter,
  nodes: ReadonlyMap<string, GraphNode>,
  sort: ReviewSort,
  onlyLook: boolean,
): ReviewRow[] {
  const rows = letter.list.flatMap(({ name, line }) => {
    const review = letter.review[name];
    if (!review) return [];
    const known = review.as === 'same' ? (nodes.get(review.id) ?? null) : null;
    return [{ name, line, review, known, look: needsLook(review) }];
  });
  const group = (r: ReviewRow) =>
    (r.review.as === 'same' ? r.known?.group : r.review.group.value) ?? '~';
  const key: Record<ReviewSort, (r: ReviewRow) => string> = {
    list: () => '',
    name: (r) => r.name.toLowerCase(),
    group,
    look: (r) => (r.look ? '0' : '1'),
  };
  const shown = onlyLook ? rows.filter((r) => r.look) : rows;
  return [...shown].sort((a, b) => key[sort](a).localeCompare(key[sort](b)) || a.line - b.line);
}

/**
 * The quote the person chose: the selected words and which occurrence they are (1-based), from
 * the selection's offset in the text; null when the words are not whole words of the text.
 */
export function quoteAt(
  text: string,
  selected: string,
  offset: number,
): { quote: string; occurrence: number } | null {
  const quote = selected.trim();
  if (quote === '') return null;
  const spans = findPhrase(foldText(text), foldPhrase(quote));
  const at = offset + (selected.length - selected.trimStart().length);
  const index = spans.findIndex((s) => s.start === at);
  return index === -1 ? null : { quote, occurrence: index + 1 };
}
