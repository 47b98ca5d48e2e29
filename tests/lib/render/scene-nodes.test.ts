/**
 * The Canvas's nodes and the extent they are drawn over: what the app's Canvas layer and a
 * published file's first picture both draw (lib/render/scene.ts), on the hand-made fixture.
 */
import { describe, expect, it } from 'vitest';
import { buildBase, drawnBox, sceneBounds, sceneNodesOf } from '../../../src/lib/render/scene.ts';
import { GROUP_COLOURS, KIND_SHAPES, nodeRadius } from '../../../src/lib/graph/encoding.ts';
import { degreesOf, indexGraph } from '../../../src/lib/graph/graph-index.ts';
import { drawOrderOf } from '../../../src/lib/graph/ranking.ts';
import { loadMini } from '../graph/mini.ts';
import { generateDataset } from '../../../src/lib/synthetic/generate.ts';
import { seedPositionsOf } from '../../../src/lib/graph/seeds.ts';
import { actorsBounds } from '../../../src/lib/graph/fit.ts';
import { minRadius } from '../../../src/lib/graph/encoding.ts';

describe('sceneNodesOf', () => {
  it('one per actor in draw order, sized by degree and kind, filled by group; once per dataset', () => {
    const ds = loadMini();
    const { degree } = indexGraph(ds);
    const order = drawOrderOf(ds);
    const nodes = sceneNodesOf(ds);
    expect(sceneNodesOf(ds)).toBe(nodes);
    expect(nodes.map((n) => n.id)).toEqual(order.map((n) => n.id));
    for (const [i, n] of order.entries()) {
      const r = nodeRadius(degree.get(n.id) ?? 0, n.kind);
      expect(nodes[i]).toEqual({
        id: n.id,
        r,
        fill: GROUP_COLOURS[n.group ?? 'none'],
        shape: `${KIND_SHAPES[n.kind]}/${r}`,
      });
    }
  });
});

describe('sceneBounds and drawnBox', () => {
  const ra = nodeRadius(0, 'organisation');
  const rb = nodeRadius(8, 'coalition');
  const nodes = [
    { id: 'a', r: ra },
    { id: 'b', r: rb },
  ];
  const positions = new Map([
    ['a', { x: -10, y: 5 }],
    ['b', { x: 30, y: -20 }],
  ]);

  it('spans every actor out to its radius', () => {
    expect(sceneBounds(nodes, positions)).toEqual({
      x0: -10 - ra,
      y0: -20 - rb,
      x1: 30 + rb,
      y1: 5 + ra,
    });
  });

  it('leaves out an actor not placed yet', () => {
    expect(sceneBounds(nodes, new Map([['a', { x: 0, y: 0 }]]))).toEqual({
      x0: -ra,
      y0: -ra,
      x1: ra,
      y1: ra,
    });
  });

  it('on screen under a zoom transform, to a tenth of a pixel', () => {
    expect(drawnBox({ x0: -10, y0: -20, x1: 30, y1: 5 }, { x: 100, y: 50, k: 0.5 })).toBe(
      '95.0,40.0,115.0,52.5',
    );
  });
});

describe('what a published file’s first picture and the app’s Canvas share', () => {
  const input = (ds: ReturnType<typeof loadMini>, positions = placed(ds)) => ({
    nodes: sceneNodesOf(ds),
    links: ds.links,
    positions,
    visible: new Set(ds.nodes.map((n) => n.id)),
    hideFiltered: false,
    linkShown: () => true,
    colours: { link: '#8d96a1', linkActive: '#2b3440' },
  });
  const placed = (ds: ReturnType<typeof loadMini>) =>
    new Map(ds.nodes.map((n, i) => [n.id, { x: i, y: -i }]));

  it('everything shown: the base built before from the same nodes, links, positions and colour', () => {
    const ds = loadMini();
    const s = input(ds);
    const base = buildBase({ ...s, allShown: true }, (k) => k);
    // The app's own input objects, equal but new, with the same lists and positions.
    expect(buildBase({ ...input(ds, s.positions), allShown: true }, (k) => k)).toBe(base);
    expect(base).toEqual(buildBase(s, (k) => k));
  });

  it('the box the Canvas draws in is the box the app frames on opening (the picture uses one for both)', () => {
    const ds = generateDataset({ nodes: 400, seed: 3 });
    const positions = seedPositionsOf(ds);
    const box = sceneBounds(sceneNodesOf(ds), positions);
    expect(box).toEqual(actorsBounds(ds.nodes, positions, degreesOf(ds), minRadius(false)));
    // And a real box, not the empty one.
    expect(box.x1 - box.x0).toBeGreaterThan(0);
  });

  it('built anew for other positions, another link colour, or when not everything is shown', () => {
    const ds = loadMini();
    const s = input(ds);
    const base = buildBase({ ...s, allShown: true }, (k) => k);
    expect(buildBase({ ...input(ds), allShown: true }, (k) => k)).not.toBe(base);
    const dark = { ...s, colours: { link: '#5d6773', linkActive: '#fff' }, allShown: true };
    expect(buildBase(dark, (k) => k)).not.toBe(base);
    expect(buildBase(dark, (k) => k).links[0]!.colour).toBe('#5d6773');
    expect(buildBase(s, (k) => k)).not.toBe(buildBase(s, (k) => k));
  });
});
