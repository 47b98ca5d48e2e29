import { describe, expect, it } from 'vitest';
import {
  competing,
  NEAR_NAMED,
  viewRect,
  type CompetingInput,
} from '../../../src/lib/render/competing.ts';

/**
 * A hand-made large-graph state: a hub 'letter' at the centre, 'far' off screen, 'dot' in view,
 * and a neighbourhood of 'near-0'… spread in view.
 */
const positions = new Map<string, { x: number; y: number }>([
  ['letter', { x: 0, y: 0 }],
  ['far', { x: 5000, y: 0 }],
  ['far-hub', { x: -5000, y: 0 }],
  ['dot', { x: 10, y: 10 }],
]);
const view = { x0: -100, y0: -100, x1: 100, y1: 100 };
function input(over: Partial<CompetingInput> = {}): CompetingInput {
  return {
    labels: 'hubs',
    view,
    inView: () => ['letter', 'dot'],
    position: (id) => positions.get(id),
    hubs: ['letter', 'far-hub'],
    forced: [],
    neighbourhood: null,
    priority: (id) => Number(id.split('-')[1] ?? 0),
    ...over,
  };
}

describe('competing', () => {
  const cases: { name: string; over: Partial<CompetingInput>; expected: string[] }[] = [
    { name: 'zoomed out: the hubs in view', over: {}, expected: ['letter'] },
    {
      name: 'zoomed in: everything in view too',
      over: { labels: 'all' },
      expected: ['dot', 'letter'],
    },
    {
      name: 'the forced ones wherever they are (a selection off screen)',
      over: { forced: ['far'] },
      expected: ['far', 'letter'],
    },
    {
      name: 'a lit neighbourhood: its members in view',
      over: { neighbourhood: new Set(['letter', 'dot', 'far']) },
      expected: ['dot', 'letter'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect([...competing(input(c.over))].sort()).toEqual(c.expected);
    });
  }

  it('a neighbourhood larger than a screen can name: its best NEAR_NAMED by priority', () => {
    const many = Array.from({ length: NEAR_NAMED + 50 }, (_, i) => `near-${i}`);
    for (const id of many) positions.set(id, { x: 1, y: 1 });
    const ids = competing(input({ neighbourhood: new Set(many) }));
    expect(ids.size).toBe(NEAR_NAMED + 1); // and the hub
    expect(ids.has(`near-${NEAR_NAMED + 49}`)).toBe(true);
    expect(ids.has('near-0')).toBe(false);
  });
});

describe('viewRect', () => {
  it('is the screen in layout units, grown by the margin', () => {
    expect(viewRect({ x: 100, y: 50, k: 2 }, { width: 400, height: 300 }, 20)).toEqual({
      x0: -60,
      y0: -35,
      x1: 160,
      y1: 135,
    });
  });
});
