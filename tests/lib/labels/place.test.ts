import { describe, expect, it } from 'vitest';
import {
  labelBox,
  placeLabels,
  visibleLabels,
  type Disc,
  type LabelItem,
  type LabelView,
} from '../../../src/lib/labels/place.ts';

const item = (id: string, x: number, y: number, priority: number, width = 50): LabelItem => ({
  id,
  x,
  y,
  r: 5,
  priority,
  width,
});

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
      name: 'a hub boxed in by nodes is still named, on its first side (the letter in its ring)',
      items: [{ ...a, mayCoverNodes: true }],
      discs: boxedIn,
      expected: { a: 'right' },
    },
    {
      // Over the shape on its right it would read as that hub's name; small nodes will do.
      name: 'a hub boxed in by nodes keeps off another hub: its right side covers one',
      items: [{ ...a, mayCoverNodes: true }],
      discs: [{ ...disc(130, 50), hub: true }, ...boxedIn.slice(1)],
      expected: { a: 'left' },
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
      name: 'a hub never covers another label: boxed in by nodes and a label, it is dropped',
      items: [
        { ...item('a', 100, 50, 1), mayCoverNodes: true },
        item('b', 100, 50, 9),
        item('c', 100, 50, 8),
        item('d', 100, 50, 7),
        item('e', 100, 50, 6),
      ],
      discs: [disc(130, 50), disc(70, 50), disc(100, 35), disc(100, 65)],
      always: ['b', 'c', 'd', 'e'],
      expected: { b: 'right', c: 'left', d: 'above', e: 'below' },
    },
    {
      name: 'a forced label boxed in by nodes keeps its first side',
      items: [a],
      discs: [disc(130, 50), disc(70, 50), disc(100, 35), disc(100, 65)],
      always: ['a'],
      expected: { a: 'right' },
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
      name: 'five forced labels on one node: four sides, then an overlap',
      items: ['a', 'b', 'c', 'd', 'e'].map((id, i) => item(id, 100, 50, 5 - i)),
      always: ['a', 'b', 'c', 'd', 'e'],
      expected: { a: 'right', b: 'left', c: 'above', d: 'below', e: 'right' },
    },
  ])('$name', ({ items, view, discs, always, sides, expected }) => {
    const copy = structuredClone(items);
    const placed = placeLabels(items, view ?? screen, new Set(always ?? []), discs ?? [], sides);
    expect(Object.fromEntries(placed)).toEqual(expected);
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
    expect(Object.fromEntries(placed)).toEqual({
      australian: 'right',
      campaign: 'above',
      japan: 'right',
      uhrp: 'left',
      wuc: 'right',
    });
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
    expect(Object.fromEntries(placeLabels(tied, low, new Set()))).toEqual({ m: 'right' });
    expect(Object.fromEntries(placeLabels([...tied].reverse(), low, new Set()))).toEqual({
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
