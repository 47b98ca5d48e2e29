/**
 * Evidence in context: the sentence around a cited span, a document split into runs that are
 * and are not mentions of actors, and a node's citations grouped by document.
 */
import type { GraphIndex } from '../graph/graph-index.ts';
import type { Citation, Dataset, SourceDocument } from '../types.ts';

/** Tokens before a full stop that do not end a sentence ("Mr. Isa", "St. Louis"). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'no', 'prof', 'gen', 'vs', 'etc']);
/** Characters that may close a sentence after its stop: quotes and brackets. */
const CLOSERS = '"\'”’)]»';

/** True when a sentence ends at `i` (exclusive): `text[i-1]` closes it and a new one follows. */
function endsSentenceAt(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && CLOSERS.includes(text[j]!)) j--;
  const stop = text[j];
  if (stop !== '.' && stop !== '!' && stop !== '?') return false;
  if (i < text.length && !/\s/.test(text[i]!)) return false;
  const next = text.slice(i).trimStart()[0];
  if (next !== undefined && !/[\p{Lu}\p{N}"“‘'([]/u.test(next)) return false;
  if (stop === '.') {
    // "U.N. Office", "Mr. Isa", "J. Smith": an abbreviation, not the end of a sentence.
    const token = text.slice(text.lastIndexOf(' ', j) + 1, j);
    if (token.includes('.') || /^\p{L}$/u.test(token) || ABBREVIATIONS.has(token.toLowerCase())) {
      return false;
    }
  }
  return true;
}

/** The sentence(s) containing `start`–`end`, bounded by sentence ends and line breaks. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && text[s - 1] !== '\n' && !endsSentenceAt(text, s)) s--;
  let e = end;
  while (e < text.length && text[e] !== '\n' && !(e > start && endsSentenceAt(text, e))) e++;
  while (s < start && /\s/.test(text[s]!)) s++;
  while (e > end && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** How long an excerpt may be, in characters: what the panel shows under "Mentions". */
export const EXCERPT_CHARS = 280;

/** A cited span with its context, ready to render as before / highlighted match / after. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
  truncatedBefore: boolean;
  truncatedAfter: boolean;
}

/**
 * The sentence(s) around `text.slice(start, end)`, at most about `maxChars` long: when the
 * sentence is longer, it is cut at word boundaries on either side and the flags say where
 * an ellipsis belongs. The match itself is never cut.
 * `excerptContext('One. Two three four. Five.', 9, 14)` → before "Two ", match "three", after " four."
 */
export function excerptContext(
  text: string,
  start: number,
  end: number,
  maxChars = EXCERPT_CHARS,
): Excerpt {
  const [s, e] = sentenceBounds(text, start, end);
  let before = text.slice(s, start);
  let after = text.slice(end, e);
  const match = text.slice(start, end);
  const room = Math.max(0, maxChars - match.length);
  let truncatedBefore = false;
  let truncatedAfter = false;
  if (before.length + after.length > room) {
    // Share the room evenly; a side that needs less gives the rest to the other.
    const half = Math.floor(room / 2);
    const keepBefore = Math.min(before.length, Math.max(half, room - after.length));
    const keepAfter = Math.min(after.length, room - keepBefore);
    if (keepBefore < before.length) {
      const cut = before.slice(before.length - keepBefore);
      const space = cut.search(/\s/);
      before = space === -1 ? '' : cut.slice(space).trimStart();
      truncatedBefore = true;
    }
    if (keepAfter < after.length) {
      const cut = after.slice(0, keepAfter + 1);
      const space = cut.search(/\s\S*$/);
      after = (space === -1 ? '' : cut.slice(0, space)).trimEnd();
      truncatedAfter = true;
    }
  }
  return { before, match, after, truncatedBefore, truncatedAfter };
}

/** A run of a document: plain text (`nodeId` null) or a mention of a node. */
export interface Segment {
  text: string;
  nodeId: string | null;
  start: number;
  end: number;
}

/**
 * The document `docId` as consecutive runs covering all its text, mentions of nodes (from every
 * node's citations) as their own runs. Overlapping mentions: the earlier wins, then the longer.
 * [] for an unknown document.
 */
export function documentSegments(ds: Dataset, docId: string, index: GraphIndex): Segment[] {
  const doc = ds.documents.find((d) => d.id === docId);
  if (!doc) return [];
  const mentions = [...index.byId.values()]
    .flatMap((n) => n.citations.filter((c) => c.doc === docId).map((c) => ({ c, id: n.id })))
    .sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end || (a.id < b.id ? -1 : 1));
  const out: Segment[] = [];
  let at = 0;
  const plain = (to: number) => {
    if (to > at) out.push({ text: doc.text.slice(at, to), nodeId: null, start: at, end: to });
  };
  for (const { c, id } of mentions) {
    if (c.start < at || c.end <= c.start || c.end > doc.text.length) continue;
    plain(c.start);
    out.push({ text: doc.text.slice(c.start, c.end), nodeId: id, start: c.start, end: c.end });
    at = c.end;
  }
  plain(doc.text.length);
  return out;
}

/** Citations grouped by document, documents in dataset order, citations by position. */
export function citationsByDocument(
  ds: Dataset,
  citations: Citation[],
): { doc: SourceDocument; citations: Citation[] }[] {
  return ds.documents
    .map((doc) => ({
      doc,
      citations: citations
        .filter((c) => c.doc === doc.id)
        .sort((a, b) => a.start - b.start || a.end - b.end),
    }))
    .filter((g) => g.citations.length > 0);
}
