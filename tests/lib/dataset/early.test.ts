import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchEarly, takeEarly } from '../../../src/lib/dataset/early.ts';
import { DatasetLoadError, loadDataset } from '../../../src/lib/dataset/load.ts';

const minimalText = readFileSync(
  new URL('../../../data/examples/minimal.json', import.meta.url),
  'utf8',
);
const PAGE = 'https://atlas.example.org/app/';

afterEach(() => vi.unstubAllGlobals());

describe('fetchEarly / takeEarly', () => {
  const cases = [
    { search: '?data=https://ex.org/a.json', fetched: 'https://ex.org/a.json' },
    { search: '?data=d/b.json&node=x', fetched: 'https://atlas.example.org/app/d/b.json' },
    { search: '', fetched: null },
    { search: '?data=', fetched: null },
    { search: '?data=javascript:alert(1)', fetched: null },
    { search: '?node=x', fetched: null },
  ];
  it.each(cases)('$search → $fetched', ({ search, fetched }) => {
    const fetch = vi.fn((_url: string) => Promise.resolve(new Response('{}')));
    vi.stubGlobal('fetch', fetch);
    const scope = {};
    // True when the page opens that file, and so needs none of the built-in dataset's.
    expect(fetchEarly(search, PAGE, scope)).toBe(fetched !== null);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(fetched ? [fetched] : []);
    if (fetched) {
      expect(takeEarly('https://ex.org/other.json', scope)).toBeNull();
      expect(takeEarly(fetched, scope)).toBeInstanceOf(Promise);
      // Once: a second load (another file opened) fetches for itself.
      expect(takeEarly(fetched, scope)).toBeNull();
    }
  });
});

describe('loadDataset with an early request', () => {
  it('uses the early response for its address, and fetches nothing more', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(minimalText)));
    vi.stubGlobal('fetch', fetch);
    fetchEarly('?data=https://ex.org/m.json', PAGE);
    const ds = await loadDataset('https://ex.org/m.json', { published: true });
    expect(ds.edition).toBe('2022-05-01');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reports an early request that failed in the same words as its own', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    fetchEarly('?data=https://ex.org/m.json', PAGE);
    const error = await loadDataset('https://ex.org/m.json', { published: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as Error).message).toBe(
      'Could not fetch the dataset at https://ex.org/m.json: the request failed (Failed to fetch). The address may be wrong, the server may be down, or it may not let other sites read the file (it must send an Access-Control-Allow-Origin header).',
    );
  });
});
