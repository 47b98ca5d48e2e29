/**
 * Countries named in an organisation's name: "… in Finland", "Japan Uyghur Association",
 * "(Ireland)", "Finnish Uyghur Culture Center". A draft from the name alone, for a person to
 * confirm; the vocabulary is world-countries' common names, English demonyms and alternative
 * spellings, plus a few everyday forms it lacks.
 */
import countries from 'world-countries';

/** Forms people print that world-countries does not list (it says Türkiye, not Turkey). */
const EXTRA: Record<string, string> = {
  turkey: 'TR',
  'u.k.': 'GB',
  britain: 'GB',
  'u.s.': 'US',
  'u.s.a.': 'US',
  america: 'US',
};

/**
 * Places whose name in a name is usually the cause, not the base ("Hong Kong Democracy
 * Council", "Vietnam Human Rights Network", "China Aid"): data/curation/README.md says these
 * are curated, never `name`. The group rules read them as causes instead.
 */
const CAUSES = new Set(['CN', 'HK', 'VN', 'MM', 'KR', 'KP', 'MO']);

/** Fold for lookup: accents off, lower case, one space. */
export function foldWords(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function vocabulary(): Map<string, string> {
  const map = new Map<string, string>(Object.entries(EXTRA));
  for (const c of countries) {
    if (CAUSES.has(c.cca2)) continue;
    const forms = [
      c.name.common,
      c.demonyms?.['eng']?.m,
      c.demonyms?.['eng']?.f,
      ...c.altSpellings.filter((a) => a !== c.cca2 && /^[\p{L} .'-]+$/u.test(a)),
    ];
    for (const form of forms) if (form) map.set(foldWords(form), c.cca2);
  }
  return map;
}

let vocab: Map<string, string> | null = null;
/** Phrase → code, built at first use. */
function places(): Map<string, string> {
  vocab ??= vocabulary();
  return vocab;
}

/** A country found in a name, the words that name it, and how it was found. */
export interface NamedCountry {
  code: string;
  words: string;
  how: 'brackets' | 'locative' | 'named';
}

/** Words of a name, keeping "U.K." whole: `words('Uyghur U.K. Association')` → 3 words. */
function words(s: string): string[] {
  return foldWords(s)
    .split(/[^\p{L}\p{N}.'-]+/u)
    .map((w) => w.replace(/^[.'-]+|[-']+$/g, '').replace(/(?<!\..)\.$/, ''))
    .filter((w) => w !== '');
}

/** The longest run of words (up to 4) that names a country, first from the left. */
function findIn(text: string): { code: string; words: string } | null {
  const list = words(text);
  const known = places();
  for (let i = 0; i < list.length; i += 1) {
    for (let n = Math.min(4, list.length - i); n >= 1; n -= 1) {
      const phrase = list.slice(i, i + n).join(' ');
      const code = known.get(phrase);
      if (code) return { code, words: phrase };
    }
  }
  return null;
}

/**
 * `countryInName('Free Tibet Circle of Ireland')` → `{ code: 'IE', words: 'ireland', how: 'locative' }`;
 * brackets at the end first, then "in/of X" at the end, then a country or demonym anywhere.
 */
export function countryInName(name: string): NamedCountry | null {
  const bracket = /\(([^()]+)\)\s*$/.exec(name);
  if (bracket) {
    const found = findIn(bracket[1]!);
    if (found && words(bracket[1]!).join(' ') === found.words) return { ...found, how: 'brackets' };
  }
  const locative = /\b(?:in|of)\s+([^()]+)$/i.exec(name);
  if (locative) {
    // "Uyghur Association of Victoria, Australia": the last part after a comma counts too.
    for (const part of [locative[1]!, locative[1]!.split(',').at(-1)!]) {
      const found = findIn(part);
      if (found && words(part).join(' ') === found.words) return { ...found, how: 'locative' };
    }
  }
  const found = findIn(name);
  return found ? { ...found, how: 'named' } : null;
}
