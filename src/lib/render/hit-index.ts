/**
 * Which node is under the pointer when nodes are pixels on a Canvas, not elements: a
 * d3-quadtree over the node centres, asked for the nodes whose drawn disc (radius plus some
 * slack for fingers) contains the point. Building it for 20,000 nodes takes a few ms; a query
 * visits only the quads near the point, so hovering costs the same at any size.
 */
import { quadtree, type Quadtree } from 'd3-quadtree';

/** A node as drawn: centre and radius in layout units; `order`: later is drawn on top. */
export interface HitNode {
  id: string;
  x: number;
  y: number;
  r: number;
  order: number;
}

/** The hit-testing index of one set of drawn nodes (rebuild it when positions change). */
export class NodeHitIndex {
  readonly #tree: Quadtree<HitNode>;
  readonly #maxR: number;

  constructor(nodes: readonly HitNode[]) {
    this.#tree = quadtree<HitNode>()
      .x((n) => n.x)
      .y((n) => n.y)
      .addAll([...nodes]);
    this.#maxR = nodes.reduce((m, n) => Math.max(m, n.r), 0);
  }

  /**
   * The node drawn at `x, y` (layout units): among those whose disc, grown by `slack`,
   * contains the point, the one drawn on top. `nodeAt(10, 0, 2)` → 'a' for a node 'a' at
   * 0,0 of radius 9. `accept` leaves out nodes that are not drawn (hidden by a filter).
   */
  nodeAt(
    x: number,
    y: number,
    slack = 0,
    accept: (id: string) => boolean = () => true,
  ): string | null {
    const reach = this.#maxR + slack;
    let best: HitNode | null = null;
    this.#tree.visit((quad, x0, y0, x1, y1) => {
      if (!quad.length) {
        for (let q: typeof quad | undefined = quad; q; q = q.next) {
          const n = q.data;
          const d = Math.hypot(n.x - x, n.y - y);
          if (d <= n.r + slack && accept(n.id) && (best === null || n.order > best.order)) best = n;
        }
      }
      // Skip quads that cannot hold a node whose grown disc reaches the point.
      return x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach;
    });
    return (best as HitNode | null)?.id ?? null;
  }

  /** Ids of the nodes whose centre lies in the rectangle (layout units), for what is in view. */
  within(x0: number, y0: number, x1: number, y1: number): string[] {
    const out: string[] = [];
    this.#tree.visit((quad, qx0, qy0, qx1, qy1) => {
      if (!quad.length) {
        for (let q: typeof quad | undefined = quad; q; q = q.next) {
          const n = q.data;
          if (n.x >= x0 && n.x <= x1 && n.y >= y0 && n.y <= y1) out.push(n.id);
        }
      }
      return qx0 > x1 || qx1 < x0 || qy0 > y1 || qy1 < y0;
    });
    return out;
  }
}
