/**
 * Names for synthetic actors: made from word lists, plainly invented (no real organisation,
 * person or place), unique within a dataset, and varied enough that search has something to
 * tell apart. Places are fictional; countries are real codes only so that the country filter
 * and the region facet have values to count.
 */
import { pick } from './random.ts';

const PLACES = [
  'Northvale',
  'Eastmere',
  'Westholm',
  'Southport',
  'Redfield',
  'Lakeside',
  'Stonebridge',
  'Ashford',
  'Brightwater',
  'Cedarwood',
  'Dunmore',
  'Elmstead',
  'Fairhaven',
  'Glenrock',
  'Highmoor',
  'Ironbay',
  'Juniper',
  'Kingsreach',
  'Larkhill',
  'Millbrook',
  'Newhaven',
  'Oakridge',
  'Pinecrest',
  'Queensbury',
  'Riverton',
  'Silverdale',
  'Thornbury',
  'Upton',
  'Valemont',
  'Willowby',
];
const WORDS = [
  'Free',
  'Open',
  'United',
  'Civic',
  'Human',
  'Justice',
  'Liberty',
  'Dignity',
  'Voices',
  'Hope',
  'Bridge',
  'Horizon',
  'Common',
  'Solidarity',
  'Truth',
  'Rights',
  'Peace',
  'Unity',
  'Witness',
  'Memory',
  'Harbour',
  'Lantern',
  'Compass',
  'Future',
  'Heritage',
];
const TYPES = [
  'Association',
  'Alliance',
  'Network',
  'Foundation',
  'Council',
  'Initiative',
  'Centre',
  'Forum',
  'Institute',
  'Committee',
  'Society',
  'Union',
];
const GIVEN = [
  'Alex',
  'Sam',
  'Robin',
  'Jordan',
  'Casey',
  'Morgan',
  'Taylor',
  'Jamie',
  'Avery',
  'Riley',
  'Quinn',
  'Rowan',
  'Sasha',
  'Noor',
  'Kai',
  'Mika',
  'Ari',
  'Lena',
  'Tomas',
  'Ines',
];
const FAMILY = [
  'Arden',
  'Blake',
  'Carver',
  'Dale',
  'Ellis',
  'Frost',
  'Grey',
  'Hale',
  'Irwin',
  'Keane',
  'Lowell',
  'Marsh',
  'Nash',
  'Orr',
  'Pryce',
  'Reed',
  'Sloane',
  'Tate',
  'Vance',
  'Wren',
];
const TOPICS = [
  'Forced Labour',
  'Detention',
  'Freedom of Religion',
  'Press Freedom',
  'Cultural Rights',
  'Transnational Repression',
  'Supply Chains',
  'Accountability',
];

/** Hands out names, never the same one twice (a number is added on a clash). */
export class NameMaker {
  readonly #used = new Set<string>();
  constructor(private readonly random: () => number) {}

  #unique(base: string): string {
    let name = base;
    for (let i = 2; this.#used.has(name); i++) name = `${base} ${i}`;
    this.#used.add(name);
    return name;
  }

  /** "Riverton Free Voices Network". */
  organisation(): string {
    const r = this.random;
    const first = pick(r, WORDS);
    let second = pick(r, WORDS);
    while (second === first) second = pick(r, WORDS);
    return this.#unique(`${pick(r, PLACES)} ${first} ${second} ${pick(r, TYPES)}`);
  }

  /** "Robin K. Marsh". */
  person(): string {
    const r = this.random;
    const initial = String.fromCharCode(65 + Math.floor(r() * 26));
    return this.#unique(`${pick(r, GIVEN)} ${initial}. ${pick(r, FAMILY)}`);
  }

  /** "Joint Letter 3 on Forced Labour". */
  coalition(i: number): string {
    return this.#unique(`Joint Letter ${i + 1} on ${pick(this.random, TOPICS)}`);
  }

  /** "Government of Valemont", "Valemont Council of States", "The Ashford Courier"… */
  institution(kind: 'government' | 'intergovernmental' | 'media' | 'report', i: number): string {
    const place = PLACES[i % PLACES.length]!;
    const round = i < PLACES.length ? '' : ` ${Math.floor(i / PLACES.length) + 1}`;
    const base = {
      government: `Government of ${place}${round}`,
      intergovernmental: `${place} Council of States${round}`,
      media: `The ${place} Courier${round}`,
      report: `Report ${i + 1} on ${pick(this.random, TOPICS)}`,
    }[kind];
    return this.#unique(base);
  }
}

/** Initials of the capitalised words: "Riverton Free Voices Network" → "RFVN". */
export function acronym(name: string): string {
  return name
    .split(' ')
    .filter((w) => /^[A-Z][a-z]/.test(w))
    .map((w) => w[0])
    .join('');
}

/** Real codes with their region, so the country and region facets have something to count. */
export const COUNTRIES: readonly { code: string; region: string; subregion: string }[] = [
  { code: 'DE', region: 'Europe', subregion: 'Western Europe' },
  { code: 'GB', region: 'Europe', subregion: 'Northern Europe' },
  { code: 'FR', region: 'Europe', subregion: 'Western Europe' },
  { code: 'US', region: 'Americas', subregion: 'North America' },
  { code: 'CA', region: 'Americas', subregion: 'North America' },
  { code: 'JP', region: 'Asia', subregion: 'Eastern Asia' },
  { code: 'AU', region: 'Oceania', subregion: 'Australia and New Zealand' },
  { code: 'TR', region: 'Asia', subregion: 'Western Asia' },
  { code: 'KZ', region: 'Asia', subregion: 'Central Asia' },
  { code: 'NL', region: 'Europe', subregion: 'Western Europe' },
];
