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

describe('a file that passes unchanged is the object it came as', () => {
  // What was derived from the parsed file before its check (a large file's first picture:
  // its index, seeds and fingerprint, memoised by object) is then the app's.
  it('the very object, when every entry and the top level are as valibot writes them', () => {
    const raw = minimal();
    expect(parseDataset(raw)).toBe(raw);
    // Positions too: valibot's copy of them would be equal.
    const placed = minimal();
    placed.positions = Object.fromEntries(placed.nodes.map((n, i) => [n.id, [i, 2 * i]]));
    expect(parseDataset(placed)).toBe(placed);
    expect(parseDataset(placed)).toEqual(safeParse(DatasetSchema, placed).output);
  });

  const copied: { name: string; edit: (d: Raw) => void }[] = [
    { name: 'an unknown top-level key', edit: (d) => void (d.extra = 1) },
    { name: 'its top-level keys in another order', edit: (d) => void reorder(d) },
    { name: 'an entry with an unknown key', edit: (d) => void (d.nodes[2]!.extra = 'x') },
  ];
  it.each(copied)('an equal copy when it has $name', ({ edit }) => {
    const raw = minimal();
    edit(raw);
    const dataset = parseDataset(raw);
    expect(dataset).not.toBe(raw);
    expect(dataset).toEqual(safeParse(DatasetSchema, raw).output);
  });

  it('the sliced check too, from the text or the object', async () => {
    const raw = minimal();
    expect(await parseDatasetSliced(raw)).toBe(raw);
    let seen: unknown = null;
    const dataset = await parseDatasetTextSliced(text, (parsed) => {
      seen = parsed;
      return Promise.resolve();
    });
    expect(dataset).toBe(seen);
  });

  it('sees the JSON before the check, and a failure there changes nothing', async () => {
    const order: string[] = [];
    const dataset = await parseDatasetTextSliced(text, () => {
      order.push('parsed');
      return Promise.reject(new Error('the picture failed'));
    });
    order.push('checked');
    expect(order).toEqual(['parsed', 'checked']);
    expect(dataset.nodes.length).toBe(minimal().nodes.length);
  });
});

/** The same keys, the first moved last. */
function reorder(d: Raw): void {
  const [first] = Object.keys(d);
  const value = d[first!];
  delete d[first!];
  d[first!] = value;
}
