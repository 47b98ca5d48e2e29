import { describe, expect, it } from 'vitest';
import { drawNodes, drawScene, type CanvasLike } from '../../../src/lib/render/draw.ts';
import { CANVAS_THRESHOLD, detailAt } from '../../../src/lib/render/lod.ts';
import {
  buildBase,
  buildOverlay,
  DIM,
  dimming,
  sceneIndex,
  skipMask,
  type OverlayInput,
} from '../../../src/lib/render/scene.ts';

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
const NODES = [
  { id: 'a', r: 4, fill: 'red', shape: 'circle/4' },
  { id: 'b', r: 4, fill: 'red', shape: 'circle/4' },
  { id: 'c', r: 4, fill: 'blue', shape: 'circle/4' },
  { id: 'hub', r: 20, fill: 'grey', shape: 'star/20' },
];
const LINKS = [
  { id: 'a-hub', source: 'a', target: 'hub' },
  { id: 'b-hub', source: 'b', target: 'hub' },
  { id: 'c-hub', source: 'c', target: 'hub' },
];
function input(over: Partial<OverlayInput> = {}): OverlayInput {
  return {
    nodes: NODES,
    links: LINKS,
    positions: new Map([
      ['a', point(-50, 0)],
      ['b', point(50, 0)],
      ['c', point(0, 50)],
      ['hub', point(0, 0)],
    ]),
    visible: new Set(['a', 'b', 'c', 'hub']),
    hideFiltered: false,
    linkShown: () => true,
    colours: { link: '#999', linkActive: '#000' },
    at: sceneIndex(NODES),
    linksOf: (id) => LINKS.filter((l) => l.source === id || l.target === id),
    inDom: new Set(['hub']),
    lit: null,
    focusId: null,
    hits: new Set(),
    ...over,
  };
}
const view = { x: 200, y: 200, k: 1, width: 400, height: 400, dpr: 1 };
const full = detailAt(1, CANVAS_THRESHOLD);
/** The base, and the mask of what the SVG draws (the hub, in `input()`). */
function base(over: Partial<OverlayInput> = {}) {
  const s = input(over);
  return { ...buildBase(s, (k) => k), skip: skipMask(s.at, s.nodes.length, s.inDom) };
}
const ids = (b: { index: Int32Array }) => [...b.index].map((i) => NODES[i]!.id);

describe('buildBase', () => {
  it('batches every node by colour and opacity, and the links by style', () => {
    const { nodes, links } = base();
    expect(nodes.map((b) => [b.fill, b.alpha, ids(b)])).toEqual([
      ['red', 1, ['a', 'b']],
      ['blue', 1, ['c']],
      ['grey', 1, ['hub']],
    ]);
    expect(links.map((b) => [b.segments.length / 4, b.alpha])).toEqual([
      [0, 0.55 * 0.15],
      [3, 0.55],
    ]);
  });

  it('hides filtered-out nodes and their links when asked, fades them otherwise', () => {
    const visible = new Set(['a', 'b', 'hub']);
    const linkShown = (l: { source: string; target: string }) =>
      visible.has(l.source) && visible.has(l.target);
    const hidden = base({ visible, linkShown, hideFiltered: true });
    expect(hidden.nodes.map(ids)).toEqual([['a', 'b'], ['hub']]);
    expect(hidden.links.map((b) => b.segments.length / 4)).toEqual([0, 2]);
    const faded = base({ visible, linkShown });
    expect(faded.nodes.map((b) => [b.fill, b.alpha])).toEqual([
      ['blue', 0.12],
      ['red', 1],
      ['grey', 1],
    ]);
    expect(faded.links.map((b) => b.segments.length / 4)).toEqual([1, 2]);
  });

  it('does not change with the pointer, the selection or a search', () => {
    const still = base();
    const lit = base({ lit: new Set(['a', 'hub']), focusId: 'a', hits: new Set(['b']) });
    expect(lit.nodes).toEqual(still.nodes);
    expect(lit.links).toEqual(still.links);
  });
});

describe('skipMask', () => {
  it('marks the nodes the SVG draws by scene index; unknown ids are ignored', () => {
    expect([...skipMask(sceneIndex(NODES), 4, ['hub', 'b', 'nobody'])]).toEqual([0, 1, 0, 1]);
  });
});

describe('buildOverlay', () => {
  it('is empty with nothing lit', () => {
    const { nodes, links } = buildOverlay(input(), (k) => k);
    expect([nodes.length, links.length]).toEqual([0, 0]);
  });

  it('draws the focus node’s shown links in the active style and its lit neighbours', () => {
    const lit = new Set(['a', 'hub']);
    const { nodes, links } = buildOverlay(input({ lit, focusId: 'a' }), (k) => k);
    expect(links.map((b) => [b.segments.length / 4, b.alpha, b.colour, b.width])).toEqual([
      [1, 0.9, '#000', 1.5],
    ]);
    // The hub is in the SVG: only 'a' is drawn here.
    expect(nodes.map((b) => [ids(b), b.alpha])).toEqual([[['a'], 1]]);
  });

  it('a hub’s neighbourhood: every link of the hub, each neighbour once', () => {
    const lit = new Set(['hub', 'a', 'b', 'c']);
    const { nodes, links } = buildOverlay(input({ lit, focusId: 'hub' }), (k) => k);
    expect(links[0]!.segments.length / 4).toBe(3);
    expect(nodes.flatMap(ids).sort()).toEqual(['a', 'b', 'c']);
  });

  it('half strength for a lit node the filters fade; none when hidden; none while searching', () => {
    const visible = new Set(['a', 'hub']);
    const lit = new Set(['b', 'hub']);
    const faded = buildOverlay(input({ lit, focusId: 'hub', visible }), (k) => k);
    expect(faded.nodes.map((b) => [ids(b), b.alpha])).toEqual([[['b'], 0.5]]);
    const hidden = buildOverlay(
      input({ lit, focusId: 'hub', visible, hideFiltered: true }),
      (k) => k,
    );
    expect(hidden.nodes).toEqual([]);
    // A search keeps every node but its hits dim; the hits are in the SVG.
    const searching = buildOverlay(input({ lit, focusId: 'hub', hits: new Set(['a']) }), (k) => k);
    expect(searching.nodes).toEqual([]);
  });
});

describe('dimming', () => {
  it('dims links and nodes for a neighbourhood, nodes only for a search', () => {
    expect(dimming(null, new Set())).toEqual({ links: false, nodes: false });
    expect(dimming(new Set(['a']), new Set())).toEqual({ links: true, nodes: true });
    expect(dimming(null, new Set(['a']))).toEqual({ links: false, nodes: true });
    // As the SVG layers: a shown link at 0.55 dims to 0.12, a node to 0.22.
    expect(0.55 * DIM).toBeCloseTo(0.12, 2);
  });
});

describe('drawScene', () => {
  it('draws every link and node in view, shapes when big enough, less what is masked', () => {
    const { nodes, links, skip } = base();
    const ctx = recorder();
    expect(drawScene(ctx, links, nodes, view, full, skip)).toEqual({ links: 3, nodes: 3 });
    expect(ctx.calls.filter((c) => c.startsWith('shape'))).toHaveLength(3);
    expect(drawNodes(recorder(), nodes, view, full)).toBe(4);
  });

  it('culls what is out of view', () => {
    const { nodes, links, skip } = base();
    const ctx = recorder();
    // Zoomed 4× with the right node at the screen's centre: the left one (at -50, 0) is
    // 200 px left of the screen's edge; its link to the hub still crosses the view.
    const stats = drawScene(ctx, links, nodes, { ...view, x: 0, k: 4 }, full, skip);
    expect(stats).toEqual({ links: 3, nodes: 2 });
  });

  it('far out, skips links shorter than a pixel and draws nodes as dots', () => {
    const { nodes, links, skip } = base();
    const ctx = recorder();
    const k = 0.01;
    const stats = drawScene(ctx, links, nodes, { ...view, k }, detailAt(k, 20000), skip);
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

describe('weighted links', () => {
  it('batches each weight apart, wider by its weight; weight 1 stays first', () => {
    const weight = (l: { id: string }) => (l.id === 'c-hub' ? 4 : 1);
    const { links } = base({ weight });
    expect(links.map((b) => [b.width, b.segments.length / 4])).toEqual([
      [1, 0],
      [1, 2],
      [4, 0],
      [4, 1],
    ]);
    const over = buildOverlay(input({ weight, lit: new Set(['hub']), focusId: 'hub' }), (k) => k);
    expect(over.links.map((b) => [b.width, b.segments.length / 4])).toEqual([
      [1.5, 2],
      [6, 1],
    ]);
  });
});
