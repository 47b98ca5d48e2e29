/** Words of folded text, as the search matches them: the index and the query split alike. */

/** Words too common to count for an acronym or to leave out of a name. */
export const SMALL_WORDS: ReadonlySet<string> = new Set([
  'a',
  'al',
  'and',
  'de',
  'des',
  'du',
  'for',
  'in',
  'la',
  'le',
  'les',
  'of',
  'on',
  'the',
  'to',
]);

/**
 * Runs of letters and digits of a folded text; punctuation and spaces only separate.
 * `words('world organisation against torture (omct)')` → ['world', …, 'torture', 'omct'];
 * `words('hong-kong')` → ['hong', 'kong'].
 */
export function words(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/**
 * Initials of the words that count (not "of", "the"…), hyphenated parts apart:
 * `acronym('world uyghur congress')` → "wuc"; `acronym('euro-med federation')` → "emf".
 */
export function acronym(folded: string): string {
  return folded
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w) && !SMALL_WORDS.has(w))
    .map((w) => w[0])
    .join('');
}
