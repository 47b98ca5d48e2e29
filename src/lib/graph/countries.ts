/**
 * English country names from ISO 3166-1 alpha-2 codes: from a table (country-names.ts) of what
 * the platform's ICU says, so the first frame does not pay for loading ICU; a code the table
 * lacks (a 3-digit UN M49 area, a code assigned later) asks `Intl.DisplayNames` after all.
 */
import { COUNTRY_NAMES } from './country-names.ts';

let platform: Intl.DisplayNames | undefined;

/** `knownCountryName('DE')` → "Germany"; null for a code no one names ("ZZ", "QQ", "D"). */
export function knownCountryName(code: string): string | null {
  const upper = code.toUpperCase();
  if (Object.hasOwn(COUNTRY_NAMES, upper)) return COUNTRY_NAMES[upper]!;
  if (upper === 'ZZ') return null; // CLDR's "Unknown Region"
  try {
    platform ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    return platform.of(code) ?? null;
  } catch {
    // DisplayNames throws a RangeError on a code that is not well-formed ("D", "12345").
    return null;
  }
}

/** `countryName('DE')` → "Germany"; an unknown or malformed code comes back as given. */
export function countryName(code: string): string {
  return knownCountryName(code) ?? code;
}
