/**
 * The joint search for the labels that must be drawn (forced) or should be (hubs): which place
 * each takes so that, together, they pile up least. Placed one at a time, the first label may
 * take the only free place of its neighbour. Part of label placement (place.ts).
 */
import { segmentCrosses, segmentsCross, type Box } from './geometry.ts';
import { PAD, type Spot } from './spots.ts';

/**
 * A place with its cost: [pixels off screen or under an overlay, 0 (filled in by the search:
 * overlap with the labels chosen before), nodes covered (discs.ts: small nodes, a hub's
 * shape counting HUB_COVER), the place's rank plus the links it is written across].
 */
export type Option = Spot & {
  cost: number[];
  /** Away from its node, the other hubs it is near (it could read as their name). */
  near: number;
};

/** Steps (about 1 µs each) the search may take before settling for the best found. */
const SEARCH_BUDGET = 200;
/** A leader line across another label counts as this many square pixels of overlap. */
export const LEADER_HIT = 120;

/** Component-wise sum, and lexicographic order, of cost tuples. */
const add = (a: number[], b: number[]) => a.map((v, i) => v + b[i]!);
export function less(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}
export const byCost = (a: { cost: number[] }, b: { cost: number[] }): number =>
  less(a.cost, b.cost) ? -1 : less(b.cost, a.cost) ? 1 : 0;

const crosses = (b: Box, l: Spot['leader']) => l !== null && segmentCrosses(b, ...l);

/**
 * How much `o` clashes with a label placed at `p`: area shared, and leaders across either
 * label or across each other.
 */
export function clash(p: Spot, o: Spot): number {
  const [a, b] = [p.extent, o.extent];
  // Most pairs are far apart: one comparison of their extents settles them.
  if (a.x0 >= b.x1 || b.x0 >= a.x1 || a.y0 >= b.y1 || b.y0 >= a.y1) return 0;
  const [q, r] = [p.box, o.box];
  const w = Math.min(q.x1 + PAD, r.x1) - Math.max(q.x0 - PAD, r.x0);
  const h = Math.min(q.y1 + PAD, r.y1) - Math.max(q.y0 - PAD, r.y0);
  let hit = w > 0 && h > 0 ? w * h : 0;
  if (p.leader === null && o.leader === null) return hit;
  if (crosses(q, o.leader)) hit += LEADER_HIT;
  if (crosses(r, p.leader)) hit += LEADER_HIT;
  if (p.leader && o.leader && segmentsCross(p.leader, o.leader)) hit += LEADER_HIT;
  return hit;
}

/**
 * One option per label (in the order of `options`) minimising, in this order, pixels off
 * screen, overlap among them, nodes covered, and rank: a depth-first search with bounds, the
 * greedy path first, then alternatives while the budget lasts.
 */
export function searchPlaces(options: Option[][]): Option[] {
  const n = options.length;
  // floor[d]: the least the labels from d on can add (a lower bound, component-wise).
  const floor: number[][] = [[0, 0, 0, 0]];
  for (let d = n - 1; d >= 0; d--) {
    const least = options[d]!.reduce(
      (m, o) => m.map((v, i) => Math.min(v, o.cost[i]!)),
      [Infinity, 0, Infinity, Infinity],
    );
    floor.unshift(add(least, floor[0]!));
  }
  const chosen: Option[] = [];
  const best = { cost: [Infinity, Infinity, Infinity, Infinity], pick: [] as Option[] };
  let budget = SEARCH_BUDGET;
  const search = (d: number, cost: number[]) => {
    if (!less(add(cost, floor[d]!), best.cost)) return;
    if (d === n) {
      best.cost = cost;
      best.pick = [...chosen];
      return;
    }
    // Past the budget, only the first (greedy) path runs on to the end.
    if (--budget < 0 && best.pick.length > 0) return;
    const steps = options[d]!.map((o) => {
      const hits = chosen.reduce((c, p) => c + clash(p, o), 0);
      return { o, cost: [o.cost[0]!, hits, o.cost[2]!, o.cost[3]!] };
    });
    for (const s of steps.sort(byCost)) {
      chosen.push(s.o);
      search(d + 1, add(cost, s.cost));
      chosen.pop();
    }
  };
  search(0, [0, 0, 0, 0]);
  return best.pick;
}
