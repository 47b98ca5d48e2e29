/**
 * Which drawn nodes a label box would cover: the node discs bucketed in a grid, so a box
 * meets only the discs near it. Part of label placement (place.ts); screen pixels throughout.
 */
import type { Box } from './geometry.ts';
import { screenGrid } from './grid.ts';

/** A drawn node, in layout units: what a label should not cover. */
export interface Disc {
  x: number;
  y: number;
  r: number;
  /** A hub's shape: a label over it reads as that hub's name, so even hub labels avoid it. */
  hub?: boolean;
}

/** A hub's shape under a label counts as this many small nodes: over one, it reads as its name. */
export const HUB_COVER = 100;

/**
 * How much of `discs` on `screen` a box covers, in screen pixels: `cover`, the number of small
 * nodes under it plus HUB_COVER for each hub's shape under it (0: clear), and `near`, the hubs
 * within `hubMargin` pixels of it but not under it. The discs are bucketed in CELL-pixel
 * squares so a box meets only those near it: 243 discs × every place of every label took
 * milliseconds on the first run after load, before the JIT warms up.
 */
export function discCover(
  discs: readonly Disc[],
  k: number,
  screen: Box,
): (b: Box, hubMargin?: number) => { cover: number; near: number } {
  const { cells, col, row, key } = screenGrid(screen);
  discs.forEach((d, i) => {
    const cx = d.x * k;
    const cy = d.y * k;
    const r = d.r * k;
    if (cx + r <= screen.x0 || cx - r >= screen.x1 || cy + r <= screen.y0 || cy - r >= screen.y1) {
      return;
    }
    for (let c = col(cx - r); c <= col(cx + r); c++) {
      for (let w = row(cy - r); w <= row(cy + r); w++) {
        const list = cells.get(key(c, w));
        if (list) list.push(i, cx, cy, r);
        else cells.set(key(c, w), [i, cx, cy, r]);
      }
    }
  });
  // Which query last counted each disc: one over several squares counts once.
  const seen = new Int32Array(discs.length);
  let query = 0;
  return (b, hubMargin = 0) => {
    query++;
    let cover = 0;
    let near = 0;
    const m = hubMargin;
    for (let c = col(b.x0 - m); c <= col(b.x1 + m); c++) {
      for (let w = row(b.y0 - m); w <= row(b.y1 + m); w++) {
        const list = cells.get(key(c, w));
        for (let j = 0; list && j < list.length; j += 4) {
          const i = list[j]!;
          if (seen[i] === query) continue;
          const dx = Math.max(b.x0 - list[j + 1]!, 0, list[j + 1]! - b.x1);
          const dy = Math.max(b.y0 - list[j + 2]!, 0, list[j + 2]! - b.y1);
          const d2 = dx * dx + dy * dy;
          const r = list[j + 3]!;
          const hub = discs[i]!.hub;
          if (d2 >= (hub ? (r + m) ** 2 : r * r)) continue;
          seen[i] = query;
          if (!hub) cover++;
          else if (d2 < r * r) cover += HUB_COVER;
          else near++;
        }
      }
    }
    return { cover, near };
  };
}
