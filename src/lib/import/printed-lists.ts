/**
 * The printed signatory lists a dataset was built from, read back from the dataset alone: a
 * `signed` link whose citation quotes its signer's name (or an alias) in one document is a name
 * printed in that letter's list. The pipeline writes exactly these: a list's signing cites the
 * printed name, while a curated "signed" cites a sentence.
 */
import { foldPhrase, foldText } from '../pipeline/fold.ts';
import { findPhrase } from '../pipeline/phrase.ts';
import type { Citation, Dataset, GraphLink } from '../types.ts';

/** One letter with a printed list: its document, its coalition node, the printed spans in order. */
export interface PrintedList {
  doc: string;
  node: string;
  /** The `signed` citations that are printed names, in text order, with who signs there. */
  printed: { signer: string; citation: Citation }[];
  /** The phrase before the list that the names are looked for after, when one is needed. */
  after?: { quote: string; occurrence?: number };
}

/** Same place in the same document. */
export const sameSpan = (a: Citation, b: Citation) =>
  a.doc === b.doc && a.start === b.start && a.end === b.end;

/** Is this citation of a `signed` link the printed name of its signer? */
function isPrinted(link: GraphLink, c: Citation, names: ReadonlyMap<string, Set<string>>) {
  return names.get(link.source)?.has(foldPhrase(c.quote)) ?? false;
}

/**
 * The line before offset `at` that is not blank, as a quote located once (or with its
 * occurrence): `Signed by:` before a list.
 */
function anchorBefore(text: string, at: number): PrintedList['after'] {
  const folded = foldText(text);
  let end = text.lastIndexOf('\n', at - 1);
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const quote = line.trim();
    const from = start + line.indexOf(quote);
    const spans = quote === '' ? [] : findPhrase(folded, foldPhrase(quote));
    // The line must be found whole, where it is printed; else the one above it.
    const index = spans.findIndex((s) => s.start === from);
    if (index !== -1) return spans.length === 1 ? { quote } : { quote, occurrence: index + 1 };
    end = start - 1;
  }
  return undefined;
}

/** `printedLists(dataset)` → each letter with a printed list, in the order of its document. */
export function printedLists(ds: Dataset): PrintedList[] {
  const kinds = new Map(ds.nodes.map((n) => [n.id, n.kind]));
  const names = new Map(
    ds.nodes
      .filter((n) => n.signatory)
      .map((n) => [n.id, new Set([n.name, ...n.aliases].map(foldPhrase))]),
  );
  // Letter node → document → printed names there.
  const found = new Map<string, Map<string, PrintedList['printed']>>();
  for (const link of ds.links) {
    if (link.relation !== 'signed' || kinds.get(link.target) !== 'coalition') continue;
    for (const c of link.citations) {
      if (!isPrinted(link, c, names)) continue;
      const byDoc = found.get(link.target) ?? new Map<string, PrintedList['printed']>();
      byDoc.set(c.doc, [...(byDoc.get(c.doc) ?? []), { signer: link.source, citation: c }]);
      found.set(link.target, byDoc);
    }
  }
  const order = new Map(ds.documents.map((d, i) => [d.id, i]));
  const lists: PrintedList[] = [];
  for (const [node, byDoc] of found) {
    // A letter has one list: the document that prints most of its signers' names.
    const [doc, printed] = [...byDoc].sort(
      ([a, x], [b, y]) => y.length - x.length || order.get(a)! - order.get(b)!,
    )[0]!;
    printed.sort((a, b) => a.citation.start - b.citation.start);
    const text = ds.documents[order.get(doc)!]!.text;
    const after = anchorBefore(text, printed[0]!.citation.start);
    lists.push({ doc, node, printed, ...(after ? { after } : {}) });
  }
  return lists.sort((a, b) => order.get(a.doc)! - order.get(b.doc)! || (a.node < b.node ? -1 : 1));
}
