/**
 * data/examples/minimal.json is the documented minimal file: the app accepts it, and the copy
 * printed in data/README.md is the same file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/lib/dataset/parse.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('data/examples/minimal.json', () => {
  const text = read('data/examples/minimal.json');

  it('is accepted by parseDataset', () => {
    const data = parseDatasetText(text);
    expect([data.documents.length, data.nodes.length, data.links.length]).toEqual([1, 3, 2]);
  });

  it('is the example printed in data/README.md', () => {
    const readme = read('data/README.md');
    const block = /## A minimal valid file[\s\S]*?```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    expect(JSON.parse(block ?? 'null')).toEqual(JSON.parse(text));
  });
});
