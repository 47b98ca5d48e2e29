import { describe, expect, it } from 'vitest';
import { MAX_SEGMENTS, segmentCounter } from '../../../src/lib/labels/segments.ts';

// A label box 40 × 10 at (10, 10).
const box = { x0: 10, y0: 10, x1: 50, y1: 20 };
const screen = { x0: 0, y0: 0, x1: 400, y1: 300 };

describe('segmentCounter', () => {
  const links = [
    { a: 'p', b: 'q', x1: 0, y1: 15, x2: 200, y2: 15 },
    { a: 'own', b: 'q', x1: 30, y1: 0, x2: 30, y2: 100 },
    { a: 'p', b: 'r', x1: 0, y1: 40, x2: 200, y2: 40 },
  ];
  it('counts the links across a box, once each, leaving out its own node’s', () => {
    const count = segmentCounter(links, 1, screen);
    expect(count(box, 'x')).toBe(2);
    expect(count(box, 'own')).toBe(1);
    expect(count({ x0: 300, y0: 200, x1: 320, y1: 210 }, 'x')).toBe(0);
  });
  it(`counts nothing past ${MAX_SEGMENTS} links (a large graph names hubs only)`, () => {
    const many = Array.from({ length: MAX_SEGMENTS + 1 }, () => links[0]!);
    expect(segmentCounter(many, 1, screen)(box, 'x')).toBe(0);
  });
});
