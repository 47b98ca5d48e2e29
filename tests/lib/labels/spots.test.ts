import { describe, expect, it } from 'vitest';
import { nearestPoint } from '../../../src/lib/labels/geometry.ts';
import { farSpots, RINGS } from '../../../src/lib/labels/spots.ts';

describe('farSpots', () => {
  const item = { x: 100, y: 100, r: 10, width: 60 };
  it('rings of places all around the node, each with a leader from its edge to the box', () => {
    const spots = farSpots(item, 1);
    expect(spots.length % RINGS.length).toBe(0);
    for (const s of spots) {
      const [x1, y1, x2, y2] = s.leader!;
      // Starts just off the node's edge, ends on the box's edge nearest the node.
      expect(Math.hypot(x1 - 100, y1 - 100)).toBeCloseTo(12);
      expect(nearestPoint(s.box, 100, 100)).toEqual({ x: x2, y: y2 });
      expect(Math.hypot(x2 - 100, y2 - 100)).toBeGreaterThanOrEqual(10 + RINGS[0]! - 1e-9);
    }
  });
  it('no farther than the reach given', () => {
    const near = farSpots(item, 1, RINGS[1]!);
    expect(near.length).toBe((farSpots(item, 1).length / RINGS.length) * 2);
    expect(near.every((s) => s.gap <= RINGS[1]!)).toBe(true);
  });
});
