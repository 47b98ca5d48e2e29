/**
 * Dragging an actor drawn on a large graph's Canvas, as the SVG layer's actors are dragged
 * (GraphNodes.svelte): the actor under the pointer is found in the Canvas layer's quadtree,
 * follows the pointer and stays pinned where it is dropped. Elsewhere the pointer pans as
 * before: with no actor under it the drag has no subject and lets d3-zoom have the gesture.
 * Registered on the <svg> before d3-zoom, so a drag that starts on an actor stops the event
 * before the zoom sees it (d3-drag stops propagation once it has a subject).
 */
import { drag as d3drag } from 'd3-drag';
import { select } from 'd3-selection';
import type { Transform } from '../../lib/graph/viewport.ts';
import type { Point } from '../../lib/graph/positions.ts';

export interface CanvasDragOptions {
  /** The actor drawn on the Canvas at layout point (x, y) at zoom k, or null. */
  nodeAt: (x: number, y: number, k: number) => string | null;
  position: (id: string) => Point | undefined;
  transform: () => Transform;
  move: (id: string, x: number, y: number) => void;
  end: () => void;
}

/** Attaches the drag to `svg`; returns the detach. */
export function attachCanvasDrag(svg: SVGSVGElement, o: CanvasDragOptions): () => void {
  const behaviour = d3drag<SVGSVGElement, unknown>()
    // Layout units: the pointer relative to the svg, less the zoom.
    .container(() => svg)
    .subject((e: { x: number; y: number }) => {
      const t = o.transform();
      const id = o.nodeAt((e.x - t.x) / t.k, (e.y - t.y) / t.k, t.k);
      const p = id ? o.position(id) : undefined;
      return id && p ? { id, x: p.x * t.k + t.x, y: p.y * t.k + t.y } : null;
    })
    .on('drag', (e: { x: number; y: number; subject: { id: string } }) => {
      const t = o.transform();
      o.move(e.subject.id, (e.x - t.x) / t.k, (e.y - t.y) / t.k);
    })
    .on('end', () => o.end());
  select(svg).call(behaviour);
  return () => {
    select(svg).on('.drag', null);
  };
}
