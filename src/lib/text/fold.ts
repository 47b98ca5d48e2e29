/** Text folding shared by the search index and its queries (both sides must fold the same). */

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

/** Fold for matching: `fold('  Fédération “Forcées”')` → `federation "forcees"`. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıøłđßæœ]/g, (c) => LETTERS[c] ?? c)
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
