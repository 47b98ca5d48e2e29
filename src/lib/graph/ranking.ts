/**
 * The display's fixed rankings of a dataset, once per dataset object: the actors by label
 * priority and the hubs. The graph's display state reads them (state/display.svelte.ts); the
 * loader may build them for a large dataset in a task of its own before the page mounts.
 */
import type { Dataset, GraphNode } from '../types.ts';
import { isHub, labelPriority } from './encoding.ts';
import { graphIndexOf } from './graph-index.ts';

const ORDERS = new WeakMap<Dataset, GraphNode[]>();
const HUBS = new WeakMap<Dataset, Set<string>>();

/**
 * The actors by label priority, highest first (hubs, then by degree, kinds breaking ties;
 * dataset order among equals). Shared: callers must not change it.
 */
export function byPriorityOf(ds: Dataset): readonly GraphNode[] {
  let order = ORDERS.get(ds);
  if (!order) {
    const { degree } = graphIndexOf(ds);
    const priority = new Map(ds.nodes.map((n) => [n.id, labelPriority(n, degree.get(n.id) ?? 0)]));
    order = [...ds.nodes].sort((a, b) => priority.get(b.id)! - priority.get(a.id)!);
    ORDERS.set(ds, order);
  }
  return order;
}

/** Ids of the hubs, named at every zoom (see `isHub`). Shared: callers must not change it. */
export function hubsOf(ds: Dataset): ReadonlySet<string> {
  let hubs = HUBS.get(ds);
  if (!hubs) {
    const { degree } = graphIndexOf(ds);
    hubs = new Set(ds.nodes.filter((n) => isHub(n, degree.get(n.id) ?? 0)).map((n) => n.id));
    HUBS.set(ds, hubs);
  }
  return hubs;
}
