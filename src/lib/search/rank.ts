/**
 * How well a query matches one name, word by word, and the tiers results are ordered by: a
 * reader who types an exact name, an acronym or the start of a name gets it first, then names
 * that hold every word of the query exactly or as a prefix, then those that need a slip or
 * two, then countries, descriptions and the sentences of the sources.
 */
import { KIND_RANK, type WordMatch } from './word-match.ts';

/** A name, alias or country as indexed: folded, split into words of the vocabulary. */
export interface IndexedName {
  field: 'name' | 'alias' | 'country';
  /** The original text, reported as `matched`. */
  raw: string;
  /** Vocabulary positions of its words, in order. */
  words: number[];
  /** Letters in all its words. */
  letters: number;
  /** Its words joined by single spaces: "world organisation against torture omct". */
  joined: string;
  acronym: string;
}

/** A query as `matchName` takes it: its words' matches (word-match.ts), in query order. */
export interface QueryWords {
  /** The query's words joined by single spaces. */
  joined: string;
  /** The same without its optional words: "the world uyghur congress" → "world uyghur congress". */
  core: string;
  matches: readonly ReadonlyMap<number, WordMatch>[];
  /** Query words a name may lack ("the", "of" inside the query). */
  optional: readonly boolean[];
}

/**
 * Tiers, lower first. Names: 0 the query is the name; 1 the name starts with the query, has it
 * at the start of a word, or it is the name's acronym; 2 every query word is a word of the
 * name or the start of one (any order, some words skipped); 3 the same with slips. A country
 * ranks as a name `COUNTRY_AFTER` tiers lower. Then the description, then a source sentence
 * with the query near the actor's mention (9 to 10, nearer first). A name reached only with
 * many slips (more than one in four letters of a word: "munich" → "Michelle") comes after
 * those (names, then countries): a word found as typed in the sources was probably not a typo.
 * Last, a source sentence with the query far from the mention.
 */
export const TIER = {
  exact: 0,
  phrase: 1,
  words: 2,
  slips: 3,
  description: 8,
  excerpt: 9,
  farSlips: 10,
  elsewhere: 11,
} as const;
/** Countries after every name: "switzerland" lists Justice for Uyghurs - Switzerland first. */
export const COUNTRY_AFTER = 4;
/** Most slips per letter of a query word before its match counts as far-fetched. */
export const NEAR_SLIPS = 1 / 4;

export interface NameMatch {
  tier: number;
  /** Share of the name's letters the query accounts for, 0…1: "uyghur relief fund" covers 16 of 23. */
  coverage: number;
  slips: number;
  /** The query words come in the name's order. */
  inOrder: boolean;
}

/** Is `a` a better match of one query word than `b`? Exact, prefix, slips; more covered; fewer slips. */
function better(a: WordMatch, b: WordMatch): boolean {
  return (KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.covered - a.covered || a.slips - b.slips) < 0;
}

/**
 * Match a query against one name: null unless every query word (but the optional ones) matches
 * some word of it. `matchName(Uyghur Refugee Relief Fund, "uyghur relief fund")` → tier 2,
 * coverage 16 / 23.
 */
export function matchName(name: IndexedName, query: QueryWords): NameMatch | null {
  const offset = name.field === 'country' ? COUNTRY_AFTER : 0;
  // An acronym is a name's; "US" as the initials of a country would list every actor there.
  const acronym = offset === 0 && name.acronym.length > 1 && name.acronym === query.joined;
  if (query.matches.length === 1 && acronym)
    return { tier: TIER.phrase + offset, coverage: 1, slips: 0, inOrder: true };
  const covered = new Map<number, number>();
  let slips = 0;
  let fuzzy = false;
  let far = false;
  let inOrder = true;
  let last = -1;
  for (const [j, matches] of query.matches.entries()) {
    let best: WordMatch | undefined;
    let at = -1;
    for (const [k, w] of name.words.entries()) {
      const m = matches.get(w);
      if (m && (best === undefined || better(m, best))) [best, at] = [m, k];
    }
    if (best === undefined) {
      if (query.optional[j]) continue;
      return null;
    }
    covered.set(at, Math.max(covered.get(at) ?? 0, best.covered));
    slips += best.slips;
    fuzzy ||= best.kind === 'fuzzy';
    far ||= best.slips > NEAR_SLIPS * best.covered;
    if (at <= last) inOrder = false;
    last = at;
  }
  let sum = 0;
  for (const c of covered.values()) sum += c;
  const phrases = [query.joined, query.core];
  const tier = phrases.includes(name.joined)
    ? TIER.exact + offset
    : phrases.some((q) => hasPhrase(name.joined, q))
      ? TIER.phrase + offset
      : !fuzzy
        ? TIER.words + offset
        : far
          ? TIER.farSlips + (offset > 0 ? 0.5 : 0) // countries still after names
          : TIER.slips + offset;
  return { tier, coverage: sum / name.letters, slips, inOrder };
}

/** Does `joined` hold the words `q` at the start of a word? "world uyghur con" is in "world uyghur congress". */
export function hasPhrase(joined: string, q: string): boolean {
  return q !== '' && (joined.startsWith(q) || joined.includes(` ${q}`));
}

/** Order of matches: tier, then coverage, fewer slips, the query's order kept. */
export function compareMatches(a: NameMatch, b: NameMatch): number {
  return (
    a.tier - b.tier ||
    b.coverage - a.coverage ||
    a.slips - b.slips ||
    Number(b.inOrder) - Number(a.inOrder)
  );
}
