import { describe, expect, it } from 'vitest';
import {
  encodingsUsed,
  GROUP_COLOURS,
  GROUP_LABELS,
  isHub,
  KIND_LABELS,
  KIND_SHAPES,
  labelPriority,
  minRadius,
  nodeRadius,
  shapePath,
  type Shape,
} from '../../../src/lib/graph/encoding.ts';
import { GROUPS, NODE_KINDS, type GraphNode, type NodeKind } from '../../../src/lib/types.ts';
import { loadMini } from './mini.ts';

/** WCAG relative luminance and contrast ratio. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('GROUP_COLOURS', () => {
  it('has a distinct colour and a label for every group and for none', () => {
    const keys = [...GROUPS, 'none'] as const;
    expect(Object.keys(GROUP_COLOURS).sort()).toEqual([...keys].sort());
    expect(new Set(Object.values(GROUP_COLOURS)).size).toBe(keys.length);
    expect(Object.keys(GROUP_LABELS).sort()).toEqual([...keys].sort());
  });

  it.each(Object.entries(GROUP_COLOURS))('%s (%s) reads on white and on dark', (_, colour) => {
    expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(colour, '#121212')).toBeGreaterThanOrEqual(3);
  });
});

describe('KIND_SHAPES and KIND_LABELS', () => {
  it('give every kind its own shape and a label', () => {
    expect(Object.keys(KIND_SHAPES).sort()).toEqual([...NODE_KINDS].sort());
    expect(new Set(Object.values(KIND_SHAPES)).size).toBe(NODE_KINDS.length);
    expect(Object.keys(KIND_LABELS).sort()).toEqual([...NODE_KINDS].sort());
  });
});

describe('shapePath', () => {
  it.each([
    { shape: 'circle', r: 10, expected: 'M10,0A10,10 0 1,1 -10,0A10,10 0 1,1 10,0Z' },
    { shape: 'square', r: 2, expected: 'M-1.772,-1.772L1.772,-1.772L1.772,1.772L-1.772,1.772Z' },
    { shape: 'diamond', r: 2, expected: 'M0,-2.507L2.507,0L0,2.507L-2.507,0Z' },
  ] as const)('$shape r=$r', ({ shape, r, expected }) => {
    expect(shapePath(shape, r)).toBe(expected);
  });

  /** Shoelace area of a polygon path (M…L…Z). */
  const area = (d: string) => {
    const pts = d
      .slice(1, -1)
      .split('L')
      .map((p) => p.split(',').map(Number) as [number, number]);
    let sum = 0;
    pts.forEach(([x, y], i) => {
      const [x2, y2] = pts[(i + 1) % pts.length]!;
      sum += x * y2 - x2 * y;
    });
    return Math.abs(sum) / 2;
  };
  it.each(['square', 'diamond', 'triangle', 'hexagon', 'star', 'cross'] as Shape[])(
    '%s has the area of the circle of radius r',
    (shape) => {
      expect(area(shapePath(shape, 10))).toBeCloseTo(Math.PI * 100, 0);
    },
  );
});

describe('nodeRadius', () => {
  it.each([
    { degree: 0, kind: 'organisation', expected: 4 },
    { degree: 1, kind: 'organisation', expected: 4 },
    { degree: 4, kind: 'person', expected: 6 },
    { degree: 16, kind: 'organisation', expected: 12 },
    { degree: 1000, kind: 'organisation', expected: 24 },
    { degree: 1, kind: 'coalition', expected: 7 },
    { degree: 16, kind: 'government', expected: 15 },
    { degree: 195, kind: 'coalition', expected: 32 },
  ] as { degree: number; kind: NodeKind; expected: number }[])(
    '$kind with $degree links → $expected',
    ({ degree, kind, expected }) => {
      expect(nodeRadius(degree, kind)).toBe(expected);
    },
  );

  it.each([
    { degree: 1, kind: 'organisation', expected: 5.5 },
    { degree: 16, kind: 'organisation', expected: 12 },
    { degree: 1, kind: 'coalition', expected: 7 },
  ] as { degree: number; kind: NodeKind; expected: number }[])(
    'in presenter view, $kind with $degree links → $expected',
    ({ degree, kind, expected }) => {
      expect(nodeRadius(degree, kind, minRadius(true))).toBe(expected);
      expect(minRadius(false)).toBe(4);
    },
  );

  it('grows area in proportion to degree between the bounds', () => {
    const a = nodeRadius(9, 'organisation') ** 2;
    const b = nodeRadius(36, 'organisation') ** 2;
    expect(b / a).toBeCloseTo(4, 9);
  });
});

describe('isHub and labelPriority', () => {
  const byId = new Map(loadMini().nodes.map((n) => [n.id, n]));
  const node = (id: string): GraphNode => byId.get(id)!;
  it.each([
    { id: 'open-letter-2022-03-08', degree: 7, expected: true },
    { id: 'wuc-statement-2022-08-31', degree: 2, expected: false },
    { id: 'chinese-foreign-ministry', degree: 3, expected: true },
    { id: 'ohchr', degree: 3, expected: true },
    { id: 'world-uyghur-congress', degree: 3, expected: false },
    { id: 'world-uyghur-congress', degree: 8, expected: true },
    { id: 'dolkun-isa', degree: 1, expected: false },
  ])('$id with $degree links: hub $expected', ({ id, degree, expected }) => {
    expect(isHub(node(id), degree)).toBe(expected);
  });

  it('ranks hubs above everything, then degree, then kind', () => {
    const ranked = [
      labelPriority(node('open-letter-2022-03-08'), 3),
      labelPriority(node('world-uyghur-congress'), 7),
      labelPriority(node('wuc-statement-2022-08-31'), 2),
      labelPriority(node('dolkun-isa'), 2),
      labelPriority(node('amnesty-international'), 2),
    ];
    expect([...ranked].sort((a, b) => b - a)).toEqual(ranked);
    expect(new Set(ranked).size).toBe(ranked.length);
  });
});

describe('encodingsUsed', () => {
  const node = (id: string, kind: NodeKind, group: GraphNode['group']) =>
    ({ id, kind, group }) as GraphNode;
  const nodes = [
    node('a', 'person', null),
    node('b', 'organisation', 'diaspora'),
    node('c', 'coalition', null),
    node('d', 'organisation', 'international'),
  ];
  const cases = [
    { name: 'all', shown: undefined, groups: ['international', 'diaspora', 'none'] },
    { name: 'those shown', shown: (n: GraphNode) => n.id === 'b', groups: ['diaspora'] },
    { name: 'none shown', shown: () => false, groups: [] },
  ];
  it.each(cases)('$name: the groups and kinds in legend order', ({ shown, groups }) => {
    const used = encodingsUsed(nodes, shown);
    const order = (list: readonly string[], all: readonly string[]) =>
      all.filter((x) => list.includes(x));
    expect(used.groups).toEqual(order(groups, [...GROUPS, 'none']));
    expect(used.kinds).toEqual(
      order([...new Set(nodes.filter((n) => shown?.(n) ?? true).map((n) => n.kind))], NODE_KINDS),
    );
  });
});
