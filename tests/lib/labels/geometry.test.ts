import { describe, expect, it } from 'vitest';
import {
  nearestPoint,
  overflow,
  segmentCrosses,
  segmentsCross,
  shared,
} from '../../../src/lib/labels/geometry.ts';

// A label box 40 × 10 at (10, 10).
const box = { x0: 10, y0: 10, x1: 50, y1: 20 };

describe('box tests', () => {
  it.each([
    { name: 'a line through the box', seg: [0, 15, 60, 15], expected: true },
    { name: 'a diagonal through it', seg: [0, 0, 60, 30], expected: true },
    { name: 'a line above it', seg: [0, 5, 60, 5], expected: false },
    { name: 'a line along its top edge', seg: [0, 10, 60, 10], expected: false },
    { name: 'a line ending before it', seg: [0, 15, 9, 15], expected: false },
    { name: 'a line ending inside it', seg: [0, 15, 20, 15], expected: true },
    { name: 'a diagonal missing its corner', seg: [40, 0, 60, 15], expected: false },
  ])('segmentCrosses: $name → $expected', ({ seg, expected }) => {
    const [ax, ay, bx, by] = seg as [number, number, number, number];
    expect(segmentCrosses(box, ax, ay, bx, by)).toBe(expected);
    expect(segmentCrosses(box, bx, by, ax, ay)).toBe(expected);
  });

  it.each([
    { name: 'an X', a: [0, 0, 10, 10], b: [0, 10, 10, 0], expected: true },
    { name: 'parallel lines', a: [0, 0, 10, 0], b: [0, 5, 10, 5], expected: false },
    { name: 'lines that meet at an end', a: [0, 0, 10, 10], b: [10, 10, 20, 0], expected: false },
    { name: 'a T short of the bar', a: [0, 0, 10, 0], b: [5, 1, 5, 10], expected: false },
  ])('segmentsCross: $name → $expected', ({ a, b, expected }) => {
    expect(segmentsCross(a, b)).toBe(expected);
  });

  it('shared, overflow and nearestPoint measure in pixels', () => {
    expect(shared(box, { x0: 40, y0: 15, x1: 70, y1: 30 })).toBe(50);
    expect(overflow(box, { x0: 20, y0: 0, x1: 45, y1: 100 })).toBe(15);
    expect(nearestPoint(box, 0, 0)).toEqual({ x: 10, y: 10 });
    expect(nearestPoint(box, 30, 40)).toEqual({ x: 30, y: 20 });
  });
});
