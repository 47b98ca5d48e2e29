/**
 * Folding text for matching and for names made from it: accents off (the one place that does
 * it, for search, node ids and file names), and the search's fuller fold.
 */

/**
 * `stripAccents('Fédération Droits')` → `'Federation Droits'`: NFKD, then the combining marks
 * dropped, so accents fold to their base letters and compatibility forms to plain ones
 * (`ﬁ` → `fi`). Letters NFKD does not decompose (ø, ł, ß) stay: see `fold`.
 */
export function stripAccents(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Letters NFD does not decompose, folded by hand (Turkic ı, Nordic ø, German ß, …). */
const LETTERS: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};

/**
 * Fold for matching, shared by the search index and its queries (both sides must fold the
 * same): `fold('  Fédération “Forcées”')` → `federation "forcees"`.
 */
export function fold(s: string): string {
  return stripAccents(s)
    .toLowerCase()
    .replace(/[ıøłđßæœ]/g, (c) => LETTERS[c] ?? c)
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
