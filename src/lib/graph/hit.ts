/**
 * Which link a pointer is on. Links are drawn 1 px wide; rather than a second, wide transparent
 * line per link (300 more elements to build before the first frame), the graph asks this
 * function where a click or hover landed, in layout units.
 */
import type { GraphLink } from '../types.ts';

interface Point {
  x: number;
  y: number;
}

/** Distance from `p` to the segment a–b. */
export function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The id of the shown link nearest to `p` within `tolerance`, or null.
 * `nearestLink(links, pos, shown, { x: 5, y: 1 }, 3)` → `'a--signed--b'` when that link passes
 * within 3 units. `shown(link)` leaves out links that are hidden by the filters.
 */
export function nearestLink(
  links: readonly GraphLink[],
  positions: ReadonlyMap<string, Point>,
  shown: (link: GraphLink) => boolean,
  p: Point,
  tolerance: number,
): string | null {
  let best: string | null = null;
  let bestDistance = tolerance;
  for (const link of links) {
    const a = positions.get(link.source);
    const b = positions.get(link.target);
    if (!a || !b || !shown(link)) continue;
    const d = segmentDistance(p, a, b);
    if (d <= bestDistance) {
      best = link.id;
      bestDistance = d;
    }
  }
  return best;
}
