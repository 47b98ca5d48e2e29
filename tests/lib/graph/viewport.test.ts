import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  centreOn,
  coverInsets,
  fitTransform,
  frameTransform,
  MAX_SCALE,
  MIN_SCALE,
  NO_INSETS,
} from '../../../src/lib/graph/viewport.ts';

const B = { x0: -100, y0: -50, x1: 100, y1: 50 };

describe('boundsOf', () => {
  it.each([
    { name: 'no points', points: [], margin: 0, expected: null },
    {
      name: 'one point',
      points: [{ x: 3, y: 4 }],
      margin: 0,
      expected: { x0: 3, y0: 4, x1: 3, y1: 4 },
    },
    {
      name: 'two points with a margin',
      points: [
        { x: 0, y: 10 },
        { x: -20, y: 30 },
      ],
      margin: 5,
      expected: { x0: -25, y0: 5, x1: 5, y1: 35 },
    },
  ])('$name', ({ points, margin, expected }) => {
    const copy = structuredClone(points);
    expect(boundsOf(points, margin)).toEqual(expected);
    expect(points).toEqual(copy);
  });
});

describe('fitTransform and centreOn', () => {
  it.each([
    { name: 'the example', args: [B, 400, 200, 0], expected: { x: 200, y: 100, k: 2 } },
    { name: 'padding shrinks it', args: [B, 440, 240, 20], expected: { x: 220, y: 120, k: 2 } },
    {
      name: 'a point is clamped to the largest scale',
      args: [{ x0: 5, y0: 5, x1: 5, y1: 5 }, 100, 100, 0],
      expected: { x: 50 - 5 * MAX_SCALE, y: 50 - 5 * MAX_SCALE, k: MAX_SCALE },
    },
  ] as const)('$name', ({ args, expected }) => {
    const [b, width, height, pad] = args;
    expect(fitTransform(b, width, height, pad)).toEqual(expected);
  });

  it.each([
    { k: 2, expected: { k: 2, x: 80, y: 40 } },
    { k: 0.01, expected: { k: MIN_SCALE, x: 100 - 10 * MIN_SCALE, y: 50 - 5 * MIN_SCALE } },
  ])('centreOn at k=$k', ({ k, expected }) => {
    const t = centreOn({ x: 10, y: 5 }, k, 100, 50);
    expect(t.k).toBeCloseTo(expected.k, 9);
    expect(t.x).toBeCloseTo(expected.x, 9);
    expect(t.y).toBeCloseTo(expected.y, 9);
  });
});

describe('frameTransform', () => {
  it.each([
    {
      name: 'the example: controls take the top 40 px',
      screen: { width: 440, height: 240 },
      insets: { ...NO_INSETS, top: 40 },
      max: MAX_SCALE,
      expected: { k: 1.6, x: 220, y: 140 },
    },
    {
      name: 'no insets: the same as fitTransform with a 20 px pad',
      screen: { width: 440, height: 240 },
      insets: NO_INSETS,
      max: MAX_SCALE,
      expected: { k: 2, x: 220, y: 120 },
    },
    {
      name: 'a bottom sheet over the lower half: framed in the upper half',
      screen: { width: 390, height: 700 },
      insets: { ...NO_INSETS, top: 44, bottom: 392 },
      max: 2.2,
      expected: { k: 1.75, x: 195, y: 176 },
    },
    {
      name: 'room kept on the right for labels: centred in what is left',
      screen: { width: 1000, height: 600 },
      insets: { ...NO_INSETS, right: 120 },
      max: 2.2,
      expected: { k: 2.2, x: 440, y: 300 },
    },
    {
      name: 'insets larger than the screen still leave a 200×120 box',
      screen: { width: 300, height: 200 },
      insets: { top: 150, right: 200, bottom: 150, left: 0 },
      max: MAX_SCALE,
      expected: { k: 0.8, x: 100, y: 210 },
    },
  ])('$name', ({ screen, insets, max, expected }) => {
    const t = frameTransform(B, screen, insets, max);
    expect(t.k).toBeCloseTo(expected.k, 9);
    expect(t.x).toBeCloseTo(expected.x, 9);
    expect(t.y).toBeCloseTo(expected.y, 9);
  });
});

describe('coverInsets', () => {
  const area = { left: 0, top: 100, right: 400, bottom: 900 };
  it.each([
    { name: 'nothing over the graph', covers: [], expected: NO_INSETS },
    {
      name: 'the zoom buttons at the top',
      covers: [{ left: 10, top: 110, right: 300, bottom: 144 }],
      expected: { ...NO_INSETS, top: 44 },
    },
    {
      name: 'a bottom sheet and the presenter key: the taller one counts',
      covers: [
        { left: 0, top: 450, right: 400, bottom: 1000 },
        { left: 10, top: 820, right: 380, bottom: 890 },
      ],
      expected: { ...NO_INSETS, bottom: 450 },
    },
    {
      name: 'a side column beside the graph and a closed sheet (0×0) take nothing',
      covers: [
        { left: 400, top: 100, right: 700, bottom: 900 },
        { left: 0, top: 0, right: 0, bottom: 0 },
      ],
      expected: NO_INSETS,
    },
  ])('$name', ({ covers, expected }) => {
    expect(coverInsets(area, covers)).toEqual(expected);
  });
});
