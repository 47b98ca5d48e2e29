/**
 * The search index: each actor's names, aliases and country split into words of one vocabulary
 * (what the word matcher searches), with postings to find the names holding a word, and its
 * description and source sentences folded for phrase search.
 */
import { excerptContext } from '../evidence/context.ts';
import { countryName } from '../graph/countries.ts';
import { fold } from '../text/fold.ts';
import type { Dataset } from '../types.ts';
import { runSync, type Steps } from '../schedule/slices.ts';
import type { IndexedName, QueryWords } from './rank.ts';
import { acronym, words } from './words.ts';
import { TextWords } from './text-words.ts';

/** Longest excerpt indexed per citation: the sentence, cut around the mention. */
export const EXCERPT_CHARS = 200;

/** A node as the search indexes it. */
export interface Entry {
  /** Position in `ds.nodes`. */
  i: number;
  names: IndexedName[];
  description: string;
  excerpt: string[];
  /** Folded position of the actor's own mention in each excerpt. */
  mentionAt: number[];
  raw: { description: string; excerpt: string[] };
}

/** Sentences around each citation of `n`, once each, with where its mention starts in them. */
function excerpts(texts: Map<string, string>, n: Dataset['nodes'][number]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of n.citations) {
    const text = texts.get(c.doc);
    if (text === undefined) continue;
    const x = excerptContext(text, c.start, c.end, EXCERPT_CHARS);
    const sentence = `${x.before}${x.match}${x.after}`;
    if (!out.has(sentence)) out.set(sentence, fold(x.before).length);
  }
  return out;
}

export interface Index {
  entries: Entry[];
  /** Every distinct word of every name, alias and country. */
  vocabulary: string[];
  /** Per vocabulary word, the entries with a name holding it. */
  postings: number[][];
  /** Entries by the acronyms of their names: "urrf" → [Uyghur Refugee Relief Fund]. */
  acronyms: Map<string, number[]>;
  /** The words of descriptions and source sentences, to pre-filter text search. */
  text: TextWords;
}

/** Index `ds`: built once, when the page is idle or at the first query. */
export function buildIndex(ds: Dataset): Index {
  return runSync(indexSteps(ds));
}

/** `buildIndex` one actor per step (lib/schedule/slices.ts). */
export function* indexSteps(ds: Dataset): Steps<Index> {
  const texts = new Map(ds.documents.map((d) => [d.id, d.text]));
  const vocabulary: string[] = [];
  const position = new Map<string, number>();
  const indexed = (field: IndexedName['field'], raw: string): IndexedName => {
    const folded = fold(raw);
    const ws = words(folded);
    return {
      field,
      raw,
      words: ws.map((w) => {
        if (!position.has(w)) position.set(w, vocabulary.push(w) - 1);
        return position.get(w)!;
      }),
      letters: ws.reduce((s, w) => s + w.length, 0),
      joined: ws.join(' '),
      acronym: acronym(folded),
    };
  };
  const entries: Entry[] = [];
  const text = new TextWords();
  for (const [i, n] of ds.nodes.entries()) {
    const sentences = excerpts(texts, n);
    const names = [indexed('name', n.name), ...n.aliases.map((a) => indexed('alias', a))];
    if (n.country !== null) names.push(indexed('country', countryName(n.country)));
    entries.push({
      i,
      names: names.filter((x) => x.words.length > 0),
      description: fold(n.description),
      excerpt: [...sentences.keys()].map(fold),
      mentionAt: [...sentences.values()],
      raw: { description: n.description, excerpt: [...sentences.keys()] },
    });
    const e = entries.at(-1)!;
    text.add(i, [e.description, ...e.excerpt]);
    yield;
  }
  const postings = vocabulary.map((): number[] => []);
  const acronyms = new Map<string, number[]>();
  for (const e of entries)
    for (const name of e.names) {
      for (const w of name.words) if (postings[w]!.at(-1) !== e.i) postings[w]!.push(e.i);
      if (name.field !== 'country')
        acronyms.set(name.acronym, [...(acronyms.get(name.acronym) ?? []), e.i]);
    }
  text.finish();
  return { entries, vocabulary, postings, acronyms, text };
}

/**
 * Entries that may match `parts` by name: those holding a match of the query word that
 * matches fewest words (every name must hold one), or whose acronym is the query.
 */
export function candidates(ix: Index, parts: QueryWords): Set<number> {
  const out = new Set<number>(parts.matches.length === 1 ? ix.acronyms.get(parts.joined) : []);
  const required = parts.matches.filter((_, k) => !parts.optional[k]);
  const rarest = required.reduce((a, b) => (b.size < a.size ? b : a));
  for (const w of rarest.keys()) for (const i of ix.postings[w]!) out.add(i);
  return out;
}
