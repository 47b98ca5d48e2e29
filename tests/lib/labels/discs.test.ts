import { describe, expect, it } from 'vitest';
import { discCover, HUB_COVER } from '../../../src/lib/labels/discs.ts';

// A label box 40 × 10 at (10, 10).
const box = { x0: 10, y0: 10, x1: 50, y1: 20 };
const screen = { x0: 0, y0: 0, x1: 400, y1: 300 };

describe('discCover', () => {
  const discs = [
    { x: 20, y: 15, r: 3 },
    { x: 45, y: 25, r: 6 },
    { x: 100, y: 15, r: 8, hub: true },
  ];
  it.each([
    { name: 'the box alone', b: box, margin: 0, expected: { cover: 2, near: 0 } },
    {
      name: 'a box over the hub',
      b: { x0: 90, y0: 10, x1: 110, y1: 20 },
      margin: 0,
      expected: { cover: HUB_COVER, near: 0 },
    },
    {
      name: 'a box 10 px left of the hub, no margin',
      b: { x0: 60, y0: 10, x1: 82, y1: 20 },
      margin: 0,
      expected: { cover: 0, near: 0 },
    },
    {
      name: 'the same box, 12 px margin: near it',
      b: { x0: 60, y0: 10, x1: 82, y1: 20 },
      margin: 12,
      expected: { cover: 0, near: 1 },
    },
  ])('$name', ({ b, margin, expected }) => {
    expect(discCover(discs, 1, screen)(b, margin)).toEqual(expected);
  });

  it('counts a disc once though it spans grid squares, and scales with k', () => {
    const big = [{ x: 16, y: 16, r: 20 }];
    expect(discCover(big, 1, screen)({ x0: 0, y0: 0, x1: 100, y1: 100 }).cover).toBe(1);
    // At k = 2 a disc at (30, 0) of radius 3 sits at (60, 0), radius 6: clear of box.
    expect(discCover([{ x: 30, y: 15, r: 3 }], 2, screen)(box).cover).toBe(0);
  });
});
