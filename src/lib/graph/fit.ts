/**
 * How the graph is framed on opening: as large as the area allows (the drawn actors span at
 * least 85 % of its width or height at every screen size, a phone included), with a little room
 * right of it for the labels of the rightmost actors, and at any scale the dataset needs (a
 * 20,000-actor file is framed too, below the zoom buttons' usual limit).
 */
import type { GraphNode } from '../types.ts';
import { nodeRadius } from './encoding.ts';
import type { Point, Positions } from './positions.ts';
import { MAX_SCALE, type Bounds, type Transform } from './viewport.ts';

/** Most pixels kept right of the graph for labels; a narrower area keeps 10 % of its width. */
const LABEL_ROOM = 120;
const LABEL_SHARE = 0.1;

/** Pixels kept free right of the graph for the labels of the rightmost actors: 390 → 39, 1040 → 104. */
export function labelRoom(width: number): number {
  return Math.min(LABEL_ROOM, Math.round(width * LABEL_SHARE));
}

/** Pixels kept around the graph: 2 % of the smaller side, 6 to 20. */
export function framePad(width: number, height: number): number {
  return Math.min(20, Math.max(6, Math.round(Math.min(width, height) * 0.02)));
}

/**
 * The box the actors are drawn in: every point grown by its own radius (layout units), so the
 * frame holds the shapes, not a guess at them. `add` each point, then `bounds()`: null for none.
 * Four numbers, not a box or a record per point, and a plain loop at the caller, not an
 * iterator: 20,000 actors frame a large file's first picture, where an iterator of records
 * took 40 ms of the picture's 260 in the page (issue 10).
 */
export class BoundsBox {
  #x0 = Infinity;
  #y0 = Infinity;
  #x1 = -Infinity;
  #y1 = -Infinity;

  add(x: number, y: number, r: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    this.#x0 = Math.min(this.#x0, x - r);
    this.#y0 = Math.min(this.#y0, y - r);
    this.#x1 = Math.max(this.#x1, x + r);
    this.#y1 = Math.max(this.#y1, y + r);
  }

  bounds(): Bounds | null {
    return this.#x0 === Infinity
      ? null
      : { x0: this.#x0, y0: this.#y0, x1: this.#x1, y1: this.#y1 };
  }
}

/**
 * `BoundsBox` over a list: `drawnBounds([{x:0,y:0,r:4},{x:10,y:0,r:8}])` →
 * `{x0:-4, y0:-8, x1:18, y1:8}`; null for no point.
 */
export function drawnBounds(points: Iterable<{ x: number; y: number; r: number }>): Bounds | null {
  const box = new BoundsBox();
  for (const p of points) box.add(p.x, p.y, p.r);
  return box.bounds();
}

/**
 * The box these actors are drawn in at their positions (each grown by its radius, from its
 * degree and kind): what "Fit" shows. Actors not yet placed are left out; null for none.
 */
export function actorsBounds(
  nodes: readonly Pick<GraphNode, 'id' | 'kind'>[],
  positions: Positions,
  degree: ReadonlyMap<string, number>,
  minRadius?: number,
): Bounds | null {
  const box = new BoundsBox();
  for (const n of nodes) {
    const p = positions.get(n.id);
    if (p !== undefined) box.add(p.x, p.y, nodeRadius(degree.get(n.id) ?? 0, n.kind, minRadius));
  }
  return box.bounds();
}

/** The positions of the ids that are placed, in order: `placed(['a', 'zz'], {a:…})` → `[a's]`. */
export function placed(ids: Iterable<string>, positions: Positions): Point[] {
  return [...ids].map((id) => positions.get(id)).filter((p) => p !== undefined);
}

/**
 * The transform that shows `b` whole in a `width`×`height` area, label room on the right and a
 * pad around, centred in what is left. Never above MAX_SCALE; below the usual minimum when the
 * layout needs it, so a huge graph is framed, not cut. `openingTransform({x0:-100,y0:-50,x1:100,
 * y1:50}, 400, 200)` → `{k: 1.74, x: 180, y: 100}` (room 40, pad 6).
 */
export function openingTransform(b: Bounds, width: number, height: number): Transform {
  const room = labelRoom(width);
  const pad = framePad(width, height);
  const w = Math.max(1, width - room - 2 * pad);
  const h = Math.max(1, height - 2 * pad);
  const k = Math.min(MAX_SCALE, w / Math.max(1, b.x1 - b.x0), h / Math.max(1, b.y1 - b.y0));
  const cx = (width - room) / 2;
  return { k, x: cx - ((b.x0 + b.x1) / 2) * k, y: height / 2 - ((b.y0 + b.y1) / 2) * k };
}
