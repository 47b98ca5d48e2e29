/**
 * Visual encoding, one place for the graph, the legend and the list: colour by group, shape by
 * kind, size by number of links. Numbers here are screen pixels at zoom 1.
 */
import { GROUPS, NODE_KINDS, type Group, type GraphNode, type NodeKind } from '../types.ts';

/**
 * Okabe–Ito hues, darkened where needed so every colour has ≥ 3:1 contrast (WCAG non-text) both
 * on white and on a #121212 dark background; hue and lightness both differ between neighbours.
 */
export const GROUP_COLOURS: Record<Group | 'none', string> = {
  diaspora: '#D55E00',
  international: '#0072B2',
  solidarity: '#009E73',
  national: '#A67C00',
  faith: '#C0619A',
  academic: '#8C6BC8',
  professional: '#1F9BCF',
  individual: '#6F8F00',
  none: '#8A8A8A',
};

/** Legend and panel wording for each group. */
export const GROUP_LABELS: Record<Group | 'none', string> = {
  diaspora: 'Diaspora organisation',
  international: 'International NGO',
  solidarity: 'Solidarity group',
  national: 'National rights group',
  faith: 'Faith organisation',
  academic: 'Academic',
  professional: 'Professional body',
  individual: 'Individual',
  none: 'No group',
};

/** Legend and panel wording for each kind. */
export const KIND_LABELS: Record<NodeKind, string> = {
  organisation: 'Organisation',
  person: 'Person',
  coalition: 'Joint letter or statement',
  government: 'Government',
  intergovernmental: 'Intergovernmental body',
  media: 'Media',
  report: 'Report',
};

/** The same kinds in the plural, inside a sentence: "3 of them are … (people, reports)". */
export const KIND_PLURALS: Record<NodeKind, string> = {
  organisation: 'organisations',
  person: 'people',
  coalition: 'joint letters and statements',
  government: 'governments',
  intergovernmental: 'UN and other intergovernmental bodies',
  media: 'media',
  report: 'reports',
};

/** A node's outline. */
export type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'star' | 'cross';

/** One shape per kind; the circle, the most common, goes to the most common kind. */
export const KIND_SHAPES: Record<NodeKind, Shape> = {
  organisation: 'circle',
  person: 'triangle',
  coalition: 'star',
  government: 'square',
  intergovernmental: 'diamond',
  media: 'cross',
  report: 'hexagon',
};

/** Outer size per shape relative to `r`, so every shape has the area of a circle of radius r. */
const AREA_SCALE: Record<Shape, number> = {
  circle: 1,
  square: Math.sqrt(Math.PI) / 2, // half the side
  diamond: Math.sqrt(Math.PI / 2), // half the diagonal
  triangle: Math.sqrt((4 * Math.PI) / (3 * Math.sqrt(3))), // circumradius
  hexagon: Math.sqrt((2 * Math.PI) / (3 * Math.sqrt(3))), // circumradius
  star: Math.sqrt(Math.PI / (5 * 0.5 * Math.sin(Math.PI / 5))), // outer radius, inner = ½ outer
  cross: Math.sqrt(Math.PI / 2.56), // half the arm length, arms 0.8 of it thick
};

/**
 * How far a node's drawn shape reaches from its centre (a star's points, a triangle's
 * corners): what a label beside it must clear. `outerRadius('coalition', 10)` → about 14.6.
 */
export const outerRadius = (kind: NodeKind, r: number): number =>
  r * Math.max(1, AREA_SCALE[KIND_SHAPES[kind]]);

const fmt = (v: number) => String(Math.round(v * 1000) / 1000);
const polygon = (pts: [number, number][]) =>
  `M${pts.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join('L')}Z`;
const ring = (n: number, radius: (i: number) => number, offset: number) =>
  Array.from({ length: n }, (_, i): [number, number] => {
    const a = offset + (i * 2 * Math.PI) / n;
    return [radius(i) * Math.cos(a), radius(i) * Math.sin(a)];
  });

/** SVG path data of `shape`, centred on 0,0, with the area of a circle of radius `r`. */
export function shapePath(shape: Shape, r: number): string {
  const s = r * AREA_SCALE[shape];
  switch (shape) {
    case 'circle':
      return `M${fmt(s)},0A${fmt(s)},${fmt(s)} 0 1,1 ${fmt(-s)},0A${fmt(s)},${fmt(s)} 0 1,1 ${fmt(s)},0Z`;
    case 'square':
      return polygon([
        [-s, -s],
        [s, -s],
        [s, s],
        [-s, s],
      ]);
    case 'diamond':
      return polygon([
        [0, -s],
        [s, 0],
        [0, s],
        [-s, 0],
      ]);
    case 'triangle':
      return polygon(ring(3, () => s, -Math.PI / 2));
    case 'hexagon':
      return polygon(ring(6, () => s, 0));
    case 'star':
      return polygon(ring(10, (i) => (i % 2 === 0 ? s : s / 2), -Math.PI / 2));
    case 'cross': {
      const b = s * 0.4;
      return polygon([
        [-b, -s],
        [b, -s],
        [b, -b],
        [s, -b],
        [s, b],
        [b, b],
        [b, s],
        [-b, s],
        [-b, b],
        [-s, b],
        [-s, -b],
        [-b, -b],
      ]);
    }
  }
}

/** The kinds drawn larger: the hubs a reader should find first. */
const BIG_KINDS: ReadonlySet<NodeKind> = new Set(['coalition', 'government']);

/**
 * The smallest radius in presenter view. The 192 signatories (radius 4) were 3–4 px dots on a
 * projector, their colours indistinguishable from the back of a room; they sit 11.7 layout
 * units apart at the closest, so 5.5 keeps them apart.
 */
export const PRESENT_MIN_RADIUS = 5.5;

/**
 * Radius with area ∝ degree: 4–24 px (`min`–24), coalitions and governments ×1.25 and 7–32 px.
 * `nodeRadius(1, 'organisation')` → 4; `nodeRadius(1, 'organisation', PRESENT_MIN_RADIUS)` → 5.5.
 */
export function nodeRadius(degree: number, kind: NodeKind, min = 4): number {
  const base = 3 * Math.sqrt(Math.max(1, degree));
  return BIG_KINDS.has(kind)
    ? Math.min(32, Math.max(7, min, base * 1.25))
    : Math.min(24, Math.max(min, base));
}

/** The smallest radius for a view: larger in presenter view (see PRESENT_MIN_RADIUS). */
export const minRadius = (present: boolean): number => (present ? PRESENT_MIN_RADIUS : 4);

const HUB_KINDS: ReadonlySet<NodeKind> = new Set([
  'coalition',
  'report',
  'government',
  'intergovernmental',
]);

/** Hubs are always labelled: coalitions, reports, governments, UN bodies with ≥ 3 links; anything with ≥ 8. */
export function isHub(node: GraphNode, degree: number): boolean {
  return (HUB_KINDS.has(node.kind) && degree >= 3) || degree >= 8;
}

/** Higher wins a label slot: hubs first, then by degree, kinds breaking ties. */
export function labelPriority(node: GraphNode, degree: number): number {
  const kindBonus = HUB_KINDS.has(node.kind) ? 2 : node.kind === 'person' ? 1 : 0;
  return (isHub(node, degree) ? 10_000 : 0) + degree * 10 + kindBonus;
}

/**
 * The groups and kinds that `nodes` (those `shown`; all by default) use, in legend order;
 * `none` when some node has no group (people, letters, unclassified organisations): what a
 * legend or key must explain.
 */
export function encodingsUsed(
  nodes: readonly GraphNode[],
  shown: (n: GraphNode) => boolean = () => true,
): {
  groups: (Group | 'none')[];
  kinds: NodeKind[];
} {
  // One pass, no copies: the key reads this on every filter change, over 5,000 actors.
  const groups = new Set<Group | 'none'>();
  const kinds = new Set<NodeKind>();
  for (const n of nodes) {
    if (!shown(n)) continue;
    groups.add(n.group ?? 'none');
    kinds.add(n.kind);
  }
  return {
    groups: [...GROUPS, 'none' as const].filter((g) => groups.has(g)),
    kinds: NODE_KINDS.filter((k) => kinds.has(k)),
  };
}
