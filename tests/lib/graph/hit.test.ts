import { describe, expect, it } from 'vitest';
import { nearestLink, segmentDistance } from '../../../src/lib/graph/hit.ts';
import type { GraphLink } from '../../../src/lib/types.ts';

const link = (source: string, target: string): GraphLink => ({
  id: `${source}--signed--${target}`,
  source,
  target,
  relation: 'signed',
  citations: [],
  date: null,
  note: null,
});

describe('segmentDistance', () => {
  const cases = [
    { name: 'on the segment', p: { x: 5, y: 0 }, expected: 0 },
    { name: 'beside the middle', p: { x: 5, y: 3 }, expected: 3 },
    { name: 'past the end', p: { x: 13, y: 4 }, expected: 5 },
    { name: 'before the start', p: { x: -3, y: -4 }, expected: 5 },
  ];
  for (const { name, p, expected } of cases) {
    it(name, () =>
      expect(segmentDistance(p, { x: 0, y: 0 }, { x: 10, y: 0 })).toBeCloseTo(expected, 9),
    );
  }
  it('handles a zero-length segment', () => {
    expect(segmentDistance({ x: 3, y: 4 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBe(5);
  });
});

describe('nearestLink', () => {
  const positions = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 10, y: 0 }],
    ['c', { x: 0, y: 10 }],
  ]);
  const links = [link('a', 'b'), link('a', 'c')];
  const all = () => true;
  const cases = [
    { name: 'near a–b', p: { x: 5, y: 1 }, expected: 'a--signed--b' },
    { name: 'near a–c', p: { x: 1, y: 6 }, expected: 'a--signed--c' },
    { name: 'the nearer of two', p: { x: 2, y: 1.5 }, expected: 'a--signed--b' },
    { name: 'too far from both', p: { x: 8, y: 8 }, expected: null },
  ];
  for (const { name, p, expected } of cases) {
    it(name, () => expect(nearestLink(links, positions, all, p, 3)).toBe(expected));
  }
  it('skips links that are not shown', () => {
    const onlyAc = (l: GraphLink) => l.target === 'c';
    expect(nearestLink(links, positions, onlyAc, { x: 5, y: 1 }, 3)).toBeNull();
  });
  it('skips links whose ends have no position, and mutates nothing', () => {
    const before = JSON.stringify(links);
    expect(nearestLink([link('a', 'zz')], positions, all, { x: 0, y: 0 }, 3)).toBeNull();
    expect(JSON.stringify(links)).toBe(before);
  });
});
