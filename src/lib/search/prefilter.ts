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
