/**
 * Mention finding: every name, alias and mention phrase of every node, searched in every
 * document. Longer phrases claim their span first and claims never overlap, so the span of
 * "World Uyghur Congress Foundation" is not also a mention of "World Uyghur Congress".
 * Section headings ("US response") are no one's mention (see headings.ts).
 */
import type { Citation } from '../types.ts';
import { foldPhrase } from './fold.ts';
import { sectionHeadings } from './headings.ts';
import { findPhrase, type Span } from './phrase.ts';
import type { IndexedDocument } from './sources.ts';

/** One phrase that names a node, limited to some documents or (docs null) searched everywhere. */
export interface NodePhrase {
  node: string;
  text: string;
  docs: readonly string[] | null;
  /** `mention` phrases must occur somewhere; names and aliases need not (aliases serve search). */
  mustOccur: boolean;
  /** Curation place, for messages. */
  where: string;
}

/** A span already owned by a node before searching (the printed signatory lines). */
export interface Claim extends Span {
  doc: string;
  node: string;
}

interface Candidate extends Span {
  node: string;
  length: number;
}

const applies = (p: NodePhrase, doc: string) => p.docs === null || p.docs.includes(doc);

/** Two nodes may not share a phrase in a document where both search for it. */
function sharedPhraseErrors(phrases: readonly NodePhrase[]): string[] {
  const errors: string[] = [];
  const byText = new Map<string, NodePhrase[]>();
  for (const p of phrases) {
    const key = foldPhrase(p.text);
    const same = byText.get(key) ?? [];
    const clash = same.find(
      (q) =>
        q.node !== p.node &&
        (q.docs === null || p.docs === null || q.docs.some((d) => p.docs?.includes(d))),
    );
    if (clash) {
      errors.push(
        `${p.where}: phrase "${p.text}" also names "${clash.node}" (${clash.where}); a phrase may name one actor only (limit it with { "text", "docs" } if it means different actors in different documents)`,
      );
    }
    byText.set(key, [...same, p]);
  }
  return errors;
}

/**
 * Find the citations of every node. `claims` come first and are cited as they are; then
 * candidates, longest phrase first (ties: earlier start, then node id), claim free spans.
 */
export function findMentions(
  docs: readonly IndexedDocument[],
  phrases: readonly NodePhrase[],
  claims: readonly Claim[],
): { citations: Map<string, Citation[]>; errors: string[] } {
  const errors = sharedPhraseErrors(phrases);
  const citations = new Map<string, Citation[]>();
  const cite = (node: string, doc: IndexedDocument, span: Span) => {
    const list = citations.get(node) ?? [];
    const quote = doc.doc.text.slice(span.start, span.end);
    list.push({ doc: doc.doc.id, start: span.start, end: span.end, quote });
    citations.set(node, list);
  };
  const occurred = new Set<NodePhrase>();

  for (const indexed of docs) {
    const id = indexed.doc.id;
    // Which characters are claimed: a span overlaps the claims when one of its own characters
    // is (spans are never empty). One flag per character, where a list of claimed spans, each
    // compared with every candidate, grew with actors² (seconds at 5,000 actors).
    const taken = new Uint8Array(indexed.doc.text.length);
    const take = (s: Span) => taken.fill(1, s.start, s.end);
    const free = (s: Span) => taken.subarray(s.start, s.end).indexOf(1) === -1;
    // Headings take no citation but keep every phrase out: "US response" is not the US acting.
    sectionHeadings(indexed.doc.text).forEach(take);
    for (const claim of claims.filter((c) => c.doc === id)) {
      take(claim);
      cite(claim.node, indexed, claim);
    }
    const candidates: Candidate[] = [];
    for (const p of phrases) {
      if (!applies(p, id)) continue;
      const folded = foldPhrase(p.text);
      const spans = findPhrase(indexed.folded, folded);
      if (spans.length > 0) occurred.add(p);
      for (const s of spans) candidates.push({ ...s, node: p.node, length: folded.length });
    }
    candidates.sort(
      (a, b) =>
        b.length - a.length ||
        a.start - b.start ||
        (a.node < b.node ? -1 : a.node > b.node ? 1 : 0),
    );
    for (const c of candidates) {
      if (!free(c)) continue;
      take(c);
      cite(c.node, indexed, c);
    }
  }

  for (const p of phrases) {
    if (p.mustOccur && !occurred.has(p)) {
      const scope = p.docs === null ? 'any document' : `document(s) ${p.docs.join(', ')}`;
      errors.push(`${p.where}: mention "${p.text}" does not occur in ${scope}`);
    }
  }
  return { citations, errors };
}
