/**
 * What a large published file's first picture draws before the file is checked: the file
 * itself when it is plainly a graph, and the positions the app's first picture then uses (the
 * layout client's, tests/lib/layout/client.test.ts), or nothing when those are not known yet.
 */
import { describe, expect, it } from 'vitest';
import { drawableDataset, firstPositions, pictureBase } from '../../../src/lib/render/preview.ts';
import {
  allShownInput,
  buildBase,
  sceneBounds,
  sceneNodesOf,
} from '../../../src/lib/render/scene.ts';
import type { Dataset } from '../../../src/lib/types.ts';
import { CANVAS_THRESHOLD } from '../../../src/lib/render/lod.ts';
import { layoutInWorker } from '../../../src/lib/layout/client.ts';
import { layoutKey } from '../../../src/lib/graph/layout-cache.ts';
import { centredSeeds, seedPositionsOf, seedsOf } from '../../../src/lib/graph/seeds.ts';
import { degreesOf, indexGraph } from '../../../src/lib/graph/graph-index.ts';
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
  it('is the very object parsed, from CANVAS_THRESHOLD actors, with its degrees and link ends by place', () => {
    const raw = parsedFile(CANVAS_THRESHOLD);
    const d = drawableDataset(raw)!;
    expect(d.ds).toBe(raw);
    const degree = degreesOf(d.ds);
    expect([...d.degree]).toEqual(raw.nodes.map((n) => degree.get(n.id as string)));
    const place = new Map(raw.nodes.map((n, i) => [n.id, i]));
    expect([...d.ends]).toEqual(
      raw.links.flatMap((l) => [place.get(l.source), place.get(l.target)]),
    );
  });

  it('is nothing below that size (the SVG graph mounts sooner), or at a size asked for', () => {
    const raw = parsedFile(CANVAS_THRESHOLD - 1);
    expect(drawableDataset(raw)).toBeNull();
    expect(drawableDataset(raw, 10)?.ds).toBe(raw);
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

  it('takes a link from an actor to itself (counted twice, as the app counts it)', () => {
    const raw = parsedFile(40);
    raw.links[0]!.target = raw.links[0]!.source;
    const d = drawableDataset(raw, 10)!;
    expect(d.ds).toBe(raw);
    const i = raw.nodes.findIndex((n) => n.id === raw.links[0]!.source);
    expect(d.degree[i]).toBe(degreesOf(d.ds).get(raw.links[0]!.source as string));
  });

  it('takes a group left out, or null, as the app does (no group)', () => {
    const raw = parsedFile(40);
    delete raw.nodes[0]!.group;
    raw.nodes[1]!.group = null;
    expect(drawableDataset(raw, 10)?.ds).toBe(raw);
  });
});

describe('firstPositions: where the app first draws the actors', () => {
  const at = (xy: Float64Array, i: number) => ({ x: xy[2 * i], y: xy[2 * i + 1] });

  it('the seeds, exactly as the layout client draws them first, when nothing is stored', async () => {
    const d = drawableDataset(parsedFile(700, 3), 10)!;
    const first = firstPositions(d, storage([]))!;
    // A copy of the file, laid out by the page's layout client (no worker in Node: run here).
    const job = layoutInWorker(drawableDataset(parsedFile(700, 3), 10)!.ds);
    const report = await job.first;
    job.cancel();
    expect(report.settled).toBe(false);
    expect(first.seeded).toBe(true);
    expect(first.xy).toHaveLength(1400);
    d.ds.nodes.forEach((n, i) => expect(at(first.xy, i)).toEqual(report.positions.get(n.id)));
  });

  it('the seeds when the layouts listed as stored are other datasets’', () => {
    const d = drawableDataset(parsedFile(300), 10)!;
    const copy = drawableDataset(parsedFile(300), 10)!.ds;
    const seeds = centredSeeds(copy, indexGraph(copy));
    const first = firstPositions(d, storage(['300:360:0123456789abcdef']))!;
    expect([...first.xy]).toEqual([...seeds]);
  });

  it('nothing when its layout may be stored: the first picture waits for the store', () => {
    const d = drawableDataset(parsedFile(300), 10)!;
    expect(firstPositions(d, storage([layoutKey(d.ds)]))).toBeNull();
    // No readable list (no localStorage): nothing is sure.
    expect(firstPositions(d, null)).toBeNull();
  });

  it('the positions the file carries, stored or not', () => {
    const raw = parsedFile(50);
    raw.positions = Object.fromEntries(raw.nodes.map((n, i) => [n.id, [i + 0.123456789, -i]]));
    const d = drawableDataset(raw, 10)!;
    for (const listed of [[], [layoutKey(d.ds)], null]) {
      const first = firstPositions(d, storage(listed))!;
      expect(first.seeded).toBe(false);
      expect(at(first.xy, 7)).toEqual({ x: 7.123456789, y: -7 });
    }
  });
});

describe('what the picture and the app share, once per dataset object', () => {
  it('seedsOf: the seeds the picture made, made once', () => {
    const d = drawableDataset(parsedFile(200), 10)!;
    const first = firstPositions(d, storage([]))!;
    const seeds = seedsOf(d.ds);
    expect(seedsOf(d.ds)).toBe(seeds);
    expect([...seeds]).toEqual([...first.xy]);
    const copy = drawableDataset(parsedFile(200), 10)!.ds;
    expect([...seeds]).toEqual([...centredSeeds(copy, indexGraph(copy))]);
  });

  it('seedPositionsOf: those seeds by actor id', () => {
    const d = drawableDataset(parsedFile(200), 10)!;
    const positions = seedPositionsOf(d.ds);
    expect(seedPositionsOf(d.ds)).toBe(positions);
    const seeds = seedsOf(d.ds);
    expect(positions.get(d.ds.nodes[9]!.id)).toEqual({ x: seeds[18], y: seeds[19] });
  });
});

describe('pictureBase: the batches the app’s Canvas draws first, and their box', () => {
  const colours = { link: '#8d96a1', linkActive: '#2b3440' };
  const appBase = (ds: Dataset, positions: ReadonlyMap<string, { x: number; y: number }>) =>
    buildBase(allShownInput(sceneNodesOf(ds), ds.links, positions, colours), (key) => key);

  it.each([
    ['seeds', 2500, false],
    ['positions the file carries', 400, true],
  ])('equal to buildBase and sceneBounds on the app’s own structures (%s)', (_, size, carried) => {
    const raw = parsedFile(size, 5);
    // Hubs and a self-link: draw order and degree counts matter.
    raw.links[3]!.target = raw.links[3]!.source;
    if (carried)
      raw.positions = Object.fromEntries(raw.nodes.map((n, i) => [n.id, [i * 1.5, (i % 17) - 8]]));
    const d = drawableDataset(raw, 10)!;
    const first = firstPositions(d, storage([]))!;
    const { bounds, ...base } = pictureBase(d, first.xy, colours, (key) => key);
    // The app's structures, on a copy of the file (nothing shared with the picture).
    const copy = drawableDataset(parsedFile(size, 5), 10)!.ds;
    copy.links[3]!.target = copy.links[3]!.source;
    if (carried) copy.positions = raw.positions as Dataset['positions'];
    const positions = carried
      ? new Map(copy.nodes.map((n, i) => [n.id, { x: first.xy[2 * i]!, y: first.xy[2 * i + 1]! }]))
      : seedPositionsOf(copy);
    expect(base).toEqual(appBase(copy, positions));
    expect(bounds).toEqual(sceneBounds(sceneNodesOf(copy), positions));
    expect(base.nodes.reduce((sum, b) => sum + b.index.length, 0)).toBe(size);
    expect(base.links[1]!.segments).toHaveLength(4 * copy.links.length);
  });
});
