/**
 * Which words of the names a query word matches: exactly, as the start of the word, or with a
 * few slips (Fuse's bitap, anchored at the word's start). Every distinct word of every name,
 * alias and country is indexed once; each query word is searched once and remembered, so while
 * a reader types only the word under the cursor costs anything.
 */
// The basic build: no extended search or logical queries, which we do not use (2 KB gzip less).
import Fuse from 'fuse.js/basic';
import { bigramSet, letterCounts, mayHoldLetters, mayMatch } from './prefilter.ts';

/** Longest pattern Fuse's bitap takes; a longer query word is cut (it matches nothing anyway). */
const MAX_PATTERN = 32;
/** Query words remembered before the memory is cleared (a reader's session types far fewer). */
const MEMORY = 500;

/**
 * Slips allowed in a query word of `length` letters, each one a letter added, dropped or
 * changed (two swapped letters are two): none up to 3 letters, where a slip makes another word
 * ("tub" for "tib"); then one, two from 5 letters ("Uyhgur"), three from 8 ("Norewgian" and
 * more). `typos(6)` → 2.
 */
export function typos(length: number): number {
  if (length <= 3) return 0;
  if (length === 4) return 1;
  return length < 8 ? 2 : 3;
}

export type WordMatchKind = 'exact' | 'prefix' | 'fuzzy';

/** How one query word matches one indexed word. */
export interface WordMatch {
  kind: WordMatchKind;
  /** Letters of the indexed word the query word accounts for (a prefix, only its own). */
  covered: number;
  /** Slips, counting each letter skipped at the start of the word as one. */
  slips: number;
}

/** Order of match kinds, best first. */
export const KIND_RANK: Record<WordMatchKind, number> = { exact: 0, prefix: 1, fuzzy: 2 };

/** Fuse's options for a query word of `length` letters. */
export function fuseOptions(length: number) {
  return {
    // Anchored: with distance = length, each letter the match starts late costs as much as a
    // slip, and the threshold lets through `typos(length)` of them in all (the 0.5 absorbs
    // rounding). So "rights" matches "rights…" but not "copyrights".
    location: 0,
    distance: length,
    threshold: (typos(length) + 0.5) / length,
    isCaseSensitive: true, // both sides are folded already
    ignoreFieldNorm: true,
    includeScore: true,
    shouldSort: false,
  };
}

/**
 * An index of `vocabulary` (distinct folded words); the returned function gives, for a folded
 * query word, the matches by vocabulary position.
 * `createWordMatcher(['uyghur', 'union'])('uyhgur')` → Map { 0 → fuzzy, 2 slips }.
 */
export function createWordMatcher(
  vocabulary: readonly string[],
): (word: string) => ReadonlyMap<number, WordMatch> {
  const index = Fuse.createIndex([], vocabulary);
  const grams = vocabulary.map((w) => bigramSet([w]));
  const letters = vocabulary.map(letterCounts);
  const memory = new Map<string, ReadonlyMap<number, WordMatch>>();
  return (raw) => {
    const word = raw.slice(0, MAX_PATTERN);
    const known = memory.get(word);
    if (known) return known;
    const n = word.length;
    if (typos(n) === 0) {
      const found = prefixMatches(vocabulary, word);
      remember(word, found);
      return found;
    }
    const options = fuseOptions(n);
    // Only words that can hold such a match go to Fuse: long enough, and sharing enough
    // letter pairs (prefilter.ts). Fuse scores each word alone, so this changes nothing but
    // the time; when most words pass, the index built once beats a new one.
    const test = mayMatch(word, options.threshold);
    const holds = mayHoldLetters(word, typos(n));
    const shortest = n - typos(n);
    const candidates = vocabulary.flatMap((w, i) =>
      w.length >= shortest && test(grams[i]!) && holds(letters[i]!) ? [i] : [],
    );
    const all = candidates.length > vocabulary.length / 2;
    const fuse = all
      ? new Fuse(vocabulary, options, index)
      : new Fuse(
          candidates.map((i) => vocabulary[i]!),
          options,
        );
    const at = (ref: number) => (all ? ref : candidates[ref]!);
    const found = new Map<number, WordMatch>();
    for (const r of fuse.search(word)) {
      const w = r.item;
      // Fuse reports 0.001 for an exact hit; the score is (slips + late start) / length.
      const slips = Math.round((r.score ?? 0) * n);
      const kind = w === word ? 'exact' : w.startsWith(word) ? 'prefix' : 'fuzzy';
      found.set(at(r.refIndex), { kind, covered: Math.min(w.length, n), slips });
    }
    remember(word, found);
    return found;
  };
  function remember(word: string, found: ReadonlyMap<number, WordMatch>): void {
    if (memory.size >= MEMORY) memory.clear();
    memory.set(word, found);
  }
}

/**
 * What Fuse finds for a word that may have no slip (3 letters or fewer), without Fuse: the
 * words it starts, in vocabulary order. With no slip allowed and the match anchored (each
 * letter started late costs a slip), Fuse's answer is exactly these; asking it cost 5–8 ms on
 * the first keystrokes of every query at 5,000 actors (issue 10). `prefixMatches(['union',
 * 'un', 'fund'], 'un')` → Map { 0 → prefix, 1 → exact }.
 */
export function prefixMatches(
  vocabulary: readonly string[],
  word: string,
): ReadonlyMap<number, WordMatch> {
  const found = new Map<number, WordMatch>();
  vocabulary.forEach((w, i) => {
    if (w.startsWith(word))
      found.set(i, { kind: w === word ? 'exact' : 'prefix', covered: word.length, slips: 0 });
  });
  return found;
}
