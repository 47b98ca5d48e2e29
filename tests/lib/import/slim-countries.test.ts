import countries from 'world-countries';
import { describe, expect, it } from 'vitest';
import { slimCountries } from '../../../vite.config.ts';

/** The page's world-countries, as the build plugin writes it. */
async function slim(): Promise<{ code: string; list: typeof countries }> {
  const plugin = slimCountries();
  const load = plugin.load as (id: string) => Promise<{ code: string }>;
  const { code } = await load('\0world-countries-slim');
  return { code, list: JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) };
}

// Every field src/ reads of a country (pipeline/countries.ts, pipeline/similar.ts,
// import/name-countries.ts): the page must see the same values as `npm run data`.
const FIELDS: ((c: (typeof countries)[number]) => unknown)[] = [
  (c) => c.cca2,
  (c) => c.region,
  (c) => c.subregion,
  (c) => c.name.common,
  (c) => c.demonyms?.['eng']?.m,
  (c) => c.demonyms?.['eng']?.f,
  (c) => c.altSpellings,
];

describe('the page’s slim world-countries', () => {
  it('keeps every field the code reads, for every country, in the same order', async () => {
    const { list } = await slim();
    expect(list.length).toBe(countries.length);
    for (const read of FIELDS) expect(list.map(read)).toEqual(countries.map(read));
  });

  it('is a small part of the package (its flags, borders and translations are left out)', async () => {
    const { code } = await slim();
    expect(code.length).toBeLessThan(60_000);
  });
});
