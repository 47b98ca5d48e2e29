/**
 * Ranking tiers on top of Fuse's fuzzy score, so a reader who types an exact name, an acronym
 * or the start of a word gets that actor first, not one whose long text happens to score well.
 */

/** A node as the search indexes it: folded copies, and the originals to report as `matched`. */
export interface Entry {
  /** Position in `ds.nodes`. */
  i: number;
  name: string;
  aliases: string[];
  country: string;
  description: string;
  excerpt: string[];
  /** Folded position of the actor's own mention in each excerpt. */
  mentionAt: number[];
  raw: {
    name: string[];
    alias: string[];
    country: string[];
    description: string[];
    excerpt: string[];
  };
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'de', 'la', 'le', 'du', 'des']);

/** Initials of the words that count: `acronym('world uyghur congress')` → "wuc". */
export function acronym(s: string): string {
  return s
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w) && !SMALL_WORDS.has(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Rank tier of an entry for folded query `q`, lower first: 0 the name or an alias is the
 * query; 1 a name or alias starts with it, has a word starting with it, or has it as acronym;
 * 2 a name, alias or country contains it; 3 the description contains it; 4 an excerpt has it
 * within `near` characters of the actor's mention, closer first (in "Munich-based World Uyghur
 * Congress" the place belongs to the Congress more than to a statement named earlier in the
 * sentence); 5 any other match.
 */
export function tier(e: Entry, q: string, near: number): number {
  const names = [e.name, ...e.aliases];
  if (names.includes(q)) return 0;
  if (names.some((n) => n.startsWith(q) || n.includes(` ${q}`) || acronym(n) === q)) return 1;
  if ([...names, e.country].some((n) => n.includes(q))) return 2;
  if (e.description.includes(q)) return 3;
  let nearest = Infinity;
  e.excerpt.forEach((x, k) => {
    const at = x.indexOf(q);
    if (at !== -1) nearest = Math.min(nearest, Math.abs(at - e.mentionAt[k]!));
  });
  // The fraction orders tier 4 by distance without reaching tier 5.
  return nearest <= near ? 4 + nearest / (near + 1) : 5;
}
