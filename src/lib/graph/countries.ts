/**
 * English country names from ISO 3166-1 alpha-2 codes, via the platform's own ICU data (no
 * package: `Intl.DisplayNames` ships with every browser and Node build this app targets).
 */

const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** `countryName('DE')` → "Germany"; an unknown or malformed code comes back as given. */
export function countryName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    // DisplayNames throws a RangeError on a code that is not well-formed ("D", "12345").
    return code;
  }
}
