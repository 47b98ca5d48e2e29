import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetLoadError, loadDataset } from '../../../src/lib/dataset/load.ts';
import { DatasetError } from '../../../src/lib/dataset/parse.ts';

/** data/examples/minimal.json: the documented minimal valid file. */
const minimalText = readFileSync(
  new URL('../../../data/examples/minimal.json', import.meta.url),
  'utf8',
);
const URL_ = 'https://data.example.org/minimal.json';

afterEach(() => vi.unstubAllGlobals());

function answer(response: Response | Error) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => (response instanceof Error ? Promise.reject(response) : Promise.resolve(response))),
  );
}

describe('loadDataset', () => {
  it('returns the checked dataset', async () => {
    answer(new Response(minimalText));
    expect((await loadDataset(URL_, { published: true })).edition).toBe('2022-05-01');
  });

  const failures = [
    {
      name: 'published, network or CORS failure',
      response: new TypeError('Failed to fetch'),
      published: true,
      expected: `Could not fetch the dataset at ${URL_}: the request failed (Failed to fetch). The address may be wrong, the server may be down, or it may not let other sites read the file (it must send an Access-Control-Allow-Origin header).`,
    },
    {
      name: 'published, 404',
      response: new Response('no', { status: 404, statusText: 'Not Found' }),
      published: true,
      expected: `Could not fetch the dataset at ${URL_}: HTTP 404 Not Found. Check the address, or ask whoever published the file.`,
    },
    {
      name: 'built-in, 404: rebuild',
      response: new Response('no', { status: 404 }),
      published: false,
      expected: `Could not load the dataset from ${URL_}: HTTP 404. Run \`npm run data\` to build it, then \`npm run build\`.`,
    },
    {
      name: 'built-in, offline',
      response: new TypeError('Failed to fetch'),
      published: false,
      expected: `Could not load the dataset from ${URL_}: Failed to fetch. Check your connection and reload.`,
    },
  ];

  it.each(failures)('$name', async ({ response, published, expected }) => {
    answer(response);
    const error = await loadDataset(URL_, { published }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as Error).message).toBe(expected);
  });

  it('says so when the download stops before the end', async () => {
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(new TypeError('network error'));
        sent = true;
        controller.enqueue(new TextEncoder().encode(minimalText.slice(0, 100)));
      },
    });
    answer(new Response(body));
    const error = await loadDataset(URL_, { published: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as Error).message).toBe(
      `Could not fetch the dataset at ${URL_}: the download stopped before the end (network error). Reload to try again.`,
    );
  });

  it('keeps validation failures as DatasetErrors with their issues', async () => {
    answer(new Response('{"version": 2}'));
    const error = await loadDataset(URL_, { published: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).issues.map((i) => i.path)).toContain('version');
  });
});
