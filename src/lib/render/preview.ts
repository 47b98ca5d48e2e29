/**
 * The picture of a large published file drawn before the file is checked (issue 10): at
 * 20,000 actors the check alone takes 300 ms, the page's mount and first Canvas draw another
 * 250, so the graph would first be seen 0.8 s after navigation. Once the JSON is parsed, what
 * the first picture needs (actor ids, kinds and groups, link ends) is cheap to look at, and the
 * first picture is known: the seed positions, as the layout's first answer gives them
 * (layout/client.ts), framed as the graph opens. `drawableDataset` and `firstPositions` say
 * what to draw, or null when the file is not plainly a graph or the app's first picture would
 * be another; `pictureBase` gives the batches the app's Canvas would draw (render/scene.ts),
 * the same ones; the drawing is components/graph/preview.ts's. The picture names nothing and
 * answers nothing: it is the actors' dots and lines until the app, once the file passed its
 * check, draws the same in their place (or the error view replaces it, for a file that fails).
 *
 * Everything here works on the actors' places in `nodes` (typed arrays), not on Maps by id
 * and an object per actor as the app's scene does: in the page, at 20,000 actors, the app's
 * way took ~240 ms between the parse and the drawing, much of it garbage collection, and this
 * way ~120 ms less. The app's own structures are built after the picture.
 */
import { GROUPS, NODE_KINDS, type Dataset } from '../types.ts';
import { GROUP_COLOURS, KIND_SHAPES, labelPriority, nodeRadius } from '../graph/encoding.ts';
import { BoundsBox } from '../graph/fit.ts';
import { mayBeStored, nothingStored, type KeyStorage } from '../layout/stored-keys.ts';
import { carriedPositions, layoutKey } from '../graph/layout-cache.ts';
import { seedsFrom } from '../graph/seeds.ts';
import type { Bounds } from '../graph/viewport.ts';
import type { LinkBatch, NodeBatch } from './draw.ts';
import { LINK_ALPHA, type SceneColours } from './scene.ts';
import { CANVAS_THRESHOLD } from './lod.ts';

const KINDS = new Set<unknown>(NODE_KINDS);
const GROUP_VALUES = new Set<unknown>([...GROUPS, null, undefined]);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A parsed file the picture can be drawn from, with what was counted on the way. */
export interface Drawable {
  /** The parsed file itself, typed as a dataset. */
  ds: Dataset;
  /** Links touching each actor, by its place in `ds.nodes` (a self-link counts twice). */
  degree: Int32Array;
  /** Each link's source and target as places: `[s0, t0, s1, t1…]`. */
  ends: Int32Array;
}

/**
 * The parsed file `raw`, when it has `min` actors or more and every field the picture reads is
 * there and sound: a node's id (unique), kind and group, a link's id, relation and two ends
 * among the nodes. Nothing else of it is looked at (names, citations, the documents are the
 * check's, which runs whatever this says). `ds` is the same object, not a copy: a file that
 * passes its check unchanged is that object (dataset/shape.ts), so the seeds the picture
 * makes for it are the app's too (`seedsOf`).
 */
export function drawableDataset(raw: unknown, min = CANVAS_THRESHOLD): Drawable | null {
  if (!isRecord(raw) || !Array.isArray(raw.nodes) || !Array.isArray(raw.links)) return null;
  const nodes = raw.nodes as unknown[];
  const links = raw.links as unknown[];
  if (nodes.length < min) return null;
  const place = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (!isRecord(n) || typeof n.id !== 'string') return null;
    if (!KINDS.has(n.kind) || !GROUP_VALUES.has(n.group)) return null;
    place.set(n.id, i);
  }
  // Two actors with one id leave fewer places than actors.
  if (place.size !== nodes.length) return null;
  const degree = new Int32Array(nodes.length);
  const ends = new Int32Array(links.length * 2);
  for (let j = 0; j < links.length; j++) {
    const l = links[j];
    if (!isRecord(l) || typeof l.id !== 'string' || typeof l.relation !== 'string') return null;
    if (typeof l.source !== 'string' || typeof l.target !== 'string') return null;
    const s = place.get(l.source);
    const t = place.get(l.target);
    if (s === undefined || t === undefined) return null;
    ends[2 * j] = s;
    ends[2 * j + 1] = t;
    degree[s]! += 1;
    degree[t]! += 1;
  }
  return { ds: raw as unknown as Dataset, degree, ends };
}

/**
 * Where the app's first picture puts each actor, `xy` = `[x0, y0, x1, y1…]` in node order, or
 * null when that is not known yet: the positions the file carries, else the seeds (`seeded`:
 * as the layout client draws them first, and then finds made, `seedsFrom`), unless this
 * browser may have stored a settled layout for it (its first picture then waits for the
 * store's answer). `storage`: where the stored layouts are listed (stored-keys.ts).
 */
export function firstPositions(
  d: Drawable,
  storage?: KeyStorage | null,
): { xy: Float64Array; seeded: boolean } | null {
  const own = carriedPositions(d.ds);
  if (own) {
    const xy = new Float64Array(d.ds.nodes.length * 2);
    d.ds.nodes.forEach((n, i) => {
      const p = own.get(n.id)!;
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
    });
    return { xy, seeded: false };
  }
  // An empty list needs no fingerprint (~20 ms at 20,000 actors) to say "not stored".
  if (!nothingStored(storage) && mayBeStored(layoutKey(d.ds), storage)) return null;
  return { xy: Float64Array.from(seedsFrom(d.ds, d.degree, d.ends)), seeded: true };
}

/**
 * The batches the app's Canvas draws first for this file at `xy` (`buildBase` with every
 * actor shown, render/scene.ts): the links in one batch, the actors in draw order (lowest
 * label priority first, hubs on top) batched by fill in order of first use, each with its
 * shape (`shapeFor`, a Path2D in the page); and the box they are drawn over (`sceneBounds`),
 * null for no actor. tests/lib/render/preview.test.ts holds the two equal.
 */
export function pictureBase(
  d: Drawable,
  xy: Float64Array,
  colours: SceneColours,
  shapeFor: (key: string) => unknown,
): { links: LinkBatch[]; nodes: NodeBatch[]; bounds: Bounds | null } {
  const { ds, degree, ends } = d;
  const nodes = ds.nodes;
  const segments = new Float32Array(ends.length * 2);
  for (let j = 0; j < ends.length; j += 2) {
    const s = ends[j]!;
    const t = ends[j + 1]!;
    segments[2 * j] = xy[2 * s]!;
    segments[2 * j + 1] = xy[2 * s + 1]!;
    segments[2 * j + 2] = xy[2 * t]!;
    segments[2 * j + 3] = xy[2 * t + 1]!;
  }
  const links: LinkBatch[] = [
    { colour: colours.link, alpha: LINK_ALPHA.faded, width: 1, segments: new Float32Array(0) },
    { colour: colours.link, alpha: LINK_ALPHA.normal, width: 1, segments },
  ];
  // Draw order (`drawOrderOf`): ascending priority, node order among equals (a stable sort).
  const priority = Float64Array.from(nodes, (n, i) => labelPriority(n, degree[i]!));
  const order = Array.from(nodes.keys()).sort((a, b) => priority[a]! - priority[b]!);
  const batches = new Map<string, { xyr: number[]; index: number[]; shapes: unknown[] }>();
  // A shape by kind and degree (the radius is theirs): no key string per actor.
  const shapes = new Map<string, unknown[]>();
  const box = new BoundsBox();
  order.forEach((i, at) => {
    const n = nodes[i]!;
    const deg = degree[i]!;
    const r = nodeRadius(deg, n.kind);
    const fill = GROUP_COLOURS[n.group ?? 'none'];
    let batch = batches.get(fill);
    if (!batch) batches.set(fill, (batch = { xyr: [], index: [], shapes: [] }));
    let byDegree = shapes.get(n.kind);
    if (!byDegree) shapes.set(n.kind, (byDegree = []));
    const shape = (byDegree[deg] ??= shapeFor(`${KIND_SHAPES[n.kind]}/${r}`));
    const x = xy[2 * i]!;
    const y = xy[2 * i + 1]!;
    batch.xyr.push(x, y, r);
    batch.index.push(at);
    batch.shapes.push(shape);
    box.add(x, y, r);
  });
  return {
    links,
    nodes: [...batches].map(([fill, b]) => ({
      fill,
      alpha: 1,
      xyr: Float32Array.from(b.xyr),
      index: Int32Array.from(b.index),
      shapes: b.shapes,
    })),
    bounds: box.bounds(),
  };
}
