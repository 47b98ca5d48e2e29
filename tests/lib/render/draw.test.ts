import { describe, expect, it } from 'vitest';
import { drawScene, type CanvasLike } from '../../../src/lib/render/draw.ts';
import { CANVAS_THRESHOLD, detailAt } from '../../../src/lib/render/lod.ts';
import { buildScene, nodeAlpha, type SceneInput } from '../../../src/lib/render/scene.ts';

/** A context that records the calls that draw something. */
function recorder() {
  const calls: string[] = [];
  const ctx: CanvasLike & { calls: string[] } = {
    calls,
    globalAlpha: 1,
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    setTransform: () => {},
    clearRect: () => calls.push('clear'),
    beginPath: () => {},
    moveTo: (x, y) => calls.push(`move ${x},${y}`),
    lineTo: () => {},
    stroke: () => calls.push('stroke'),
    fillRect: () => calls.push('dot'),
    translate: () => {},
    fill: (p) => calls.push(`shape ${String(p)}`),
  };
  return ctx;
}

const point = (x: number, y: number) => ({ x, y });
function input(over: Partial<SceneInput> = {}): SceneInput {
  return {
    nodes: [
      { id: 'a', r: 4, fill: 'red', shape: 'circle/4' },
      { id: 'b', r: 4, fill: 'red', shape: 'circle/4' },
      { id: 'c', r: 4, fill: 'blue', shape: 'circle/4' },
      { id: 'hub', r: 20, fill: 'grey', shape: 'star/20' },
    ],
    links: [
      { id: 'a-hub', source: 'a', target: 'hub' },
      { id: 'b-hub', source: 'b', target: 'hub' },
      { id: 'c-hub', source: 'c', target: 'hub' },
    ],
    positions: new Map([
      ['a', point(-50, 0)],
      ['b', point(50, 0)],
      ['c', point(0, 50)],
      ['hub', point(0, 0)],
    ]),
    inDom: new Set(['hub']),
    visible: new Set(['a', 'b', 'c', 'hub']),
    hideFiltered: false,
    linkShown: () => true,
    lit: null,
    focusId: null,
    hits: new Set(),
    colours: { link: '#999', linkActive: '#000' },
    ...over,
  };
}
const view = { x: 200, y: 200, k: 1, width: 400, height: 400, dpr: 1 };
const full = detailAt(1, CANVAS_THRESHOLD);

describe('buildScene', () => {
  it('leaves out what the SVG layer draws, and batches by colour', () => {
    const { nodes, links } = buildScene(input(), (k) => k);
    expect(nodes.map((b) => [b.fill, b.alpha, b.xyr.length / 3])).toEqual([
      ['red', 1, 2],
      ['blue', 1, 1],
    ]);
    expect(links.map((b) => b.segments.length / 4)).toEqual([0, 3, 0]);
  });

  it('hides filtered-out nodes and their links when asked, fades them otherwise', () => {
    const visible = new Set(['a', 'b', 'hub']);
    const linkShown = (l: { source: string; target: string }) =>
      visible.has(l.source) && visible.has(l.target);
    const hidden = buildScene(input({ visible, linkShown, hideFiltered: true }), (k) => k);
    expect(hidden.nodes.flatMap((b) => b.xyr.length / 3)).toEqual([2]);
    expect(hidden.links.map((b) => b.segments.length / 4)).toEqual([0, 2, 0]);
    const faded = buildScene(input({ visible, linkShown }), (k) => k);
    expect(faded.nodes.map((b) => [b.fill, b.alpha])).toEqual([
      ['blue', 0.12],
      ['red', 1],
    ]);
    expect(faded.links.map((b) => b.segments.length / 4)).toEqual([1, 2, 0]);
  });

  it('lights the focus node’s links and dims the rest, as the SVG layers do', () => {
    const lit = new Set(['a', 'hub']);
    const scene = buildScene(input({ lit, focusId: 'a' }), (k) => k);
    expect(scene.links.map((b) => [b.segments.length / 4, b.alpha])).toEqual([
      [0, 0.55 * 0.15],
      [2, 0.12],
      [1, 0.9],
    ]);
    expect(nodeAlpha('a', input({ lit }))).toBe(1);
    expect(nodeAlpha('b', input({ lit }))).toBe(0.22);
    expect(nodeAlpha('b', input({ hits: new Set(['a']) }))).toBe(0.22);
  });
});

describe('drawScene', () => {
  it('draws every link and node in view, shapes when big enough', () => {
    const { nodes, links } = buildScene(input(), (k) => k);
    const ctx = recorder();
    expect(drawScene(ctx, links, nodes, view, full)).toEqual({ links: 3, nodes: 3 });
    expect(ctx.calls.filter((c) => c.startsWith('shape'))).toHaveLength(3);
  });

  it('culls what is out of view', () => {
    const { nodes, links } = buildScene(input(), (k) => k);
    const ctx = recorder();
    // Zoomed 4× with the right node at the screen's centre: the left one (at -50, 0) is
    // 200 px left of the screen's edge; its link to the hub still crosses the view.
    const stats = drawScene(ctx, links, nodes, { ...view, x: 0, k: 4 }, full);
    expect(stats).toEqual({ links: 3, nodes: 2 });
  });

  it('far out, skips links shorter than a pixel and draws nodes as dots', () => {
    const { nodes, links } = buildScene(input(), (k) => k);
    const ctx = recorder();
    const k = 0.01;
    const stats = drawScene(ctx, links, nodes, { ...view, k }, detailAt(k, 20000));
    expect(stats.links).toBe(0);
    expect(ctx.calls.filter((c) => c === 'dot')).toHaveLength(3);
  });
});

describe('detailAt', () => {
  const cases = [
    { k: 0.1, n: 250, labels: 'all', minLinkPx: 0 },
    { k: 0.03, n: 20000, labels: 'none', minLinkPx: 1.5 },
    { k: 0.1, n: 20000, labels: 'hubs', minLinkPx: 1 },
    { k: 0.3, n: 5000, labels: 'hubs', minLinkPx: 1 },
    { k: 1, n: 5000, labels: 'all', minLinkPx: 0 },
  ];
  for (const c of cases) {
    it(`${c.n} nodes at zoom ${c.k}: labels ${c.labels}`, () => {
      expect(detailAt(c.k, c.n)).toMatchObject({ labels: c.labels, minLinkPx: c.minLinkPx });
    });
  }
});

describe('buildScene with weighted links', () => {
  it('batches each weight apart, wider by its weight; weight 1 stays first', () => {
    const { links } = buildScene(input({ weight: (l) => (l.id === 'c-hub' ? 4 : 1) }), (k) => k);
    expect(links.map((b) => [b.width, b.segments.length / 4])).toEqual([
      [1, 0],
      [1, 2],
      [1.5, 0],
      [4, 0],
      [4, 1],
      [6, 0],
    ]);
  });
});
