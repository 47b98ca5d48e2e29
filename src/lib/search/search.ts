/**
 * Search over names, aliases, countries, descriptions and the sentences that mention each
 * actor: the app's only use of fuse.js. Both sides are folded (accents, case, curly quotes,
 * white space), so "federation euro-mediterraneenne" finds "Fédération Euro-méditerranéenne".
 * Fuse finds fuzzy matches; `rank.ts` orders them in tiers so exact names and acronyms lead.
 */
// The basic build: no extended search or logical queries, which we do not use (2 KB gzip less).
import Fuse, { type FuseResult } from 'fuse.js/basic';
import { excerptContext } from '../evidence/context.ts';
import { countryName } from '../graph/countries.ts';
import type { Dataset, Group, NodeKind } from '../types.ts';
import { fold } from '../text/fold.ts';
import { bigramSet, mayMatch } from './prefilter.ts';
import { tier, type Entry } from './rank.ts';

export { fold } from '../text/fold.ts';

/** Fuzzy-searched fields and their weights: a hit on the name counts most. */
export const KEYS = [
  { name: 'name', weight: 3 },
  { name: 'aliases', weight: 2.5 },
  { name: 'country', weight: 1.2 },
] as const;
/**
 * Descriptions and excerpts (the sentence around each citation) are matched exactly, after
 * folding, not fuzzily: they are most of the indexed text, a typo-tolerant scan of them costs
 * 10–15 ms a keystroke on the real data, an exact one microseconds, and readers type typos in
 * names, not in sentences. Hits found only there get these scores (Fuse's scale, 0 best).
 */
export const TEXT_SCORES = { description: 0.5, excerpt: 0.6 } as const;
/** Fuse's 0 (exact) … 1 (anything) cut-off: about one typo in four letters, not "munich" → "michel". */
export const THRESHOLD = 0.3;
/**
 * At most this many typos, however long the query: Fuse's ratio alone would allow nine in
 * "federation euro-mediterraneenne", which matches noise and costs ~10 ms a keystroke.
 */
export const MAX_TYPOS = 3;
/** Queries shorter than this find nothing ("a" matches everything). */
export const MIN_MATCH_CHARS = 2;
/** Results returned when the caller gives no limit. */
export const DEFAULT_LIMIT = 12;
/** Longest excerpt indexed per citation: the sentence, cut around the mention. */
export const EXCERPT_CHARS = 200;
/** Queries run once when the index is built, to compile the code paths a keystroke takes. */
const WARM_UP = ['am', 'amnesty internatonal'];
/** An excerpt hit this close (in characters) to the actor's own mention ranks higher. */
export const NEAR_MENTION = 40;

/** One result, best first; `matched` is the original text of the field that matched. */
export interface SearchHit {
  id: string;
  name: string;
  kind: NodeKind;
  group: Group | null;
  /** Fuse's score, 0 exact … 1; `TEXT_SCORES` for text-only hits. Ranking is by tier first. */
  score: number;
  field: 'name' | 'alias' | 'country' | 'description' | 'excerpt';
  matched: string;
}

type Field = SearchHit['field'];
/** Fields in the order a hit's `field` is chosen, with the Entry key each reads. */
const FIELDS: [Field, 'name' | 'aliases' | 'country' | 'description' | 'excerpt'][] = [
  ['name', 'name'],
  ['alias', 'aliases'],
  ['country', 'country'],
  ['description', 'description'],
  ['excerpt', 'excerpt'],
];

function entries(ds: Dataset): Entry[] {
  const texts = new Map(ds.documents.map((d) => [d.id, d.text]));
  return ds.nodes.map((n, i) => {
    const excerpts = new Map<string, number>();
    for (const c of n.citations) {
      const text = texts.get(c.doc);
      if (text === undefined) continue;
      const x = excerptContext(text, c.start, c.end, EXCERPT_CHARS);
      const sentence = `${x.before}${x.match}${x.after}`;
      if (!excerpts.has(sentence)) excerpts.set(sentence, fold(x.before).length);
    }
    const country = n.country === null ? '' : countryName(n.country);
    const raw = {
      name: [n.name],
      alias: n.aliases,
      country: [country],
      description: [n.description],
      excerpt: [...excerpts.keys()],
    };
    return {
      i,
      name: fold(n.name),
      aliases: n.aliases.map(fold),
      country: fold(country),
      description: fold(n.description),
      excerpt: raw.excerpt.map(fold),
      mentionAt: [...excerpts.values()],
      raw,
    };
  });
}

/** Entries with the character pairs of their fuzzy-searched fields, for the pre-filter. */
function withGrams(list: Entry[]): { e: Entry; grams: Set<string> }[] {
  return list.map((e) => ({
    e,
    grams: bigramSet([e.name, ...e.aliases, e.country]),
  }));
}

/** The field to show: the first in FIELDS order that contains the query, else Fuse's match. */
function bestField(
  e: Entry,
  q: string,
  fuzzy?: FuseResult<Entry>,
): { field: Field; matched: string } {
  for (const [field, key] of FIELDS) {
    const values = typeof e[key] === 'string' ? [e[key]] : e[key];
    const k = values.findIndex((v) => v.includes(q));
    if (k !== -1) return { field, matched: e.raw[field][k]! };
  }
  const m = fuzzy?.matches?.[0];
  const field = FIELDS.find(([, key]) => key === m?.key)?.[0] ?? 'name';
  return { field, matched: e.raw[field][m?.refIndex ?? 0] ?? e.raw.name[0]! };
}

/**
 * Build the index once; the returned function answers queries, best first.
 * `createSearch(ds)('omct')[0].name` → "World Organisation Against Torture (OMCT)".
 */
export function createSearch(ds: Dataset): (query: string, limit?: number) => SearchHit[] {
  const all = entries(ds);
  const grams = withGrams(all);
  const options = {
    keys: KEYS.map((k) => ({ ...k })),
    minMatchCharLength: MIN_MATCH_CHARS,
    // A word may be anywhere in a long name; Fuse otherwise favours the start of the text.
    ignoreLocation: true,
    includeScore: true,
    includeMatches: true,
  };
  const fullIndex = Fuse.createIndex(options.keys, all);
  const search = (query: string, limit = DEFAULT_LIMIT): SearchHit[] => {
    const q = fold(query);
    if (q.length < MIN_MATCH_CHARS) return [];
    const found = new Map<number, { e: Entry; score: number; r?: FuseResult<Entry> }>();
    // The small epsilon keeps floor(threshold × length) at MAX_TYPOS despite rounding.
    const threshold = Math.min(THRESHOLD, (MAX_TYPOS + 0.01) / q.length);
    const test = mayMatch(q, threshold);
    // Fuse scores each record on its own, so searching only the candidates changes nothing
    // but the time; indexing a handful of records per keystroke is cheap.
    const candidates = grams.filter((g) => test(g.grams)).map((g) => g.e);
    // Short queries pass most records: then the index built once beats a new one.
    const fuse =
      candidates.length > all.length / 2
        ? new Fuse(all, { ...options, threshold }, fullIndex)
        : new Fuse(candidates, { ...options, threshold });
    for (const r of fuse.search(q)) found.set(r.item.i, { e: r.item, score: r.score ?? 1, r });
    for (const e of all) {
      if (found.has(e.i)) continue;
      if (e.description.includes(q)) found.set(e.i, { e, score: TEXT_SCORES.description });
      else if (e.excerpt.some((x) => x.includes(q)))
        found.set(e.i, { e, score: TEXT_SCORES.excerpt });
    }
    return [...found.values()]
      .map((hit) => ({ ...hit, t: tier(hit.e, q, NEAR_MENTION) }))
      .sort((a, b) => a.t - b.t || a.score - b.score || a.e.i - b.e.i)
      .slice(0, limit)
      .map(({ e, score, r }) => {
        const n = ds.nodes[e.i]!;
        return {
          id: n.id,
          name: n.name,
          kind: n.kind,
          group: n.group,
          score,
          ...bestField(e, q, r),
        };
      });
  };
  // The index is built when the page is idle (or at the first query); run a short and a long
  // query now too, so the reader's first keystrokes do not pay for compiling the matcher
  // (20–60 ms on this machine's first query, 3–5 ms after).
  for (const q of WARM_UP) search(q);
  return search;
}
