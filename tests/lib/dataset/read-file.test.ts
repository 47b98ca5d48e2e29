import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  openedNotice,
  readDatasetFile,
  readDatasetText,
} from '../../../src/lib/dataset/read-file.ts';
import type { Dataset } from '../../../src/lib/types.ts';

/** data/examples/minimal.json: 1 document, 3 nodes, 2 links. */
const minimalText = readFileSync(
  new URL('../../../data/examples/minimal.json', import.meta.url),
  'utf8',
);

const file = (name: string, text: string, size = text.length) => ({
  name,
  size,
  text: () => Promise.resolve(text),
});

/** The minimal example with a wrong kind on a node and a link to a node that does not exist. */
function broken(): string {
  const d = JSON.parse(minimalText) as Dataset;
  (d.nodes[2] as { kind: string }).kind = 'agency';
  d.links[1]!.target = 'ghost';
  return JSON.stringify(d);
}

describe('readDatasetFile', () => {
  it('accepts a valid file and says what it opened', async () => {
    const result = await readDatasetFile(file('minimal.json', minimalText));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.nodes).toHaveLength(3);
    expect(result.notice).toBe('Opened minimal.json: 3 actors, 2 links, 1 document');
  });

  it('lists every problem of a file that does not fit, by field, entry and reason', async () => {
    const result = await readDatasetFile(file('broken.json', broken()));
    expect(result).toMatchObject({
      ok: false,
      name: 'broken.json',
      message: 'broken.json does not fit the Coalition Atlas dataset format: 3 problems.',
    });
    if (result.ok) return;
    expect(result.issues.map((i) => [i.field, i.entry])).toEqual([
      ['nodes[2].kind', 'high-commissioner'],
      ['links[1].id', 'example-uyghur-association-in-finland--signed--example-letter'],
      ['links[1].target', 'example-uyghur-association-in-finland--signed--example-letter'],
    ]);
    expect(result.issues[2]!.reason).toBe('target "ghost" is not a node id');
  });

  it('says when the file is not JSON, with the parser message', async () => {
    const result = await readDatasetFile(file('notes.json', '{"version": 1,'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe('notes.json is not a JSON file.');
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.reason).toMatch(/^not valid JSON \(.+\)/);
  });

  it('refuses a file too large to be a dataset without reading it', async () => {
    let read = false;
    const huge = {
      name: 'huge.json',
      size: MAX_FILE_BYTES + 1,
      text: () => ((read = true), Promise.resolve('')),
    };
    const result = await readDatasetFile(huge);
    expect(result).toEqual({
      ok: false,
      name: 'huge.json',
      message: 'huge.json is 50 MB; a dataset file should be under 50 MB.',
      issues: [],
    });
    expect(read).toBe(false);
  });

  it('reports a file that cannot be read', async () => {
    const gone = { name: 'gone.json', size: 10, text: () => Promise.reject(new Error('NotFound')) };
    expect(await readDatasetFile(gone)).toMatchObject({
      ok: false,
      message: 'gone.json could not be read (NotFound). Try again.',
    });
  });
});

describe('readDatasetText and openedNotice', () => {
  it.each([
    { name: 'counts in the singular', counts: [1, 1, 1], expected: '1 actor, 1 link, 1 document' },
    { name: 'counts in the plural', counts: [2, 0, 3], expected: '2 actors, 0 links, 3 documents' },
  ])('$name', ({ counts: [n, l, d], expected }) => {
    const ds = { nodes: Array(n), links: Array(l), documents: Array(d) } as unknown as Dataset;
    expect(openedNotice('a.json', ds)).toBe(`Opened a.json: ${expected}`);
  });

  it('refuses JSON that is not an object, naming the top level', () => {
    const result = readDatasetText('null', 'null.json');
    expect(result).toMatchObject({
      ok: false,
      message: 'null.json does not fit the Coalition Atlas dataset format: 1 problem.',
      issues: [{ field: '(top level)', entry: null, reason: 'expected Object, got null' }],
    });
  });
});
