import { describe, expect, it } from 'vitest';
import type { Disc } from '../../../src/lib/labels/discs.ts';
import { LABEL_GAP, labelBox, type Box } from '../../../src/lib/labels/geometry.ts';
import {
  placeLabels,
  visibleLabels,
  type LabelItem,
  type LabelView,
  type Placement,
  type Scene,
} from '../../../src/lib/labels/place.ts';

const item = (id: string, x: number, y: number, priority: number, width = 50): LabelItem => ({
  id,
  x,
  y,
  r: 5,
  priority,
  width,
});

/**
 * What is wrong with a placement, as sentences: two labels overlapping, a label over a node
 * not its own, under an overlay or off the screen, a leader where the label is beside its node
 * or none where it is away. Boxes in the view's pixels; a node is its own when at its item's
 * place.
 */
function faults(items: LabelItem[], view: LabelView, scene: Scene, placed: Map<string, Placement>) {
  const out: string[] = [];
  const byId = new Map(items.map((i) => [i.id, i]));
  const boxes = [...placed].map(([id, p]) => {
    const it = byId.get(id)!;
    const [cx, cy] = [it.x * view.k + view.x, it.y * view.k + view.y];
    const b = { x0: p.box.x0 + cx, y0: p.box.y0 + cy, x1: p.box.x1 + cx, y1: p.box.y1 + cy };
    // Distance from the node's centre to the box: beside it, the node's edge plus LABEL_GAP.
    const dx = Math.max(b.x0 - cx, 0, cx - b.x1);
    const dy = Math.max(b.y0 - cy, 0, cy - b.y1);
    const away = Math.hypot(dx, dy) > it.r * view.k + LABEL_GAP + 0.5;
    if (away !== p.leader)
      out.push(`${id}: ${p.leader ? 'a leader beside its node' : 'away, no leader'}`);
    if (b.x0 < 0 || b.y0 < 0 || b.x1 > view.width || b.y1 > view.height)
      out.push(`${id}: off screen`);
    return { id, it, b };
  });
  const meets = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  for (const [i, x] of boxes.entries()) {
    for (const y of boxes.slice(i + 1)) if (meets(x.b, y.b)) out.push(`${x.id} over ${y.id}`);
    for (const d of scene.discs ?? []) {
      if (d.x === x.it.x && d.y === x.it.y) continue;
      const [cx, cy, r] = [d.x * view.k + view.x, d.y * view.k + view.y, d.r * view.k];
      const dx = Math.max(x.b.x0 - cx, 0, cx - x.b.x1);
      const dy = Math.max(x.b.y0 - cy, 0, cy - x.b.y1);
      if (dx * dx + dy * dy < r * r) out.push(`${x.id} over the node at ${d.x},${d.y}`);
    }
    for (const o of scene.overlays ?? []) if (meets(x.b, o)) out.push(`${x.id} under an overlay`);
  }
  return out;
}

/** id → side, with "+leader" for a label away from its node. */
const flat = (placed: Map<string, Placement>) =>
  Object.fromEntries([...placed].map(([id, p]) => [id, p.leader ? `${p.side}+leader` : p.side]));

describe('labelBox', () => {
  // Node at (20, 40) on screen (scale 2), radius 10 px, so the label starts 14 px from the centre.
  it.each([
    { side: 'right', expected: { x0: 34, y0: 33, x1: 84, y1: 47 } },
    { side: 'left', expected: { x0: -44, y0: 33, x1: 6, y1: 47 } },
    { side: 'above', expected: { x0: -5, y0: 12, x1: 45, y1: 26 } },
    { side: 'below', expected: { x0: -5, y0: 54, x1: 45, y1: 68 } },
  ] as const)('sits $side of the node, in screen pixels', ({ side, expected }) => {
    expect(labelBox(item('a', 10, 20, 0), 2, side)).toEqual(expected);
  });

  it('is as tall as the item says (the focus label is drawn larger)', () => {
    expect(labelBox({ ...item('a', 10, 20, 0), height: 20 }, 2)).toEqual({
      x0: 34,
      y0: 30,
      x1: 84,
      y1: 50,
    });
  });
});

describe('placeLabels', () => {
  // A 200 × 100 screen at the identity transform; labels must keep EDGE (4 px) from its sides.
  const screen: LabelView = { x: 0, y: 0, k: 1, width: 200, height: 100 };
  const disc = (x: number, y: number, r = 3): Disc => ({ x, y, r });
  // Nodes on a's four sides and at its four corners: every place its label could go.
  const boxedIn = [
    disc(130, 50),
    disc(70, 50),
    disc(100, 35),
    disc(100, 65),
    disc(130, 36),
    disc(70, 36),
    disc(130, 64),
    disc(70, 64),
  ];
  // Node a at (100, 50): its right label spans 109..159 × 43..57, its left one 41..91.
  const a = item('a', 100, 50, 5);

  it.each([
    { name: 'a label with room on its right stays right', items: [a], expected: { a: 'right' } },
    {
      name: 'a label that would run off the right edge flips left',
      items: [item('a', 170, 50, 5)],
      expected: { a: 'left' },
    },
    {
      name: 'panning counts: the same node, panned 70 px right, flips left',
      items: [a],
      view: { ...screen, x: 70 },
      expected: { a: 'left' },
    },
    {
      name: 'zoom counts: at scale 1.7 node a sits at x 170 and flips left',
      items: [a],
      view: { ...screen, k: 1.7, y: -35 },
      expected: { a: 'left' },
    },
    {
      // The right label starts at x 59; the screen is 196 wide, less EDGE (4 px): 133 px fit.
      name: `labels keep EDGE px from the screen's sides: 1 px too wide and it is dropped`,
      items: [item('a', 50, 50, 5, 134)],
      view: { ...screen, width: 196 },
      sides: ['right'] as const,
      expected: {},
    },
    {
      name: 'a label that just fits within the margin stays',
      items: [item('a', 50, 50, 5, 133)],
      view: { ...screen, width: 196 },
      sides: ['right'] as const,
      expected: { a: 'right' },
    },
    {
      // Off the node's edge along the diagonal it starts at x 56.4 (9 px × cos 45°) and fits.
      name: 'too wide for its right side, a label takes the upper right corner',
      items: [item('a', 50, 50, 5, 134)],
      view: { ...screen, width: 196 },
      expected: { a: 'above-right' },
    },
    {
      name: 'a label too wide for every side is dropped',
      items: [item('a', 25, 50, 5)],
      view: { ...screen, width: 40 },
      expected: {},
    },
    {
      name: 'a forced label too wide for every side takes the side that overflows least',
      items: [item('a', 25, 50, 5)],
      view: { ...screen, width: 40 },
      always: ['a'],
      expected: { a: 'above' },
    },
    {
      name: 'a node right of the node sends the label left',
      items: [a],
      discs: [disc(130, 50)],
      expected: { a: 'left' },
    },
    {
      name: 'nodes on both sides send it above',
      items: [a],
      discs: [disc(130, 50), disc(70, 50)],
      expected: { a: 'above' },
    },
    {
      name: 'a node just clear of the box (3 px below it, radius 3) does not block it',
      items: [a],
      discs: [disc(130, 60)],
      expected: { a: 'right' },
    },
    {
      name: 'a label boxed in by nodes is dropped',
      items: [a],
      discs: boxedIn,
      expected: {},
    },
    {
      name: 'nodes on all four sides send it to a corner',
      items: [a],
      discs: [disc(130, 50), disc(70, 50), disc(100, 35), disc(100, 65)],
      expected: { a: 'above-right' },
    },
    {
      // Above its ring (x 75..125, y 25..39 on screen), clear of the nodes, with a leader.
      name: 'a hub boxed in by nodes is named away from them, with a leader (the letter in its ring)',
      items: [{ ...a, mayCoverNodes: true }],
      discs: boxedIn,
      expected: { a: 'above+leader' },
    },
    {
      name: 'a hub boxed in by nodes and another hub goes away from both',
      items: [{ ...a, mayCoverNodes: true }],
      discs: [{ ...disc(130, 50), hub: true }, ...boxedIn.slice(1)],
      expected: { a: 'above+leader' },
    },
    {
      name: 'a hub takes a side clear of nodes when there is one',
      items: [{ ...a, mayCoverNodes: true }],
      discs: [disc(130, 50)],
      expected: { a: 'left' },
    },
    {
      // a's right label (109..159) touches every place b has on screen, b being 4 px from the
      // edge. Placed one by one, a takes its right and b is dropped; searched together, a
      // goes left and both are named.
      name: 'two hubs are placed together: the first leaves the second its only place',
      items: [
        { ...item('a', 100, 50, 9), mayCoverNodes: true },
        { ...item('b', 190, 50, 8, 25), mayCoverNodes: true },
      ],
      expected: { a: 'left', b: 'left' },
    },
    {
      // The four corners taken by forced labels, the sides by nodes: the hub goes above them.
      name: 'a hub never covers another label: boxed in by nodes and labels, it goes away',
      items: [
        { ...item('a', 100, 50, 1), mayCoverNodes: true },
        item('b', 100, 50, 9),
        item('c', 100, 50, 8),
        item('d', 100, 50, 7),
        item('e', 100, 50, 6),
      ],
      discs: [disc(130, 50), disc(70, 50), disc(100, 35), disc(100, 65)],
      always: ['b', 'c', 'd', 'e'],
      expected: {
        a: 'above+leader',
        b: 'above-right',
        c: 'below-right',
        d: 'above-left',
        e: 'below-left',
      },
    },
    {
      name: 'a forced label with nodes on its four sides takes a corner',
      items: [a],
      discs: [disc(130, 50), disc(70, 50), disc(100, 35), disc(100, 65)],
      always: ['a'],
      expected: { a: 'above-right' },
    },
    {
      name: 'a forced label boxed in by nodes is drawn away from them, with a leader',
      items: [a],
      discs: boxedIn,
      always: ['a'],
      expected: { a: 'above+leader' },
    },
    {
      name: 'higher priority wins the right side; the other label flips left',
      items: [item('a', 100, 50, 1), item('b', 100, 58, 9)],
      expected: { a: 'left', b: 'right' },
    },
    {
      name: 'forced labels beat priority',
      items: [item('a', 100, 50, 1), item('b', 100, 58, 9)],
      always: ['a'],
      expected: { a: 'right', b: 'left' },
    },
    {
      name: 'two forced labels side by side: the second goes left',
      items: [item('a', 100, 50, 2), item('b', 100, 58, 1)],
      always: ['a', 'b'],
      expected: { a: 'right', b: 'left' },
    },
    {
      // b, at the right edge, has left, above and below; its left and above hit a's right
      // label. a moving left costs one step down the sides, b moving below three.
      name: 'forced labels move as little down the sides as they can, whatever their priority',
      items: [item('a', 100, 50, 9), item('b', 170, 60, 1)],
      always: ['a', 'b'],
      expected: { a: 'left', b: 'left' },
    },
    {
      // Beside it all five: right, two corners, and above and below it slid aside.
      name: 'five forced labels on one node: all beside it, none overlapping',
      items: ['a', 'b', 'c', 'd', 'e'].map((id, i) => item(id, 100, 50, 5 - i)),
      always: ['a', 'b', 'c', 'd', 'e'],
      expected: { a: 'right', b: 'above-left', c: 'below-left', d: 'above', e: 'below' },
    },
  ])('$name', ({ items, view, discs, always, sides, expected }) => {
    const copy = structuredClone(items);
    const placed = placeLabels(
      items,
      view ?? screen,
      new Set(always ?? []),
      { discs: discs ?? [] },
      sides,
    );
    expect(flat(placed)).toEqual(expected);
    expect(items).toEqual(copy);
  });

  // The diaspora-signatories story step on a 390 × 844 phone (data/story.json): five forced
  // labels, positions from data/layout.json, widths as measured in Chromium, the step's view.
  // Placing them one at a time sends Uyghur Human Rights Project above, into the only place
  // Campaign for Uyghurs could go, and two labels end up on top of each other.
  it('finds sides for the phone story step where no two labels pile up', () => {
    const story: LabelItem[] = [
      { id: 'australian', x: -166.52, y: -5.57, r: 4, priority: 10, width: 195 },
      { id: 'campaign', x: 95.32, y: -41.22, r: 4.24, priority: 20, width: 146 },
      { id: 'japan', x: -127.51, y: 68.74, r: 4, priority: 10, width: 166 },
      { id: 'uhrp', x: 163.73, y: -35.57, r: 5.2, priority: 30, width: 192 },
      { id: 'wuc', x: 120.61, y: 18.96, r: 5.2, priority: 30, width: 153 },
    ];
    const view = { x: 136, y: 86, k: 0.466, width: 390, height: 312 };
    const placed = placeLabels(story, view, new Set(story.map((s) => s.id)));
    expect(placed.size).toBe(5);
    expect(faults(story, view, {}, placed)).toEqual([]);
    // Beside their nodes but one at most, which is carried away with a leader line.
    expect([...placed.values()].filter((p) => p.leader).length).toBeLessThanOrEqual(1);
  });

  it('draws every forced label even when they cannot all be clear', () => {
    const pile = Array.from({ length: 15 }, (_, i) => item(`n${i}`, (i % 4) * 12, 0, i));
    const placed = placeLabels(pile, { ...screen, x: 50 }, new Set(pile.map((p) => p.id)));
    expect(placed.size).toBe(15);
  });

  it('breaks priority ties by id, whatever the input order', () => {
    // On a 30 px tall screen z's labels above and below are off it, and its left and right
    // labels both overlap m's right label; placed first, z would push m left instead.
    const low = { ...screen, height: 30 };
    const tied = [item('z', 130, 12, 1), item('m', 100, 15, 1)];
    expect(flat(placeLabels(tied, low, new Set()))).toEqual({ m: 'right' });
    expect(flat(placeLabels([...tied].reverse(), low, new Set()))).toEqual({
      m: 'right',
    });
  });
});

describe('visibleLabels', () => {
  // a and b are 10 units apart vertically: overlapping at scale 1 (labels 14 px tall),
  // clear at scale 2 (20 px apart). c is far away.
  const items = [item('a', 0, 0, 5), item('b', 0, 10, 9), item('c', 500, 0, 1)];

  it.each([
    { name: 'higher priority wins a contested slot', scale: 1, always: [], expected: ['b', 'c'] },
    { name: 'zooming in frees room', scale: 2, always: [], expected: ['a', 'b', 'c'] },
    { name: 'forced ids beat priority', scale: 1, always: ['a'], expected: ['a', 'c'] },
    {
      name: 'forced ids may overlap each other',
      scale: 1,
      always: ['a', 'b'],
      expected: ['a', 'b', 'c'],
    },
    { name: 'empty input', scale: 1, always: [], expected: [], input: [] },
  ])('$name', ({ scale, always, expected, input }) => {
    const list = input ?? items;
    const copy = structuredClone(list);
    expect([...visibleLabels(list, scale, new Set(always))].sort()).toEqual(expected);
    expect(list).toEqual(copy);
  });

  it('breaks priority ties by id, so the picture is stable', () => {
    const tied = [item('z', 0, 0, 1), item('m', 0, 5, 1)];
    expect([...visibleLabels(tied, 1, new Set())]).toEqual(['m']);
    expect([...visibleLabels([...tied].reverse(), 1, new Set())]).toEqual(['m']);
  });
});

describe('placeLabels in a scene of nodes, links and overlays', () => {
  // A 300 × 200 screen at the identity transform.
  const view: LabelView = { x: 0, y: 0, k: 1, width: 300, height: 200 };
  const node = (
    id: string,
    x: number,
    y: number,
    width: number,
    r = 5,
    hub = false,
  ): LabelItem => ({
    id,
    x,
    y,
    r,
    priority: hub ? 100 : 1,
    width,
    mayCoverNodes: hub,
  });
  /** `n` small nodes (radius 3) evenly on a circle of `radius` around (x, y). */
  const ring = (x: number, y: number, radius: number, n: number): Disc[] =>
    Array.from({ length: n }, (_, i) => ({
      x: x + radius * Math.cos((2 * Math.PI * i) / n),
      y: y + radius * Math.sin((2 * Math.PI * i) / n),
      r: 3,
    }));
  const discOf = (n: LabelItem): Disc => ({ x: n.x, y: n.y, r: n.r, hub: n.mayCoverNodes });
  const link = (a: string, b: string, x1: number, y1: number, x2: number, y2: number) => ({
    a,
    b,
    x1,
    y1,
    x2,
    y2,
  });
  // Three upright links just right of n (100, 100): its right label (109..169) would cross them.
  const n = node('n', 100, 100, 60);
  const fence = [120, 130, 140].map((x) => link(`t${x}`, `b${x}`, x, 50, x, 150));
  const letter = node('letter', 150, 100, 90, 12, true);
  const buttons = { x0: 0, y0: 0, x1: 120, y1: 40 };
  const key = { x0: 0, y0: 160, x1: 140, y1: 200 };

  it.each([
    {
      name: 'the letter in its disc of signatories is named outside it, with a leader',
      items: [letter],
      scene: { discs: [discOf(letter), ...ring(150, 100, 26, 18), ...ring(150, 100, 36, 24)] },
      leaders: ['letter'],
    },
    {
      name: 'a label that would be written across three links takes the side clear of them',
      items: [n],
      scene: { discs: [discOf(n)], links: fence },
      sides: { n: 'left' },
    },
    {
      name: 'the same label with no links there stays on its right',
      items: [n],
      scene: { discs: [discOf(n)] },
      sides: { n: 'right' },
    },
    {
      name: 'a label that would go under the zoom buttons goes below its node, clear of them',
      items: [node('z', 60, 32, 80)],
      scene: { overlays: [buttons] },
      sides: { z: 'below' },
    },
    {
      name: 'a forced label whose node is under the buttons is drawn away from them, with a leader',
      items: [node('z', 60, 20, 80)],
      always: ['z'],
      scene: { overlays: [buttons] },
      leaders: ['z'],
    },
    {
      name: 'a hub beside the folded key keeps off it; so does a neighbour in the corner',
      items: [node('h', 130, 160, 100, 8, true), node('m', 40, 150, 70)],
      scene: { overlays: [key] },
      named: ['h', 'm'],
    },
    {
      name: 'two lettered discs side by side: both named, clear of both discs and each other',
      items: [node('l1', 90, 100, 90, 12, true), node('l2', 210, 100, 90, 12, true)],
      scene: {
        discs: [
          { x: 90, y: 100, r: 12, hub: true },
          { x: 210, y: 100, r: 12, hub: true },
          ...ring(90, 100, 26, 16),
          ...ring(210, 100, 26, 16),
        ],
      },
      leaders: ['l1', 'l2'],
    },
    {
      name: 'on a map of two names, a long one with no clear side is named away, with a leader',
      items: [node('big', 150, 100, 60, 40, true), node('o', 262, 100, 160, 8)],
      scene: {
        discs: [
          { x: 150, y: 100, r: 40, hub: true },
          { x: 262, y: 100, r: 8 },
        ],
      },
      named: ['big', 'o'],
      leaders: ['o'],
    },
    {
      name: 'a long name at the right edge, in a fan of links, is named clear of every label',
      items: [node('r', 260, 100, 200, 6, true), node('u', 200, 70, 80, 8, true), n],
      scene: {
        discs: [discOf(n), { x: 260, y: 100, r: 6, hub: true }, { x: 200, y: 70, r: 8, hub: true }],
        links: [0, 30, 60, 90, 120, 150, 180].map((y) => link('r', `f${y}`, 260, 100, 40, y + 10)),
        overlays: [buttons, key],
      },
      named: ['r', 'u', 'n'],
    },
  ] as {
    name: string;
    items: LabelItem[];
    scene: Scene;
    always?: string[];
    sides?: Record<string, string>;
    leaders?: string[];
    named?: string[];
  }[])('$name', ({ items, scene, always, sides, leaders, named }) => {
    const copy = structuredClone({ items, scene });
    const placed = placeLabels(items, view, new Set(always ?? []), scene);
    expect(faults(items, view, scene, placed)).toEqual([]);
    if (sides) expect(flat(placed)).toEqual(sides);
    if (leaders) {
      expect(
        [...placed]
          .filter(([, p]) => p.leader)
          .map(([id]) => id)
          .sort(),
      ).toEqual(leaders);
    }
    if (named) expect([...placed.keys()].sort()).toEqual([...named].sort());
    expect({ items, scene }).toEqual(copy);
  });

  it('the check above finds faults: the letter named on its right only is over its disc', () => {
    const discs = [discOf(letter), ...ring(150, 100, 26, 18)];
    const placed = placeLabels([letter], view, new Set(['letter']), { discs }, ['right']);
    expect(faults([letter], view, { discs }, placed).length).toBeGreaterThan(0);
  });
});
