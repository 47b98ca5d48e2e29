/**
 * What a large published file's first picture draws before the file is checked: the file
 * itself when it is plainly a graph, and the positions the app's first picture then uses (the
 * layout client's, tests/lib/layout/client.test.ts), or nothing when those are not known yet.
 */
import { describe, expect, it } from 'vitest';
import { drawableDataset, firstPositions } from '../../../src/lib/render/preview.ts';
import { CANVAS_THRESHOLD } from '../../../src/lib/render/lod.ts';
import { layoutInWorker } from '../../../src/lib/layout/client.ts';
import { layoutKey } from '../../../src/lib/graph/layout-cache.ts';
import { centredSeeds, seedPositionsOf, seedsOf } from '../../../src/lib/graph/seeds.ts';
import { indexGraph } from '../../../src/lib/graph/graph-index.ts';
import { generateDataset } from '../../../src/lib/synthetic/generate.ts';
import type { KeyStorage } from '../../../src/lib/layout/stored-keys.ts';

type Raw = Record<string, unknown> & {
  nodes: Record<string, unknown>[];
  links: Record<string, unknown>[];
};

/** A file as parsed from its text: a fresh object each time. */
const parsedFile = (nodes: number, seed = 1) =>
  JSON.parse(JSON.stringify(generateDataset({ nodes, seed }))) as Raw;

const LISTED = 'coalition-atlas:stored-layouts';
const storage = (listed: string[] | null): KeyStorage => ({
  getItem: (k) => (k === LISTED && listed ? JSON.stringify(listed) : null),
  setItem: () => {},
});

describe('drawableDataset: the parsed file, when the picture can be drawn from it', () => {
  it('is the very object parsed, from CANVAS_THRESHOLD actors', () => {
    const raw = parsedFile(CANVAS_THRESHOLD);
    expect(drawableDataset(raw)).toBe(raw);
  });

  it('is nothing below that size (the SVG graph mounts sooner), or at a size asked for', () => {
    const raw = parsedFile(CANVAS_THRESHOLD - 1);
    expect(drawableDataset(raw)).toBeNull();
    expect(drawableDataset(raw, 10)).toBe(raw);
  });

  const broken: [string, (d: Raw) => unknown][] = [
    ['not an object', () => [1, 2]],
    ['no links list', (d) => ({ ...d, links: {} })],
    ['a node that is not an object', (d) => void (d.nodes[5] = null as never)],
    ['a node without an id', (d) => void delete d.nodes[7]!.id],
    ['two nodes with one id', (d) => void (d.nodes[9]!.id = d.nodes[8]!.id)],
    ['an unknown kind', (d) => void (d.nodes[3]!.kind = 'agency')],
    ['an unknown group', (d) => void (d.nodes[4]!.group = 'other')],
    ['a link to an unknown actor', (d) => void (d.links[2]!.target = 'nobody')],
    ['a link from an end that is not an id', (d) => void (d.links[4]!.source = 7 as never)],
    ['a link without an id', (d) => void delete d.links[6]!.id],
    ['a link without a relation', (d) => void (d.links[1]!.relation = 3)],
  ];
  it.each(broken)('is nothing for a file with %s', (_, edit) => {
    const raw = parsedFile(40);
    const edited = edit(raw) ?? raw;
    expect(drawableDataset(edited, 10)).toBeNull();
  });

  it('takes a link from an actor to itself (counted at both ends)', () => {
    const raw = parsedFile(40);
    raw.links[0]!.target = raw.links[0]!.source;
    expect(drawableDataset(raw, 10)).toBe(raw);
  });

  it('takes a group left out, or null, as the app does (no group)', () => {
    const raw = parsedFile(40);
    delete raw.nodes[0]!.group;
    raw.nodes[1]!.group = null;
    expect(drawableDataset(raw, 10)).toBe(raw);
  });
});

describe('firstPositions: where the app first draws the actors', () => {
  it('the seeds, exactly as the layout client draws them first, when nothing is stored', async () => {
    const raw = parsedFile(700, 3);
    const ds = drawableDataset(raw, 10)!;
    const positions = firstPositions(ds, storage([]))!;
    // A copy of the file, laid out by the page's layout client (no worker in Node: run here).
    const job = layoutInWorker(drawableDataset(parsedFile(700, 3), 10)!);
    const first = await job.first;
    job.cancel();
    expect(first.settled).toBe(false);
    expect(positions.size).toBe(700);
    for (const n of ds.nodes) expect(positions.get(n.id)).toEqual(first.positions.get(n.id));
  });

  it('the seeds when the layouts listed as stored are other datasets’', () => {
    const ds = drawableDataset(parsedFile(300), 10)!;
    const seeds = centredSeeds(ds, indexGraph(ds));
    const positions = firstPositions(ds, storage(['300:360:0123456789abcdef']))!;
    expect(positions.get(ds.nodes[0]!.id)).toEqual({ x: seeds[0], y: seeds[1] });
  });

  it('nothing when its layout may be stored: the first picture waits for the store', () => {
    const ds = drawableDataset(parsedFile(300), 10)!;
    expect(firstPositions(ds, storage([layoutKey(ds)]))).toBeNull();
    // No readable list (no localStorage): nothing is sure.
    expect(firstPositions(ds, null)).toBeNull();
  });

  it('the positions the file carries, stored or not', () => {
    const raw = parsedFile(50);
    raw.positions = Object.fromEntries(raw.nodes.map((n, i) => [n.id, [i, -i]]));
    const ds = drawableDataset(raw, 10)!;
    for (const listed of [[], [layoutKey(ds)], null]) {
      const positions = firstPositions(ds, storage(listed))!;
      expect(positions.get(ds.nodes[7]!.id)).toEqual({ x: 7, y: -7 });
    }
  });
});

describe('what the picture and the app share, once per dataset object', () => {
  it('seedsOf: the centred seeds, made once', () => {
    const ds = drawableDataset(parsedFile(200), 10)!;
    const seeds = seedsOf(ds);
    expect(seedsOf(ds)).toBe(seeds);
    expect([...seeds]).toEqual([...centredSeeds(ds, indexGraph(ds))]);
  });

  it('seedPositionsOf: those seeds by actor id, one Map for the picture and the layout client', () => {
    const ds = drawableDataset(parsedFile(200), 10)!;
    const positions = seedPositionsOf(ds);
    expect(seedPositionsOf(ds)).toBe(positions);
    expect(firstPositions(ds, storage([]))).toBe(positions);
    const seeds = seedsOf(ds);
    expect(positions.get(ds.nodes[9]!.id)).toEqual({ x: seeds[18], y: seeds[19] });
  });
});
