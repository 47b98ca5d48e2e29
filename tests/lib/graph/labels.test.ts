import { describe, expect, it } from 'vitest';
import { labelBox, visibleLabels, type LabelItem } from '../../../src/lib/graph/labels.ts';

const item = (id: string, x: number, y: number, priority: number, width = 50): LabelItem => ({
  id,
  x,
  y,
  r: 5,
  priority,
  width,
});

describe('labelBox', () => {
  it('sits right of the node, centred, in screen pixels', () => {
    expect(labelBox(item('a', 10, 20, 0), 2)).toEqual({ x0: 34, y0: 33, x1: 84, y1: 47 });
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
