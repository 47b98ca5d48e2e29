/**
 * Search over names, aliases, countries, descriptions and the sentences that mention each
 * actor. Both sides are folded (accents, case, curly quotes, white space) and split into
 * words; every word of the query must match a word of one name (exactly, as its start, or with
 * slips: word-match.ts, the app's only use of fuse.js), in any order, with words of the name
 * left out. So "youth association europe", "Uyghur Relief Fund", "Dutc Uyghu Huma Righ Found"
 * and "Norewgian Uyhgur Commitete" all find their actor; `rank.ts` orders them in tiers so the
 * exact name, the acronym and the start of a name lead.
 */
import { fold } from '../text/fold.ts';
import type { Dataset, Group, NodeKind } from '../types.ts';
import { candidates, indexSteps, type Entry } from './index.ts';
import { runSliced, runSync, type Steps } from '../schedule/slices.ts';
import {
  compareMatches,
  hasPhrase,
  matchName,
  TIER,
  type IndexedName,
  type NameMatch,
  type QueryWords,
} from './rank.ts';
import { createWordMatcher } from './word-match.ts';
import { SMALL_WORDS, words } from './words.ts';

export { fold } from '../text/fold.ts';

/**
 * Descriptions and excerpts (the sentence around each citation) are matched on the whole
 * query, at the start of a word, not word by word or fuzzily: they are most of the indexed
 * text, and readers type typos in names, not in sentences. They rank below every name; their
 * hits get these scores (0 best … 1).
 */
export const TEXT_SCORES = { description: 0.5, excerpt: 0.6 } as const;
/** Queries with fewer letters find nothing ("a" matches everything). */
export const MIN_MATCH_CHARS = 2;
/**
 * Queries shorter than this search names and aliases only, not countries, descriptions and
 * sources: "un" would list every actor in the United States, and "fund" holds it.
 */
export const MIN_TEXT_CHARS = 3;
/** Results returned when the caller gives no limit. */
export const DEFAULT_LIMIT = 12;
/** Queries run once when the index is built, to compile the code paths a keystroke takes. */
const WARM_UP = ['am', 'amnesty internatonal', 'uyghu relief fund'];
/** Names of the dataset typed key by key at build time, and how far (see `warmUpQueries`). */
const WARM_UP_NAMES = 8;
const WARM_UP_KEYS = 12;

/**
 * `WARM_UP`, then a few of the dataset's own names typed as a reader types them, from two
 * letters on. V8 optimises a function after it has run a while: three queries left the search
 * cold, and at 5,000 actors the first keys of a query took 2–10 ms each where a warm search
 * takes 0.4 (issue 10). Names spread over the file, so the queries are the file's own words.
 */
export function warmUpQueries(ds: Dataset): string[] {
  const out = [...WARM_UP];
  const count = Math.min(WARM_UP_NAMES, ds.nodes.length);
  for (let k = 0; k < count; k++) {
    const name = ds.nodes[Math.floor(((k + 0.5) / count) * ds.nodes.length)]!.name;
    for (let i = MIN_MATCH_CHARS; i <= Math.min(name.length, WARM_UP_KEYS); i++)
      out.push(name.slice(0, i));
  }
  return out;
}
/** An excerpt hit this close (in characters) to the actor's own mention ranks higher. */
export const NEAR_MENTION = 40;

/** One result, best first; `matched` is the original text of the field that matched. */
export interface SearchHit {
  id: string;
  name: string;
  kind: NodeKind;
  group: Group | null;
  /** 0 a perfect match … 1: the share of the name the query leaves out; `TEXT_SCORES` for text. */
  score: number;
  field: 'name' | 'alias' | 'country' | 'description' | 'excerpt';
  matched: string;
}

/** Where `q` starts a word of `text`, or -1: "un" is not found in "fund". */
function atWordStart(text: string, q: string): number {
  for (let at = text.indexOf(q); at !== -1; at = text.indexOf(q, at + 1))
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) return at;
  return -1;
}

interface Found {
  e: Entry;
  m: NameMatch;
  field: SearchHit['field'];
  matched: string;
  score: number;
}

/** The description or a source sentence holding the query, ranked by `TIER`. */
function textHit(e: Entry, q: string): Found | null {
  const text = (tier: number, field: SearchHit['field'], matched: string, score: number) => ({
    e,
    m: { tier, coverage: 0, slips: 0, inOrder: true },
    field,
    matched,
    score,
  });
  if (atWordStart(e.description, q) !== -1)
    return text(TIER.description, 'description', e.raw.description, TEXT_SCORES.description);
  let nearest = Infinity;
  let k = -1;
  e.excerpt.forEach((x, j) => {
    const at = atWordStart(x, q);
    const d = Math.abs(at - e.mentionAt[j]!);
    if (at !== -1 && d < nearest) [nearest, k] = [d, j];
  });
  if (k === -1) return null;
  // In "Munich-based World Uyghur Congress" the place belongs to the Congress more than to a
  // statement named earlier in the sentence: near the mention first, by distance.
  const tier =
    nearest <= NEAR_MENTION ? TIER.excerpt + nearest / (NEAR_MENTION + 1) : TIER.elsewhere;
  return text(tier, 'excerpt', e.raw.excerpt[k]!, TEXT_SCORES.excerpt);
}

/** Answers a query, best first. */
export type Search = (query: string, limit?: number) => SearchHit[];

/**
 * Build the index once; the returned function answers queries, best first.
 * `createSearch(ds)('omct')[0].name` → "World Organisation Against Torture (OMCT)".
 */
export function createSearch(ds: Dataset): Search {
  return runSync(searchSteps(ds));
}

/** `createSearch` built between frames (a 5,000-actor index is ~0.5 s of work). */
export function createSearchSliced(ds: Dataset): Promise<Search> {
  return runSliced(searchSteps(ds));
}

/** The build, one actor (or one warm-up query) per step. */
function* searchSteps(ds: Dataset): Steps<Search> {
  const ix = yield* indexSteps(ds);
  const matchWord = createWordMatcher(ix.vocabulary);
  yield;
  const search = (query: string, limit = DEFAULT_LIMIT): SearchHit[] => {
    const q = fold(query);
    const qw = words(q);
    if (qw.join('').length < MIN_MATCH_CHARS) return [];
    // "the", "of" in the middle of a query may be missing from the name; the last word may be
    // the start of a longer one ("of" → "office"), so it counts.
    const optional = qw.map((w, k) => k < qw.length - 1 && SMALL_WORDS.has(w));
    const parts: QueryWords = {
      joined: qw.join(' '),
      core: qw.filter((_, k) => !optional[k]).join(' '),
      matches: qw.map(matchWord),
      optional,
    };
    const byName = candidates(ix, parts);
    const short = q.length < MIN_TEXT_CHARS;
    // Only actors whose texts have a word starting as the query does can match by text.
    const textMay = short ? null : ix.text.candidates(q);
    const found: Found[] = [];
    for (const e of ix.entries) {
      let best: { m: NameMatch; name: IndexedName } | null = null;
      if (byName.has(e.i))
        for (const name of e.names) {
          if (short && name.field === 'country') continue;
          const m = matchName(name, parts);
          if (m && (!best || compareMatches(m, best.m) < 0)) best = { m, name };
        }
      if (best) {
        // Say which field holds what was typed, the name first ("omct" is in the name "World
        // Organisation Against Torture (OMCT)", not only in the alias "OMCT").
        const shown =
          e.names.find(
            (n) => !(short && n.field === 'country') && hasPhrase(n.joined, parts.joined),
          ) ?? best.name;
        found.push({
          e,
          m: best.m,
          field: shown.field,
          matched: shown.raw,
          score: 1 - best.m.coverage,
        });
      } else if (!short && (textMay === null || textMay[e.i] === 1)) {
        const hit = textHit(e, q);
        if (hit) found.push(hit);
      }
    }
    return found
      .sort((a, b) => compareMatches(a.m, b.m) || a.e.i - b.e.i)
      .slice(0, limit)
      .map(({ e, field, matched, score }) => {
        const n = ds.nodes[e.i]!;
        return { id: n.id, name: n.name, kind: n.kind, group: n.group, score, field, matched };
      });
  };
  // The index is built when the page is idle (or at the first query); run a few queries now
  // too, so the reader's first keystrokes do not pay for compiling the matcher.
  for (const q of warmUpQueries(ds)) {
    search(q);
    yield;
  }
  return search;
}
