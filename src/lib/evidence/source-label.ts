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

/** A quote this short (a signatory line, "World Uyghur Congress") is its own button's label. */
export const CHIP_QUOTE = 32;

/**
 * The words on a story step's source buttons: the quote itself when it is short, else the
 * numbered publisher. `[{quote: 'World Uyghur Congress'}, {quote: '“It paves the way …”'}]`
 * from the letter and VOA → ["World Uyghur Congress", "VOA"].
 */
export function chipLabels(
  cited: readonly { quote: string; doc: Pick<SourceDocument, 'publisher' | 'kind'> }[],
): string[] {
  // Numbered among the buttons that show a publisher, not among all the step's citations.
  const long = cited.filter((c) => c.quote.length > CHIP_QUOTE);
  const labels = sourceLabels(long.map((c) => c.doc));
  return cited.map((c) => (c.quote.length <= CHIP_QUOTE ? c.quote : labels[long.indexOf(c)]!));
}
