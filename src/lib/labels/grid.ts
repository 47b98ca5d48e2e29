/**
 * The squares the label placer files things under (lib/labels: the links a box crosses in
 * segments.ts, the shapes it covers in discs.ts), so that a box is tested only against what is
 * near it: CELL-pixel squares from the screen's top-left corner, each a flat list of numbers
 * whose layout is the caller's.
 */
import type { Box } from './geometry.ts';

/** Side of a square, in screen pixels: about two label heights. */
export const CELL = 32;

export interface ScreenGrid {
  /** The lists, by `key(column, row)`. */
  cells: Map<number, number[]>;
  col: (x: number) => number;
  row: (y: number) => number;
  /** One number per square: rows of on-screen squares stay far below 1e7, so keys never collide. */
  key: (c: number, r: number) => number;
}

/** An empty grid over `screen`. */
export function screenGrid(screen: Box): ScreenGrid {
  return {
    cells: new Map<number, number[]>(),
    col: (x) => Math.floor((x - screen.x0) / CELL),
    row: (y) => Math.floor((y - screen.y0) / CELL),
    key: (c, r) => c * 1e7 + r,
  };
}
