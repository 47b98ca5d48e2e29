/**
 * How many drawn links a label box would be written across: the link segments bucketed in a
 * grid, as discs.ts does for nodes, so a box meets only the links near it. Part of label
 * placement (place.ts); pixels of the scaled layout throughout.
 */
import { segmentCrosses, type Box } from './geometry.ts';
import { CELL, screenGrid } from './grid.ts';

/** A drawn link, from node `a` at (x1, y1) to node `b` at (x2, y2), in layout units. */
export interface Segment {
  a: string;
  b: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

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
  const { cells, col, row, key } = screenGrid(screen);
  // Only the part of the screen's cells: a link reaching far off screen is clipped to it.
  const [cMax, rMax] = [col(screen.x1), row(screen.y1)];
  segments.forEach((s, i) => {
    const [x1, y1, x2, y2] = [s.x1 * k, s.y1 * k, s.x2 * k, s.y2 * k];
    if (Math.max(x1, x2) < screen.x0 || Math.min(x1, x2) > screen.x1) return;
    if (Math.max(y1, y2) < screen.y0 || Math.min(y1, y2) > screen.y1) return;
    // Walk the segment a quarter square at a time and file it under each square it passes
    // (a long diagonal's bounding squares are mostly empty of it).
    const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / (CELL / 4)));
    let last = NaN;
    for (let t = 0; t <= steps; t++) {
      const c = col(x1 + ((x2 - x1) * t) / steps);
      const r = row(y1 + ((y2 - y1) * t) / steps);
      if (c < 0 || r < 0 || c > cMax || r > rMax) continue;
      const cell = key(c, r);
      if (cell === last) continue;
      last = cell;
      const list = cells.get(cell);
      if (!list) cells.set(cell, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
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
