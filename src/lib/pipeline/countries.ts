/**
 * Country code → region and subregion, from the maintained `world-countries` dataset
 * (build time only: the app reads the derived strings from the JSON).
 */
import countries from 'world-countries';

/** Where a country sits in the world-countries (UN M49-like) scheme. */
export interface Place {
  region: string | null;
  subregion: string | null;
}

const PLACES = new Map<string, Place>(
  countries.map((c) => [c.cca2, { region: c.region || null, subregion: c.subregion || null }]),
);

/** `placeOf('DE')` → `{ region: 'Europe', subregion: 'Western Europe' }`; unknown code → null. */
export function placeOf(code: string): Place | null {
  return PLACES.get(code) ?? null;
}
