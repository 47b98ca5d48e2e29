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
  it.each(cases)('$search → $fetched', async ({ search, fetched }) => {
    const fetch = vi.fn((_url: string) => Promise.resolve(new Response('{}')));
    vi.stubGlobal('fetch', fetch);
    const scope = {};
    // True when the page opens that file, and so needs none of the built-in dataset's.
    expect(fetchEarly(search, PAGE, scope)).toBe(fetched !== null);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(fetched ? [fetched] : []);
    if (fetched) {
      expect(takeEarly('https://ex.org/other.json', scope)).toBeNull();
      const early = takeEarly(fetched, scope)!;
      expect(early.url).toBe(fetched);
      expect(await early.response).toBeInstanceOf(Response);
      // The body read as it came down, before anyone asked.
      expect(await early.text).toBe('{}');
      // Once: a second load (another file opened) fetches for itself.
      expect(takeEarly(fetched, scope)).toBeNull();
    }
  });
});

/** Opens ?data=https://ex.org/m.json with `fetch` answering so, early; the error it throws. */
async function earlyLoadError(answer: () => Promise<Response>): Promise<unknown> {
  vi.stubGlobal('fetch', vi.fn(answer));
  fetchEarly('?data=https://ex.org/m.json', PAGE);
  return loadDataset('https://ex.org/m.json', { published: true }).catch((e: unknown) => e);
}

describe('loadDataset with an early request', () => {
  it('uses the early response for its address, and fetches nothing more', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(minimalText)));
    vi.stubGlobal('fetch', fetch);
    fetchEarly('?data=https://ex.org/m.json', PAGE);
    const ds = await loadDataset('https://ex.org/m.json', { published: true });
    expect(ds.edition).toBe('2022-05-01');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reads nothing of an error response: the status is reported, as for its own request', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(new Response('Not here', { status: 404, statusText: 'Not Found' })),
      ),
    );
    const scope = {};
    fetchEarly('?data=https://ex.org/m.json', PAGE, scope);
    expect(await takeEarly('https://ex.org/m.json', scope)!.text).toBeNull();
    const error = await earlyLoadError(() =>
      Promise.resolve(new Response('Not here', { status: 404, statusText: 'Not Found' })),
    );
    expect((error as Error).message).toBe(
      'Could not fetch the dataset at https://ex.org/m.json: HTTP 404 Not Found. Check the address, or ask whoever published the file.',
    );
  });

  it('a download that stops halfway, read early, is reported as one', async () => {
    const half = new TextEncoder().encode(minimalText.slice(0, 200));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(half);
        controller.error(new TypeError('network error'));
      },
    });
    const error = await earlyLoadError(() => Promise.resolve(new Response(body)));
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as Error).message).toBe(
      'Could not fetch the dataset at https://ex.org/m.json: the download stopped before the end (network error). Reload to try again.',
    );
  });

  it('reports an early request that failed in the same words as its own', async () => {
    const error = await earlyLoadError(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as Error).message).toBe(
      'Could not fetch the dataset at https://ex.org/m.json: the request failed (Failed to fetch). The address may be wrong, the server may be down, or it may not let other sites read the file (it must send an Access-Control-Allow-Origin header).',
    );
  });
});
