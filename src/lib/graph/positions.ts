/** Where the layout puts things: layout units (screen pixels at zoom 1, see encoding.ts). */

/** A point in layout units. */
export interface Point {
  x: number;
  y: number;
}

/** The layout: node id → position (prebuilt or computed, see layout-cache.ts). */
export type Positions = Map<string, Point>;
