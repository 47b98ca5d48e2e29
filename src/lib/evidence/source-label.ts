/**
 * Short names for the documents, for places with room for a word or two (the credit line, a
 * story step's source buttons), where the full title would not fit.
 */
import type { SourceDocument } from '../types.ts';

/**
 * The publisher without its gloss, or "Open letter" for a letter (whose publisher is its
 * signatories): `{ publisher: 'VOA (Voice of America)', … }` → "VOA".
 */
export function sourceLabel(doc: Pick<SourceDocument, 'publisher' | 'kind'>): string {
  if (doc.kind === 'open-letter') return 'Open letter';
  return doc.publisher.replace(/\s*\(.*\)$/, '');
}

/**
 * One label per cited document in order, numbered where a document comes back:
 * [VOA, UNPO, VOA] → ["VOA 1", "UNPO", "VOA 2"].
 */
export function sourceLabels(
  docs: readonly Pick<SourceDocument, 'publisher' | 'kind'>[],
): string[] {
  const labels = docs.map(sourceLabel);
  const total = new Map<string, number>();
  for (const l of labels) total.set(l, (total.get(l) ?? 0) + 1);
  const seen = new Map<string, number>();
  return labels.map((l) => {
    if ((total.get(l) ?? 0) < 2) return l;
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return `${l} ${n}`;
  });
}

/**
 * The words on a story step's source buttons: the quote itself when it is an actor's name (a
 * signatory's printed line: "World Uyghur Congress"), else the numbered publisher ("VOA 1").
 * `isName` says which quotes are names (the dataset's names and aliases).
 */
export function chipLabels(
  cited: readonly { quote: string; doc: Pick<SourceDocument, 'publisher' | 'kind'> }[],
  isName: (quote: string) => boolean,
): string[] {
  // Numbered among the buttons that show a publisher, not among all the step's citations.
  const named = cited.map((c) => isName(c.quote));
  const rest = cited.filter((_, i) => !named[i]);
  const labels = sourceLabels(rest.map((c) => c.doc));
  return cited.map((c, i) => (named[i] ? c.quote : labels[rest.indexOf(c)]!));
}
