/**
 * The hand-made pipeline fixture (tests/fixtures/pipeline/README.md) as a BuildInput, fresh on
 * every call so a test can break one thing without touching the others.
 */
import { readFileSync } from 'node:fs';
import type { BuildFiles, BuildInput } from '../../../src/lib/pipeline/build.ts';

const dir = new URL('../../fixtures/pipeline/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

/** The names the fixture's messages use. */
export const FIXTURE_FILES: BuildFiles = {
  sources: 'fixtures/sources.json',
  sourcesDir: 'fixtures',
  signatories: 'fixtures/signatories.json',
  actors: 'fixtures/actors.json',
  about: 'fixtures/dataset.json',
};

/** Raw texts of the two fixture documents. */
export const letterText = read('letter.txt');
export const newsText = read('news.txt');

/** A fresh fixture input; `letter` points at the fixture's letter and coalition node. */
export function fixtureInput(): BuildInput & {
  sources: Record<string, unknown>[];
  signatories: Record<string, Record<string, unknown>>;
  actors: {
    nodes: Record<string, unknown>[];
    signatories: Record<string, Record<string, unknown>>;
    links: Record<string, unknown>[];
  };
} {
  return {
    sources: JSON.parse(read('sources.json')) as Record<string, unknown>[],
    texts: new Map([
      ['letter.txt', letterText],
      ['news.txt', newsText],
    ]),
    signatories: JSON.parse(read('signatories.json')) as Record<string, Record<string, unknown>>,
    actors: JSON.parse(read('actors.json')) as {
      nodes: Record<string, unknown>[];
      signatories: Record<string, Record<string, unknown>>;
      links: Record<string, unknown>[];
    },
    files: FIXTURE_FILES,
    letter: { doc: 'letter', node: 'letter-2022' },
  };
}
