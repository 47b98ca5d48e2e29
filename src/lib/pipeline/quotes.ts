/**
 * Quote location: a curator writes the words, the pipeline finds the offsets. A quote must
 * occur exactly once in its document, or say which occurrence it means.
 */
import type { Citation } from '../types.ts';
import { foldPhrase } from './fold.ts';
import { findPartialPhrase, findPhrase } from './phrase.ts';
import type { IndexedDocument } from './sources.ts';
import { plural } from '../text/plural.ts';

/** A quote as curated: `{ doc, quote, occurrence? }` (occurrence is 1-based). */
export interface QuoteRef {
  doc: string;
  quote: string;
  occurrence?: number | undefined;
}

/** Shorten long quotes in messages, keeping the start a curator will search for. */
function shown(quote: string): string {
  return JSON.stringify(quote.length > 80 ? `${quote.slice(0, 77)}…` : quote);
}

/**
 * `locateQuote(docs, { doc: 'voa', quote: 'Munich-based' })` → `{ citation: { doc, start, end, quote } }`
 * with the document's exact characters as `quote`, or `{ error }` saying why not.
 */
export function locateQuote(
  docs: ReadonlyMap<string, IndexedDocument>,
  ref: QuoteRef,
): { citation: Citation; error?: never } | { error: string; citation?: never } {
  const indexed = docs.get(ref.doc);
  if (!indexed) {
    return { error: `unknown document "${ref.doc}" (known: ${[...docs.keys()].join(', ')})` };
  }
  const folded = foldPhrase(ref.quote);
  const spans = findPhrase(indexed.folded, folded);
  if (spans.length === 0) {
    const partial = findPartialPhrase(indexed.folded, folded);
    const hint =
      partial.length > 0
        ? ` (it occurs only inside longer words, at ${partial.map((s) => s.start).join(', ')}: quote whole words)`
        : '';
    return { error: `quote ${shown(ref.quote)} is not in "${ref.doc}"${hint}` };
  }
  if (ref.occurrence === undefined && spans.length > 1) {
    const at = spans.map((s) => s.start).join(', ');
    return {
      error: `quote ${shown(ref.quote)} occurs ${spans.length} times in "${ref.doc}" (at ${at}); add "occurrence": N (1-based) or quote more words`,
    };
  }
  const span = spans[(ref.occurrence ?? 1) - 1];
  if (!span) {
    return {
      error: `"occurrence": ${ref.occurrence} but quote ${shown(ref.quote)} occurs ${plural(spans.length, 'time')} in "${ref.doc}"`,
    };
  }
  const { text } = indexed.doc;
  return {
    citation: {
      doc: ref.doc,
      start: span.start,
      end: span.end,
      quote: text.slice(span.start, span.end),
    },
  };
}
