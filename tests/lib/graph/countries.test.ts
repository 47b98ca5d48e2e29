import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryName, knownCountryName } from '../../../src/lib/graph/countries.ts';
import { COUNTRY_NAMES } from '../../../src/lib/graph/country-names.ts';

/** Where Chromium's ICU (which the table follows) names a region differently from Node's. */
const CHROMIUM_NAMES: Record<string, string> = {
  FK: 'Falkland Islands (Islas Malvinas)',
  HK: 'Hong Kong',
  MO: 'Macao',
  PS: 'Palestine',
};

describe('the country-name table', () => {
  const icu = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes = [...letters].flatMap((a) => [...letters].map((b) => a + b));

  it('names every two-letter code ICU names (but ZZ), as ICU does', () => {
    const expected = Object.fromEntries(
      codes
        .filter((c) => c !== 'ZZ' && icu.of(c) !== undefined)
        .map((c) => [c, CHROMIUM_NAMES[c] ?? icu.of(c)]),
    );
    expect(COUNTRY_NAMES).toEqual(expected);
  });

  it('covers every country in data/coalition.json', () => {
    const ds = JSON.parse(readFileSync('data/coalition.json', 'utf8')) as {
      nodes: { country: string | null }[];
    };
    const missing = ds.nodes.flatMap((n) =>
      n.country !== null && !Object.hasOwn(COUNTRY_NAMES, n.country) ? [n.country] : [],
    );
    expect(missing).toEqual([]);
  });
});

describe('countryName', () => {
  const cases = [
    { code: 'DE', name: 'Germany' },
    { code: 'de', name: 'Germany' },
    { code: 'HK', name: 'Hong Kong' },
    // Not in the table: a UN M49 area code, named by the platform after all.
    { code: '419', name: 'Latin America' },
    // No one names these: the code comes back as given.
    { code: 'ZZ', name: 'ZZ' },
    { code: 'QQ', name: 'QQ' },
    { code: 'D', name: 'D' },
    { code: 'toString', name: 'toString' },
  ];
  for (const { code, name } of cases) {
    it(`${code} → "${name}"`, () => expect(countryName(code)).toBe(name));
  }

  it('knownCountryName says null where countryName echoes the code', () => {
    expect(knownCountryName('QQ')).toBeNull();
    expect(knownCountryName('12345')).toBeNull();
    expect(knownCountryName('FI')).toBe('Finland');
  });
});
