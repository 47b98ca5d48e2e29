/**
 * The entry-by-entry shape check against one valibot parse of the whole file (what the gate did
 * before it was sliced): the same issues, in the same order, on the same paths, for files
 * broken in one place or several (data/examples/minimal.json, edited).
 */
import { readFileSync } from 'node:fs';
import { safeParse } from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  DatasetError,
  parseDataset,
  parseDatasetSliced,
  parseDatasetTextSliced,
} from '../../../src/lib/dataset/parse.ts';
import { DatasetSchema } from '../../../src/lib/dataset/schema.ts';
import { shapeSteps } from '../../../src/lib/dataset/shape.ts';
import { runSync } from '../../../src/lib/schedule/slices.ts';

const text = readFileSync(new URL('../../../data/examples/minimal.json', import.meta.url), 'utf8');
type Raw = Record<string, unknown> & {
  nodes: Record<string, unknown>[];
  links: Record<string, unknown>[];
};
const minimal = () => JSON.parse(text) as Raw;

const cases: { name: string; edit: (d: Raw) => unknown }[] = [
  { name: 'sound', edit: (d) => d },
  { name: 'not an object', edit: () => 42 },
  { name: 'nodes not a list', edit: (d) => ({ ...d, nodes: 'x' }) },
  {
    name: 'a wrong version, a node, a link and the positions',
    edit: (d) => {
      d.version = 3;
      d.nodes[1]!.kind = 'agency';
      delete d.links[0]!.relation;
      d.positions = { a: [1, 'b'] };
      d.nodes[2]!.extra = 'dropped';
      return d;
    },
  },
  {
    name: 'links not a list, a node without citations',
    edit: (d) => {
      d.nodes[0]!.citations = [];
      return { ...d, links: null };
    },
  },
];

describe('shapeSteps', () => {
  it.each(cases)('gives what one parse of the whole gives: $name', ({ edit }) => {
    const raw = edit(minimal());
    const whole = safeParse(DatasetSchema, raw);
    const sliced = runSync(shapeSteps(raw));
    const paths = (issues: { path?: { key: unknown }[] }[]) =>
      issues.map((i) => (i.path ?? []).map((p) => String(p.key)).join('.'));
    expect(sliced.issues.map((p) => [p.prefix, p.issue.message])).toEqual(
      (whole.issues ?? []).map((i) => [
        /^(documents|nodes|links)\.\d+/.exec(paths([i])[0]!)?.[0].replace(/\.(\d+)/, '[$1]') ?? '',
        i.message,
      ]),
    );
    expect(sliced.output).toEqual(whole.output);
  });
});

describe('parseDatasetSliced', () => {
  it('accepts what parseDataset accepts', async () => {
    const raw = minimal();
    expect(await parseDatasetSliced(raw)).toEqual(parseDataset(raw));
    expect(await parseDatasetTextSliced(text)).toEqual(parseDataset(raw));
  });

  it('refuses with the same issues as parseDataset', async () => {
    const raw = cases[3]!.edit(minimal());
    let sync: DatasetError | null = null;
    try {
      parseDataset(raw);
    } catch (e) {
      sync = e as DatasetError;
    }
    expect(sync?.issues.map((i) => i.path)).toEqual([
      'version',
      'nodes[1].kind',
      'links[0].relation',
      'positions.a[1]',
    ]);
    await expect(parseDatasetSliced(raw)).rejects.toThrow(sync!.message);
  });
});
