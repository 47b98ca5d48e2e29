/**
 * The layout's start positions (`seedPositions`), apart from the simulation (d3-force): the
 * page draws a large graph from them while its worker lays it out, and computes them itself
 * rather than wait for the worker to start up (layout/client.ts).
 */
import type { Dataset } from '../types.ts';
import { degreesOf, type GraphIndex } from './graph-index.ts';
import type { Point } from './positions.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Start positions that already look like the answer, so fewer ticks settle it: each node sits
 * in a sunflower spiral around its best-connected neighbour (its "anchor"), and anchors sit in
 * a wide spiral of their own, biggest in the middle.
 */
export function seedPositions(ds: Dataset, index: GraphIndex): Map<string, Point> {
  const { x, y } = seedArrays(ds, index.degree);
  const out = new Map<string, Point>();
  ds.nodes.forEach((n, i) => out.set(n.id, { x: x[i]!, y: y[i]! }));
  return out;
}

/**
 * `seedPositions` in node order, as two arrays: the actors numbered by their place in
 * `ds.nodes`, each link's two ends by those numbers (`placeSeeds`). A link with an end
 * outside the dataset cannot come from a checked one; it anchors nothing.
 */
function seedArrays(
  ds: Dataset,
  degree: ReadonlyMap<string, number>,
): { x: Float64Array; y: Float64Array } {
  const nodes = ds.nodes;
  const slot = new Map<string, number>();
  const deg = new Float64Array(nodes.length);
  nodes.forEach((n, i) => {
    slot.set(n.id, i);
    deg[i] = degree.get(n.id) ?? 0;
  });
  const ends: number[] = [];
  for (const { source, target } of ds.links) {
    const s = slot.get(source);
    const t = slot.get(target);
    if (s !== undefined && t !== undefined) ends.push(s, t);
  }
  return placeSeeds(nodes, deg, ends);
}

/**
 * The seeds of `nodes` from their degrees (`deg[i]`, by place) and the links' ends as places
 * (`ends`: source, target, source, target…). Degrees are read once into an array: with a Map
 * lookup per comparison the sort alone was ~20 ms of a 5,000-actor first picture (issue 10).
 * Anchors are found in one pass over the links: each end is offered the other, and keeps the
 * offer of highest degree, the smaller id among equals, whatever the order of the offers.
 * The same arithmetic in the same order, so the same numbers to the last bit, whether the
 * places came from the ids (`seedArrays`) or from a first picture's own count (`seedsFrom`).
 */
function placeSeeds(
  nodes: readonly { id: string }[],
  deg: ArrayLike<number>,
  ends: ArrayLike<number>,
): { x: Float64Array; y: Float64Array } {
  const count = nodes.length;
  // best[i]: i itself until a neighbour of higher degree is offered.
  const best = Int32Array.from({ length: count }, (_, i) => i);
  const offer = (i: number, m: number) => {
    const b = best[i]!;
    if (deg[m]! > deg[b]! || (deg[m] === deg[b] && b !== i && nodes[m]!.id < nodes[b]!.id))
      best[i] = m;
  };
  for (let j = 0; j < ends.length; j += 2) {
    offer(ends[j]!, ends[j + 1]!);
    offer(ends[j + 1]!, ends[j]!);
  }
  const anchor = new Int32Array(count);
  for (let i = 0; i < count; i++) anchor[i] = deg[best[i]!]! > deg[i]! ? best[i]! : i;
  // Highest degree first: an anchor always has more links than its children, so it is placed
  // before them (a child placed before its anchor would pile up at the origin with others).
  const order = Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => deg[b]! - deg[a]! || (nodes[a]!.id < nodes[b]!.id ? -1 : 1),
  );
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const children = new Int32Array(count);
  let anchors = 0;
  for (const i of order) {
    const a = anchor[i]!;
    if (a === i) {
      const rad = 120 * Math.sqrt(anchors);
      x[i] = rad * Math.cos(anchors * GOLDEN_ANGLE);
      y[i] = rad * Math.sin(anchors * GOLDEN_ANGLE);
      anchors += 1;
      continue;
    }
    const k = children[a]!;
    children[a] = k + 1;
    const rad = 40 + 9 * Math.sqrt(k);
    x[i] = x[a]! + rad * Math.cos(k * GOLDEN_ANGLE);
    y[i] = y[a]! + rad * Math.sin(k * GOLDEN_ANGLE);
  }
  return { x, y };
}

/**
 * The seeds of `ds` in node order, centred on their mean as every layout report is
 * (`[x0, y0, x1, y1…]`, see layout/protocol.ts): the first picture of a large graph.
 */
export function centredSeeds(
  ds: Dataset,
  index: GraphIndex,
  seeds?: ReadonlyMap<string, Point>,
): Float32Array {
  if (seeds) return centred(ds.nodes.map((n) => seeds.get(n.id)!));
  return centredFrom(ds, index.degree);
}

function centredFrom(ds: Dataset, degree: ReadonlyMap<string, number>): Float32Array {
  return centredXY(seedArrays(ds, degree));
}

/** Seed arrays centred, without a point object per actor. */
function centredXY({ x, y }: { x: Float64Array; y: Float64Array }): Float32Array {
  return centredAt(
    x.length,
    (i) => x[i]!,
    (i) => y[i]!,
  );
}

/** Points centred on their mean, packed `[x0, y0, x1, y1…]` in their order. */
export function centred(points: readonly { x?: number; y?: number }[]): Float32Array {
  return centredAt(
    points.length,
    (i) => points[i]!.x ?? 0,
    (i) => points[i]!.y ?? 0,
  );
}

/** `count` points, the i-th at (`x(i)`, `y(i)`), centred on their mean and packed. */
function centredAt(
  count: number,
  x: (i: number) => number,
  y: (i: number) => number,
): Float32Array {
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < count; i++) {
    cx += x(i);
    cy += y(i);
  }
  cx /= Math.max(1, count);
  cy /= Math.max(1, count);
  const out = new Float32Array(count * 2);
  for (let i = 0; i < count; i++) {
    out[2 * i] = x(i) - cx;
    out[2 * i + 1] = y(i) - cy;
  }
  return out;
}

const SEEDS = new WeakMap<Dataset, Float32Array>();

/**
 * `centredSeeds(ds, graphIndexOf(ds))` from the degrees alone (`degreesOf`, not the whole
 * index), once per dataset object: a published file's first picture (components/graph/
 * preview.ts) and then the layout client draw the same seeds, and the second finds them made
 * (~35 ms at 20,000 actors). Shared: callers must not change it.
 */
export function seedsOf(ds: Dataset): Float32Array {
  let seeds = SEEDS.get(ds);
  if (!seeds) SEEDS.set(ds, (seeds = centredFrom(ds, degreesOf(ds))));
  return seeds;
}

/**
 * `seedsOf(ds)` from what a large file's first picture counted on its way (lib/render/
 * preview.ts `drawableDataset`): the degrees by place and the links' ends as places, every end
 * known. Kept as `seedsOf(ds)`, which the layout client then finds made.
 */
export function seedsFrom(
  ds: Dataset,
  deg: ArrayLike<number>,
  ends: ArrayLike<number>,
): Float32Array {
  let seeds = SEEDS.get(ds);
  if (!seeds) SEEDS.set(ds, (seeds = centredXY(placeSeeds(ds.nodes, deg, ends))));
  return seeds;
}

const SEED_POSITIONS = new WeakMap<Dataset, Map<string, Point>>();

/**
 * The centred seeds (`seedsOf`) by node id, once per dataset object: the same Map for a
 * published file's first picture and the layout client's first positions, so the Canvas base
 * built for the one is the other's (render/scene.ts). Shared: callers must not change it.
 */
export function seedPositionsOf(ds: Dataset): Map<string, Point> {
  let positions = SEED_POSITIONS.get(ds);
  if (!positions) {
    const s = seedsOf(ds);
    positions = new Map(ds.nodes.map((n, i) => [n.id, { x: s[2 * i]!, y: s[2 * i + 1]! }]));
    SEED_POSITIONS.set(ds, positions);
  }
  return positions;
}
