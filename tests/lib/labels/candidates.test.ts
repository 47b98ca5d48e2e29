import { describe, expect, it } from 'vitest';
import {
  FEW_MATCHES,
  fewMatches,
  labelCandidates,
  type LabelState,
} from '../../../src/lib/labels/candidates.ts';
import { outerRadius } from '../../../src/lib/graph/encoding.ts';
import type { GraphNode } from '../../../src/lib/types.ts';

// A hand-made graph: a letter (hub) with three signatories, a person, and a report off to the side.
const node = (id: string, kind: GraphNode['kind'] = 'organisation'): GraphNode =>
  ({
    id,
    kind,
    name: id.toUpperCase(),
    aliases: [],
    citations: [],
    group: null,
  }) as unknown as GraphNode;
const nodes = [
  node('letter', 'coalition'),
  node('a'),
  node('b'),
  node('c'),
  node('p', 'person'),
  node('r', 'report'),
];
const at = (x: number, y: number) => ({ x, y });
const base: LabelState = {
  nodes,
  positions: new Map([
    ['letter', at(0, 0)],
    ['a', at(20, 0)],
    ['b', at(0, 20)],
    ['c', at(-20, 0)],
    ['p', at(60, 0)],
    ['r', at(200, 0)],
  ]),
  degree: new Map([
    ['letter', 4],
    ['a', 1],
    ['b', 1],
    ['c', 1],
    ['p', 1],
    ['r', 0],
  ]),
  visible: new Set(nodes.map((n) => n.id)),
  hubs: new Set(['letter']),
  neighbourhood: null,
  focusId: null,
  selectedNode: null,
  linkSelected: false,
  highlight: [],
  hits: [],
  zoomedIn: false,
  width: (n, bold) => n.name.length * (bold ? 10 : 8),
};
const ids = (s: LabelState) => labelCandidates(s).items.map((i) => i.id);

describe('labelCandidates', () => {
  it.each([
    { name: 'zoomed out, only the hub competes', state: base, items: ['letter'], always: [] },
    {
      name: 'zoomed in, every shown actor competes',
      state: { ...base, zoomedIn: true },
      items: ['letter', 'a', 'b', 'c', 'p', 'r'],
      always: [],
    },
    {
      name: 'filtered out actors do not compete, unless forced',
      state: { ...base, zoomedIn: true, visible: new Set(['letter', 'a']), highlight: ['r'] },
      items: ['letter', 'a', 'r'],
      always: ['r'],
    },
    {
      name: 'a lit neighbourhood names its members at any zoom; the focus is forced',
      state: { ...base, neighbourhood: new Set(['a', 'letter']), focusId: 'a' },
      items: ['letter', 'a'],
      always: ['a'],
    },
    {
      name: 'searching names the hits only, the first five forced',
      state: { ...base, zoomedIn: true, hits: ['p', 'b'] },
      items: ['b', 'p'],
      always: ['p', 'b'],
    },
    {
      name: 'a filter leaving few names every shown match at any zoom',
      state: { ...base, visible: new Set(['letter', 'a', 'b']), few: new Set(['a', 'b', 'c']) },
      items: ['letter', 'a', 'b'],
      always: ['a', 'b'],
    },
    {
      name: 'on a narrow screen the few matches compete, not forced',
      state: {
        ...base,
        visible: new Set(['letter', 'a', 'b']),
        few: new Set(['a', 'b', 'c']),
        fewForced: false,
      },
      items: ['letter', 'a', 'b'],
      always: [],
    },
    {
      name: 'a selected link names both ends of its neighbourhood',
      state: { ...base, neighbourhood: new Set(['p', 'r']), linkSelected: true },
      items: ['p', 'r'],
      always: ['p', 'r'],
    },
  ])('$name', ({ state, items, always }) => {
    const out = labelCandidates(state);
    expect(out.items.map((i) => i.id)).toEqual(items);
    expect([...out.always]).toEqual(always);
  });

  it('hubs may cover nodes; the selected label is measured bold and larger', () => {
    const out = labelCandidates({ ...base, selectedNode: 'a' });
    const a = out.items.find((i) => i.id === 'a')!;
    const letter = out.items.find((i) => i.id === 'letter')!;
    expect(letter.mayCoverNodes).toBe(true);
    expect(a.mayCoverNodes).toBe(false);
    expect(a.width).toBeCloseTo(10 * 1.12);
    expect(a.height).toBeCloseTo(14 * 1.12);
    expect(letter.width).toBe(60);
  });

  it('obstacles are the shapes drawn at full strength: not the faded, not the non-hits', () => {
    const out = labelCandidates({ ...base, hits: ['a'], visible: new Set(['letter', 'a', 'b']) });
    expect(out.scene.discs.map((d) => [d.x, d.y])).toEqual([[20, 0]]);
  });

  it("the presenter view's larger radius reaches the discs labels avoid", () => {
    const out = labelCandidates({ ...base, zoomedIn: true, minRadius: 5.5 });
    expect(out.scene.discs.find((d) => d.x === 20)!.r).toBe(5.5);
    // The letter's star reaches beyond its radius (7.5): labels clear its points.
    expect(out.items.find((i) => i.id === 'letter')!.r).toBeCloseTo(outerRadius('coalition', 7.5));
    expect(outerRadius('coalition', 7.5)).toBeGreaterThan(7.5 * 1.4);
  });

  it.each([
    { name: 'not filtering', filtering: false, size: 3, few: false },
    { name: 'a filter leaving none', filtering: true, size: 0, few: false },
    { name: 'a filter leaving 1', filtering: true, size: 1, few: true },
    { name: `a filter leaving ${FEW_MATCHES}`, filtering: true, size: FEW_MATCHES, few: true },
    {
      name: `a filter leaving ${FEW_MATCHES + 1}`,
      filtering: true,
      size: FEW_MATCHES + 1,
      few: false,
    },
  ])('fewMatches: $name → $few', ({ filtering, size, few }) => {
    const matches = new Set(Array.from({ length: size }, (_, i) => `n${i}`));
    expect(fewMatches(filtering, matches)).toBe(few ? matches : null);
  });

  it('never changes its input', () => {
    const copy = structuredClone({ ...base, width: undefined });
    ids(base);
    expect({ ...base, width: undefined }).toEqual(copy);
  });
});

describe('labelCandidates: links labels keep off', () => {
  it('are the links between shapes drawn at full strength, with their ends and places', () => {
    const links = [
      { source: 'letter', target: 'a' },
      { source: 'letter', target: 'b' },
      { source: 'p', target: 'r' },
    ];
    const out = labelCandidates({ ...base, links, visible: new Set(['letter', 'a', 'p']) });
    expect(out.scene.links).toEqual([{ a: 'letter', b: 'a', x1: 0, y1: 0, x2: 20, y2: 0 }]);
  });
});
