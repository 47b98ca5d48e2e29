/**
 * A cheap, exact pre-filter for fuzzy search (the q-gram lemma): a text within `e` edits of a
 * pattern of length m shares at least (m − 1) − 2e of its character pairs. Nodes that share
 * fewer cannot match, so Fuse only scans the few that can; results are unchanged, a keystroke
 * gets several times faster.
 */

/** Character pairs of `s`, with repeats: `bigrams('abab')` → ['ab', 'ba', 'ab']. */
export function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Every character pair of any of `texts`. */
export function bigramSet(texts: string[]): Set<string> {
  return new Set(texts.flatMap(bigrams));
}

/**
 * A predicate: may a text with bigrams `grams` hold a fuzzy match of `pattern`, where a match
 * allows `Math.floor(threshold * pattern.length)` edits? Always true when the bound says
 * nothing (short patterns, many edits allowed) or the pattern is longer than `maxLength`
 * (Fuse then splits it in chunks, and this bound no longer applies as is).
 */
export function mayMatch(
  pattern: string,
  threshold: number,
  maxLength = 32,
): (grams: Set<string>) => boolean {
  const all = bigrams(pattern);
  const distinct = [...new Set(all)];
  const edits = Math.floor(threshold * pattern.length);
  // The lemma counts pairs with repeats; counting distinct ones, forgive the repeats.
  const needed = all.length - 2 * edits - (all.length - distinct.length);
  if (needed <= 0 || pattern.length > maxLength) return () => true;
  return (grams) => {
    let shared = 0;
    for (const g of distinct) if (grams.has(g) && ++shared >= needed) return true;
    return false;
  };
}

/** Letters counted by `letterCounts`: a–z, 0–9, and one slot for every other character. */
const SLOTS = 37;
const slot = (code: number): number =>
  code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? 26 + code - 48 : 36;

/** How many times each letter occurs in `s` (folded), by slot: the count filter's side of a word. */
export function letterCounts(s: string): Uint8Array {
  const out = new Uint8Array(SLOTS);
  for (let i = 0; i < s.length; i++) {
    const k = slot(s.charCodeAt(i));
    if (out[k]! < 255) out[k]! += 1;
  }
  return out;
}

/**
 * A second exact pre-filter, for the short query words the bigram bound says nothing about
 * ("river" with two slips): a word holding a match of `pattern` within `edits` edits holds at
 * least `pattern.length - edits` of its letters (each edit loses at most one), counted with
 * repeats. Other characters share one slot, which can only let more words through.
 * `mayHoldLetters('river', 2)(letterCounts('rover'))` → true (r, v, e, r: 4 ≥ 3).
 */
export function mayHoldLetters(pattern: string, edits: number): (counts: Uint8Array) => boolean {
  const need = pattern.length - edits;
  const mine = letterCounts(pattern);
  const slots = [...mine.keys()].filter((k) => mine[k]! > 0);
  if (need <= 0) return () => true;
  return (counts) => {
    let shared = 0;
    for (const k of slots) shared += Math.min(mine[k]!, counts[k]!);
    return shared >= need;
  };
}
