/**
 * Which label boxes would cover a drawn node: the node discs bucketed in a grid, so a box
 * meets only the discs near it. Part of label placement (place.ts); screen pixels throughout.
 */
import type { Disc } from './place.ts';

/** A label's box in pixels of the scaled layout. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Side of the disc grid's squares, in screen pixels: about two label heights. */
const CELL = 32;

/**
 * A test of whether a box covers any of `discs` on `screen`, in screen pixels. The discs are
 * bucketed in CELL-pixel squares so a box meets only those near it: 243 discs × 4 sides ×
 * every label took milliseconds on the first run after load, before the JIT warms up.
 */
export function discTest(discs: readonly Disc[], k: number, screen: Box): (b: Box) => boolean {
  const cells = new Map<number, number[]>();
  const col = (x: number) => Math.floor((x - screen.x0) / CELL);
  const row = (y: number) => Math.floor((y - screen.y0) / CELL);
  // Rows of on-screen discs stay far below 1e7, so keys of on-screen cells never collide.
  const key = (c: number, r: number) => c * 1e7 + r;
  for (const d of discs) {
    const cx = d.x * k;
    const cy = d.y * k;
    const r = d.r * k;
    if (cx + r <= screen.x0 || cx - r >= screen.x1 || cy + r <= screen.y0 || cy - r >= screen.y1) {
      continue;
    }
    for (let c = col(cx - r); c <= col(cx + r); c++) {
      for (let w = row(cy - r); w <= row(cy + r); w++) {
        const list = cells.get(key(c, w));
        if (list) list.push(cx, cy, r);
        else cells.set(key(c, w), [cx, cy, r]);
      }
    }
  }
  return (b) => {
    if (cells.size === 0) return false;
    for (let c = col(b.x0); c <= col(b.x1); c++) {
      for (let w = row(b.y0); w <= row(b.y1); w++) {
        const list = cells.get(key(c, w));
        for (let i = 0; list && i < list.length; i += 3) {
          const dx = Math.max(b.x0 - list[i]!, 0, list[i]! - b.x1);
          const dy = Math.max(b.y0 - list[i + 1]!, 0, list[i + 1]! - b.y1);
          if (dx * dx + dy * dy < list[i + 2]! ** 2) return true;
        }
      }
    }
    return false;
  };
}
