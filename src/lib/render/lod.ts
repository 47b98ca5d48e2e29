/**
 * Level of detail for large graphs: what is worth drawing at a zoom level. Zoomed far out,
 * 24,000 links are a grey haze where a link shorter than a pixel adds nothing but time, and
 * only the hubs' names can be read; zoomed in, everything in view is drawn.
 */

/** From this many actors the graph draws links and unlabelled nodes on a Canvas. */
export const CANVAS_THRESHOLD = 2000;

/** What to draw at one zoom level. */
export interface Detail {
  /** Links shorter than this on screen (CSS px) are skipped. */
  minLinkPx: number;
  /** Nodes smaller than this radius on screen (CSS px) are drawn as a square dot, not their shape. */
  dotBelowPx: number;
  /** Labels: none, the hubs only, or any that fits (the label placement decides). */
  labels: 'none' | 'hubs' | 'all';
}

/**
 * `detailAt(0.03, 20000)` → short links skipped, dots, no labels; `detailAt(0.1, 20000)`: the
 * hubs' names only (a hundred at most, cheap to place). Below CANVAS_THRESHOLD
 * nothing is left out: the SVG graph keeps its full detail at every zoom.
 */
export function detailAt(k: number, nodes: number): Detail {
  if (nodes < CANVAS_THRESHOLD) return { minLinkPx: 0, dotBelowPx: 0, labels: 'all' };
  if (k < 0.04) return { minLinkPx: 1.5, dotBelowPx: 2.5, labels: 'none' };
  if (k < 0.6) return { minLinkPx: 1, dotBelowPx: 2, labels: 'hubs' };
  return { minLinkPx: 0, dotBelowPx: 1.5, labels: 'all' };
}
