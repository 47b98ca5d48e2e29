/**
 * The search promises of the explorer issue, on the real dataset. Skips (with a warning) only
 * while data/coalition.json has not been built yet.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../src/lib/dataset/parse.ts';
import { createSearch } from '../../../src/lib/search/search.ts';

const file = new URL('../../../data/coalition.json', import.meta.url);
const present = existsSync(file);
if (!present)
  console.warn(
    'data/coalition.json does not exist yet: run `npm run data`. Skipping real-data search tests.',
  );

describe.skipIf(!present)('search on data/coalition.json', () => {
  const search = present ? createSearch(parseDatasetText(readFileSync(file, 'utf8'))) : () => [];
  const names = (q: string, n: number) => search(q, n).map((h) => h.name);

  it.each([
    { query: 'amnesty internatonal', name: 'Amnesty International' },
    {
      query: 'federation euro-mediterraneenne',
      name: 'Fédération Euro-méditerranéenne contre les disparitions Forcées',
    },
    { query: 'omct', name: 'World Organisation Against Torture (OMCT)' },
    { query: 'dolkun', name: 'Dolkun Isa' },
  ])('"$query" → first hit $name', ({ query, name }) => {
    expect(names(query, 1)).toEqual([name]);
  });

  it.each([
    { query: 'munich', name: 'World Uyghur Congress' },
    { query: 'japan', name: 'Japan Uyghur Association' },
  ])('"$query" → $name among the first 3', ({ query, name }) => {
    expect(names(query, 3)).toContain(name);
  });

  // One or two letters list names only, by the start of a word: no slips, no sentences.
  it('"u" finds nothing; "am" only the 7 actors with a name word starting "am"', () => {
    expect(search('u', 1000)).toEqual([]);
    expect(names('am', 1000).sort()).toEqual([
      'American Alliance for Automotive Corporate Social Responsibility',
      'American Muslim Bar Association',
      'Amnesty International',
      'Andrew Bremberg', // Ambassador Andrew Bremberg
      'United States', // United States of America
      'Uyghur American Association',
      'VOA', // Voice of America
    ]);
  });

  it('"un" lists the United Nations first and no sentence hits', () => {
    const hits = search('un', 1000);
    expect(hits[0]?.name).toBe('United Nations');
    expect(new Set(hits.map((h) => h.field))).toEqual(new Set(['name', 'alias']));
  });

  it.each(['zzzz', 'qxjv uyghur', 'uyghur qxjv'])('"%s" matches nothing', (query) => {
    expect(search(query)).toEqual([]);
  });
});
