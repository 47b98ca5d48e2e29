/**
 * The Canvas's nodes and the extent they are drawn over: what the app's Canvas layer and a
 * published file's first picture both draw (lib/render/scene.ts), on the hand-made fixture.
 */
import { describe, expect, it } from 'vitest';
import { drawnBox, sceneBounds, sceneNodes } from '../../../src/lib/render/scene.ts';
import { GROUP_COLOURS, KIND_SHAPES, nodeRadius } from '../../../src/lib/graph/encoding.ts';
import { indexGraph } from '../../../src/lib/graph/graph-index.ts';
import { drawOrderOf } from '../../../src/lib/graph/ranking.ts';
import { loadMini } from '../graph/mini.ts';

describe('sceneNodes', () => {
  it('one per actor in the order given, sized by degree and kind, filled by group', () => {
    const ds = loadMini();
    const { degree } = indexGraph(ds);
    const order = drawOrderOf(ds);
    const nodes = sceneNodes(order, degree);
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
  const degree = new Map([
    ['a', 0],
    ['b', 8],
  ]);
  const kinds = new Map([
    ['a', 'organisation' as const],
    ['b', 'coalition' as const],
  ]);
  const positions = new Map([
    ['a', { x: -10, y: 5 }],
    ['b', { x: 30, y: -20 }],
  ]);

  it('spans every actor out to its radius', () => {
    const ra = nodeRadius(0, 'organisation');
    const rb = nodeRadius(8, 'coalition');
    expect(sceneBounds(positions, degree, (id) => kinds.get(id))).toEqual({
      x0: -10 - ra,
      y0: -20 - rb,
      x1: 30 + rb,
      y1: 5 + ra,
    });
  });

  it('an actor of unknown kind counts as an organisation', () => {
    const b = sceneBounds(new Map([['a', { x: 0, y: 0 }]]), degree, () => undefined);
    expect(b.x1).toBe(nodeRadius(0, 'organisation'));
  });

  it('on screen under a zoom transform, to a tenth of a pixel', () => {
    expect(drawnBox({ x0: -10, y0: -20, x1: 30, y1: 5 }, { x: 100, y: 50, k: 0.5 })).toBe(
      '95.0,40.0,115.0,52.5',
    );
  });
});
