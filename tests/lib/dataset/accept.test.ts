import { readFileSync } from 'node:fs';
import { safeParse, type GenericSchema } from 'valibot';
import { describe, expect, it } from 'vitest';
import { ACCEPT } from '../../../src/lib/dataset/accept.ts';
import { DocumentSchema, LinkSchema, NodeSchema } from '../../../src/lib/dataset/schema.ts';
import { generateDataset } from '../../../src/lib/synthetic/generate.ts';
import { BASES, DOCUMENT_KINDS, GROUPS, NODE_KINDS, RELATIONS } from '../../../src/lib/types.ts';

const SCHEMAS: Record<keyof typeof ACCEPT, GenericSchema> = {
  documents: DocumentSchema,
  nodes: NodeSchema,
  links: LinkSchema,
};
const LISTS = Object.keys(SCHEMAS) as (keyof typeof ACCEPT)[];

const builtIn = JSON.parse(readFileSync('data/coalition.json', 'utf8')) as Record<
  string,
  unknown[]
>;
const synthetic = JSON.parse(JSON.stringify(generateDataset({ nodes: 400, seed: 7 }))) as Record<
  string,
  unknown[]
>;

/** What valibot makes of `entry`: valid, and written back with the same keys in the same order. */
function valibotKeeps(list: keyof typeof ACCEPT, entry: unknown): boolean {
  const r = safeParse(SCHEMAS[list], entry);
  return r.success && JSON.stringify(r.output) === JSON.stringify(entry);
}

const citation = { doc: 'd1', start: 0, end: 4, quote: 'text' };
/** Values put in place of each field: right for some fields, wrong for others. */
const PALETTE: unknown[] = [
  null,
  '',
  ' ',
  'x',
  'DE',
  'de',
  'DEU',
  '2022',
  '2022-03',
  '2022-03-08',
  '2022-3-8',
  '22-03-08',
  0,
  -1,
  1.5,
  7,
  true,
  false,
  [],
  ['x'],
  [1],
  {},
  citation,
  [citation],
  [citation, 'x'],
  [{ ...citation, start: -1 }],
  { basis: 'name' },
  { basis: 'document', citation },
  { basis: 'curated', note: 'a note' },
  { basis: 'curated', note: 3 },
  { basis: 'guess' },
  NODE_KINDS[1],
  GROUPS[2],
  RELATIONS[0],
  DOCUMENT_KINDS[1],
  BASES[2],
];

type Path = (string | number)[];

/** Every place a value can be changed: the entry's fields, and those of its first citation and provenances. */
function paths(entry: Record<string, unknown>): Path[] {
  const out: Path[] = [];
  for (const [key, value] of Object.entries(entry)) {
    out.push([key]);
    if (Array.isArray(value) && value[0] && typeof value[0] === 'object')
      for (const k of Object.keys(value[0] as object)) out.push([key, 0, k]);
    if (value && typeof value === 'object' && !Array.isArray(value))
      for (const [k, v] of Object.entries(value)) {
        out.push([key, k]);
        if (v && typeof v === 'object') for (const kk of Object.keys(v)) out.push([key, k, kk]);
      }
  }
  return out;
}

/** The object holding the end of `path` in `root`, and the last key. */
function at(root: unknown, path: Path): [Record<string | number, unknown>, string | number] {
  let holder = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) holder = holder[step] as Record<string | number, unknown>;
  return [holder, path[path.length - 1]!];
}

/** Broken and still-valid versions of `entry`: each field removed, replaced, moved; a key added. */
function* variants(entry: Record<string, unknown>): Generator<unknown> {
  for (const path of paths(entry)) {
    const removed = structuredClone(entry);
    const [h, k] = at(removed, path);
    delete h[k];
    yield removed;
    for (const value of PALETTE) {
      const changed = structuredClone(entry);
      const [hc, kc] = at(changed, path);
      hc[kc] = structuredClone(value);
      yield changed;
    }
    // The same keys in another order: the value moved to the end of its object.
    const moved = structuredClone(entry);
    const [hm, km] = at(moved, path);
    if (!Array.isArray(hm)) {
      const value = hm[km];
      delete hm[km];
      hm[km] = value;
      yield moved;
    }
  }
  yield { ...entry, extra: 1 };
  yield Object.assign(Object.create(null) as object, entry);
  yield [entry];
  yield null;
  yield 'an entry';
}

describe('the shape check’s fast path (accept.ts) agrees with valibot', () => {
  for (const [name, ds] of [
    ['the built-in dataset', builtIn],
    ['a synthetic dataset', synthetic],
  ] as const) {
    it(`accepts every entry of ${name}, each one valibot keeps as it is`, () => {
      for (const list of LISTS) {
        const entries = ds[list]!;
        expect(entries.length).toBeGreaterThan(0);
        for (const entry of entries) {
          expect(valibotKeeps(list, entry)).toBe(true);
          expect(ACCEPT[list](entry)).toBe(true);
        }
      }
    });
  }

  it('accepts a changed entry exactly when valibot finds no issue and keeps it as it is', () => {
    let accepted = 0;
    let refused = 0;
    for (const list of LISTS) {
      // Entries with and without the optional fields: a provenance with a citation, a dated link.
      const samples = [...builtIn[list]!.slice(0, 12), ...synthetic[list]!.slice(0, 6)];
      const withProvenance = builtIn.nodes!.find(
        (n) => (n as { groupProvenance?: { citation?: unknown } }).groupProvenance?.citation,
      );
      if (list === 'nodes' && withProvenance) samples.push(withProvenance);
      for (const entry of samples)
        for (const variant of variants(entry as Record<string, unknown>)) {
          const keeps = valibotKeeps(list, variant);
          if (ACCEPT[list](variant) !== keeps)
            throw new Error(
              `${list}: accept ≠ valibot (${String(keeps)}) on ${JSON.stringify(variant).slice(0, 300)}`,
            );
          if (keeps) accepted++;
          else refused++;
        }
    }
    // Both ways are exercised: removed optional fields and other valid values, and many wrong ones.
    expect(accepted).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(5000);
  });
});
