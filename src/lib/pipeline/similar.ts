/**
 * Names so alike they may be one organisation: reported for a person to judge, never merged.
 */
import countries from 'world-countries';
import { stripAccents } from '../text/fold.ts';

/** Pairs at or above this token overlap are reported ("Uyghur Academy" / "… Foundation" is 0.67). */
export const SIMILARITY_THRESHOLD = 0.65;

/** Words that carry no identity: "Uyghur Association of X" and "Uyghur Association in X" differ only here. */
const STOPWORDS = new Set([
  'the',
  'of',
  'for',
  'and',
  'in',
  'on',
  'to',
  'a',
  'an',
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'l',
  'pour',
]);

/** `tokens('Alliance des Avocats pour les Droits de l’Homme')` → `{alliance, avocats, droits, homme}`. */
export function tokens(name: string): Set<string> {
  const words = stripAccents(name)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !STOPWORDS.has(w));
  return new Set(words);
}

/**
 * One-word country names, demonyms and short alternative spellings ("finland", "finnish", "usa").
 * Two names that each carry a place, and not the same one, are national branches of one
 * network ("Stop Uyghur Genocide Australia" / "… Canada"), not one organisation spelt twice.
 */
const PLACES = new Set(
  countries.flatMap((c) =>
    [
      c.name.common,
      c.demonyms?.['eng']?.m,
      c.demonyms?.['eng']?.f,
      ...c.altSpellings.filter((a) => /^[A-Z]{3}$/.test(a)),
    ]
      .filter((w): w is string => w !== undefined && !/\s/.test(w))
      .map((w) => stripAccents(w).toLowerCase()),
  ),
);

/** The place words of a token set: `places(tokens('Finnish Uyghur Culture Center'))` → `['finnish']`. */
function places(set: ReadonlySet<string>): string {
  return [...set]
    .filter((t) => PLACES.has(t))
    .sort()
    .join(' ');
}

/** |A ∩ B| / |A ∪ B|, 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** A reported pair, `a` before `b` in input order, with its score. */
export interface SimilarPair {
  a: string;
  b: string;
  score: number;
}

/**
 * Every pair of names at or above the threshold, highest score first (ties: input order),
 * except pairs whose names name two different places.
 * `similarNames(['World Uyghur Congress', 'World Uyghur Congress Foundation'])` → one pair at 0.75.
 */
export function similarNames(
  names: readonly string[],
  threshold = SIMILARITY_THRESHOLD,
): SimilarPair[] {
  const sets = names.map(tokens);
  const where = sets.map(places);
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < names.length; i += 1) {
    for (let j = i + 1; j < names.length; j += 1) {
      const [pi, pj] = [where[i]!, where[j]!];
      if (pi !== '' && pj !== '' && pi !== pj) continue;
      const score = jaccard(sets[i]!, sets[j]!);
      if (score >= threshold) pairs.push({ a: names[i]!, b: names[j]!, score });
    }
  }
  return pairs.sort((x, y) => y.score - x.score);
}
