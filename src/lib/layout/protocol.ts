/**
 * The layout worker's messages, in one place for both ends (STYLE: heavy work behind a typed
 * protocol). The page sends what the layout depends on (node ids and kinds, links as pairs of
 * node indices); the worker answers with positions as one transferable `Float32Array`
 * (x0, y0, x1, y1… in the request's node order), never as an array of objects: 20,000 nodes
 * cross in 160 KB and no time, where objects would be cloned one by one on the main thread.
 */
import { NODE_KINDS, type Dataset, type NodeKind } from '../types.ts';

/** Page → worker: lay this graph out. `job` matches the replies to the request. */
export interface LayoutRequest {
  type: 'layout';
  job: number;
  /** The dataset fingerprint (`layoutKey`): the layout store's key. */
  key: string;
  ids: string[];
  /** Index into NODE_KINDS per node. */
  kinds: Uint8Array;
  /** Link ends as node indices: source0, target0, source1, target1… */
  links: Uint32Array;
  ticks: number;
  /** Send intermediate positions at most this often (ms); 0: only the settled ones. */
  progressMs: number;
}

/**
 * Page → worker: the reader is typing, clicking or zooming (`paused`), or has stopped. The
 * layout waits meanwhile: on a machine with few cores it would otherwise take one the page's
 * input needs (input-pause.ts).
 */
export interface LayoutPause {
  type: 'pause';
  paused: boolean;
}

/** What the page sends the worker. */
export type PageMessage = LayoutRequest | LayoutPause;

/**
 * Worker → page. `miss`: nothing stored for this dataset, so the page draws the seeds it
 * computes itself (sooner than the worker's, which follow); `seed`: the start positions;
 * `progress`: part-way; `done`: settled (from the store at once, or computed).
 */
export type LayoutReply =
  | { type: 'miss'; job: number }
  | { type: 'seed' | 'progress'; job: number; positions: Float32Array }
  | { type: 'done'; job: number; positions: Float32Array; fromStore: boolean }
  | { type: 'error'; job: number; message: string };

/** A layout position (layout units: screen pixels at zoom 1). */
export interface Point {
  x: number;
  y: number;
}

/**
 * The request for `ds`, and the buffers to transfer with it.
 * `layoutRequest(ds, 1, key)` → `{ request: { ids: ['a','b'], links: Uint32Array [0,1] … }, transfer }`.
 * Links to unknown ids are left out, as the layout itself leaves them out.
 */
export function layoutRequest(
  ds: Dataset,
  job: number,
  key: string,
  opts: { ticks: number; progressMs?: number },
): { request: LayoutRequest; transfer: ArrayBuffer[] } {
  const ids = ds.nodes.map((n) => n.id);
  const at = new Map(ids.map((id, i) => [id, i]));
  const kinds = Uint8Array.from(ds.nodes, (n) => NODE_KINDS.indexOf(n.kind));
  const pairs: number[] = [];
  for (const l of ds.links) {
    const s = at.get(l.source);
    const t = at.get(l.target);
    if (s !== undefined && t !== undefined) pairs.push(s, t);
  }
  const links = Uint32Array.from(pairs);
  const request: LayoutRequest = {
    type: 'layout',
    job,
    key,
    ids,
    kinds,
    links,
    ticks: opts.ticks,
    progressMs: opts.progressMs ?? 0,
  };
  return { request, transfer: [kinds.buffer, links.buffer] };
}

/** The kind of node `i` of a request. */
export function kindAt(request: LayoutRequest, i: number): NodeKind {
  return NODE_KINDS[request.kinds[i]!] ?? 'organisation';
}

/** `[x0, y0, x1, y1]` for `ids` from a Map (a missing node gets 0,0). */
export function packPositions(
  ids: readonly string[],
  positions: ReadonlyMap<string, Point>,
): Float32Array {
  const out = new Float32Array(ids.length * 2);
  ids.forEach((id, i) => {
    const p = positions.get(id);
    out[2 * i] = p?.x ?? 0;
    out[2 * i + 1] = p?.y ?? 0;
  });
  return out;
}

/** The inverse of `packPositions`: `unpackPositions(['a'], Float32Array [1, 2])` → Map { a → {x:1, y:2} }. */
export function unpackPositions(ids: readonly string[], packed: Float32Array): Map<string, Point> {
  if (packed.length !== ids.length * 2) {
    throw new Error(`layout: ${packed.length / 2} positions for ${ids.length} nodes`);
  }
  return new Map(ids.map((id, i) => [id, { x: packed[2 * i]!, y: packed[2 * i + 1]! }]));
}
