/**
 * How many drawn links a label box would be written across: the link segments bucketed in a
 * grid, as discs.ts does for nodes, so a box meets only the links near it. Part of label
 * placement (place.ts); pixels of the scaled layout throughout.
 */
import { segmentCrosses, type Box } from './geometry.ts';

/** A drawn link, from node `a` at (x1, y1) to node `b` at (x2, y2), in layout units. */
export interface Segment {
  a: string;
  b: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Side of the grid's squares, in pixels: about two label heights. */
const CELL = 32;
/**
 * Past this many links, crossings are not counted: a large graph (the Canvas draws its links)
 * names hubs only, and bucketing tens of thousands of links for them would cost a long task.
 */
export const MAX_SEGMENTS = 2000;

/**
 * A count of the links in `segments` that pass through a box on `screen`, leaving out those of
 * node `own` (a label beside its node meets that node's own links, and can only). Always 0
 * past MAX_SEGMENTS.
 */
export function segmentCounter(
  segments: readonly Segment[],
  k: number,
  screen: Box,
): (b: Box, own: string) => number {
  if (segments.length === 0 || segments.length > MAX_SEGMENTS) return () => 0;
  const cells = new Map<number, number[]>();
  const col = (x: number) => Math.floor((x - screen.x0) / CELL);
  const row = (y: number) => Math.floor((y - screen.y0) / CELL);
  const key = (c: number, r: number) => c * 1e7 + r;
  // Only the part of the screen's cells: a link reaching far off screen is clipped to it.
  const [cMax, rMax] = [col(screen.x1), row(screen.y1)];
  segments.forEach((s, i) => {
    const [x1, y1, x2, y2] = [s.x1 * k, s.y1 * k, s.x2 * k, s.y2 * k];
    if (Math.max(x1, x2) < screen.x0 || Math.min(x1, x2) > screen.x1) return;
    if (Math.max(y1, y2) < screen.y0 || Math.min(y1, y2) > screen.y1) return;
    const c0 = Math.max(0, col(Math.min(x1, x2)));
    const c1 = Math.min(cMax, col(Math.max(x1, x2)));
    const r0 = Math.max(0, row(Math.min(y1, y2)));
    const r1 = Math.min(rMax, row(Math.max(y1, y2)));
    for (let c = c0; c <= c1; c++) {
      for (let r = r0; r <= r1; r++) {
        const cell = { x0: screen.x0 + c * CELL, y0: screen.y0 + r * CELL };
        const square = { ...cell, x1: cell.x0 + CELL, y1: cell.y0 + CELL };
        // A long diagonal's bounding squares are mostly empty of it: keep the ones it crosses.
        if (!segmentCrosses(square, x1, y1, x2, y2)) continue;
        const list = cells.get(key(c, r));
        if (list) list.push(i);
        else cells.set(key(c, r), [i]);
      }
    }
  });
  // Which query last counted each segment: one link over several squares counts once.
  const seen = new Int32Array(segments.length);
  let query = 0;
  return (b, own) => {
    query++;
    let count = 0;
    for (let c = Math.max(0, col(b.x0)); c <= Math.min(cMax, col(b.x1)); c++) {
      for (let r = Math.max(0, row(b.y0)); r <= Math.min(rMax, row(b.y1)); r++) {
        for (const i of cells.get(key(c, r)) ?? []) {
          if (seen[i] === query) continue;
          seen[i] = query;
          const s = segments[i]!;
          if (s.a === own || s.b === own) continue;
          if (segmentCrosses(b, s.x1 * k, s.y1 * k, s.x2 * k, s.y2 * k)) count++;
        }
      }
    }
    return count;
  };
}
