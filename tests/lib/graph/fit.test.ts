import { describe, expect, it } from 'vitest';
import {
  actorsBounds,
  drawnBounds,
  framePad,
  labelRoom,
  openingTransform,
  placed,
} from '../../../src/lib/graph/fit.ts';
import { MAX_SCALE, MIN_SCALE, type Bounds } from '../../../src/lib/graph/viewport.ts';

describe('labelRoom and framePad', () => {
  const rooms = [
    { width: 390, expected: 39 },
    { width: 750, expected: 75 },
    { width: 1040, expected: 104 },
    { width: 2400, expected: 120 },
  ];
  for (const { width, expected } of rooms) {
    it(`room at ${width} px: ${expected}`, () => expect(labelRoom(width)).toBe(expected));
  }
  const pads = [
    { size: [390, 500], expected: 8 },
    { size: [200, 150], expected: 6 },
    { size: [1040, 900], expected: 18 },
    { size: [3000, 2000], expected: 20 },
  ] as const;
  for (const { size, expected } of pads) {
    it(`pad at ${size.join('×')}: ${expected}`, () =>
      expect(framePad(size[0], size[1])).toBe(expected));
  }
});

describe('drawnBounds', () => {
  it('grows each point by its own radius and skips non-finite ones', () => {
    const points = [
      { x: 0, y: 0, r: 4 },
      { x: 10, y: 0, r: 8 },
      { x: Number.NaN, y: 0, r: 100 },
    ];
    expect(drawnBounds(points)).toEqual({ x0: -4, y0: -8, x1: 18, y1: 8 });
    expect(points).toHaveLength(3);
  });
  it('is null for no point', () => expect(drawnBounds([])).toBeNull());
});

describe('actorsBounds and placed', () => {
  const positions = new Map([
    ['org', { x: 0, y: 0 }],
    ['letter', { x: 100, y: 50 }],
  ]);
  const degree = new Map([
    ['org', 4],
    ['letter', 4],
  ]);
  const nodes = [
    { id: 'org', kind: 'organisation' },
    { id: 'letter', kind: 'coalition' },
    { id: 'unplaced', kind: 'person' },
  ] as const;

  it('grows each placed actor by its radius (6 for an organisation of 4 links, 7.5 for a letter)', () => {
    expect(actorsBounds(nodes, positions, degree)).toEqual({ x0: -6, y0: -6, x1: 107.5, y1: 57.5 });
  });
  it('is null when no actor is placed', () =>
    expect(actorsBounds([nodes[2]], positions, degree)).toBeNull());
  it('lists the placed positions in order, skipping the rest', () => {
    expect(placed(['letter', 'unplaced', 'org'], positions)).toEqual([
      { x: 100, y: 50 },
      { x: 0, y: 0 },
    ]);
    expect(positions.size).toBe(2);
  });
});

/** The drawn box's share of the area's width and height after the transform. */
function shares(b: Bounds, width: number, height: number) {
  const t = openingTransform(b, width, height);
  const left = b.x0 * t.k + t.x;
  const top = b.y0 * t.k + t.y;
  const right = b.x1 * t.k + t.x;
  const bottom = b.y1 * t.k + t.y;
  return { t, left, top, right, bottom, w: (right - left) / width, h: (bottom - top) / height };
}

describe('openingTransform', () => {
  // A wide graph (the built-in layout is about 1.4 : 1), a tall one, a square one.
  const graphs: Bounds[] = [
    { x0: -500, y0: -350, x1: 500, y1: 350 },
    { x0: -200, y0: -600, x1: 200, y1: 600 },
    { x0: 0, y0: 0, x1: 300, y1: 300 },
  ];
  const areas = [
    [1040, 900],
    [750, 640],
    [390, 420],
    [360, 300],
    [768, 760],
    [200, 120],
  ] as const;
  for (const b of graphs) {
    for (const [width, height] of areas) {
      it(`${b.x1 - b.x0}×${b.y1 - b.y0} in ${width}×${height}: ≥ 85 % of one side, all inside`, () => {
        const s = shares(b, width, height);
        expect(Math.max(s.w, s.h)).toBeGreaterThanOrEqual(0.85);
        expect(s.left).toBeGreaterThanOrEqual(0);
        expect(s.top).toBeGreaterThanOrEqual(0);
        expect(s.right).toBeLessThanOrEqual(width - labelRoom(width) + 1e-9);
        expect(s.bottom).toBeLessThanOrEqual(height + 1e-9);
      });
    }
  }

  it('frames a huge layout below the zoom buttons’ usual minimum', () => {
    const s = shares({ x0: -20000, y0: -15000, x1: 20000, y1: 15000 }, 1040, 900);
    expect(s.t.k).toBeLessThan(MIN_SCALE);
    expect(s.w).toBeGreaterThanOrEqual(0.85);
  });

  it('never zooms past MAX_SCALE on a tiny graph', () => {
    expect(openingTransform({ x0: 0, y0: 0, x1: 2, y1: 2 }, 1000, 800).k).toBe(MAX_SCALE);
  });

  it('matches the documented example', () => {
    const t = openingTransform({ x0: -100, y0: -50, x1: 100, y1: 50 }, 400, 200);
    expect(t.k).toBeCloseTo(1.74, 2);
    expect([t.x, t.y]).toEqual([180, 100]);
  });
});
