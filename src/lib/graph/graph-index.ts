/**
 * Lookup tables over a dataset, built once per dataset: every view (panel, filters, layout,
 * keyboard navigation) asks "who is linked to whom" and should not rescan the link list.
 */
import type { Dataset, GraphLink, GraphNode } from '../types.ts';

/** Derived, read-only tables over one dataset. Maps are keyed by node or link id. */
export interface GraphIndex {
  byId: Map<string, GraphNode>;
  linkById: Map<string, GraphLink>;
  /** Number of links touching a node (a link counts once per end; self-links count twice). */
  degree: ReadonlyMap<string, number>;
  /** Undirected: `a` is in `neighbours.get(b)` exactly when `b` is in `neighbours.get(a)`. */
  neighbours: Map<string, Set<string>>;
  /** Links touching a node, in dataset order. */
  linksOf: Map<string, GraphLink[]>;
  /** Coalition id → ids of the nodes linked to it by any relation, in either direction. */
  members: Map<string, Set<string>>;
}

/**
 * Links touching each node, as `GraphIndex.degree` counts them: `countDegrees(ds).get('a')` →
 * 3. A link with an end outside the nodes counts for neither end.
 */
export function countDegrees(ds: Dataset): Map<string, number> {
  const degree = new Map<string, number>();
  for (const node of ds.nodes) degree.set(node.id, 0);
  for (const { source, target } of ds.links) {
    const s = degree.get(source);
    const t = degree.get(target);
    if (s === undefined || t === undefined) continue;
    degree.set(source, s + 1);
    // A self-link counts twice, once per end (the second read sees the first count).
    degree.set(target, degree.get(target)! + 1);
  }
  return degree;
}

const DEGREES = new WeakMap<Dataset, Map<string, number>>();

/**
 * `countDegrees`, once per dataset object, and the index's own `degree` (`graphIndexOf`):
 * sizes, rankings and seeds need only this, and a large file's first picture asks for it
 * before the whole index (in the page at 20,000 actors, 6–14 ms against the index's ~70;
 * issue 10). Shared: callers must not change it.
 */
export function degreesOf(ds: Dataset): ReadonlyMap<string, number> {
  let degree = DEGREES.get(ds);
  if (!degree) DEGREES.set(ds, (degree = countDegrees(ds)));
  return degree;
}

/**
 * Build the index: `indexGraph(ds).neighbours.get('dolkun-isa')` → Set {'world-uyghur-congress'}.
 * `degree`: the counts if already made (`degreesOf`), else counted here.
 */
export function indexGraph(
  ds: Dataset,
  degree: ReadonlyMap<string, number> = countDegrees(ds),
): GraphIndex {
  const byId = new Map<string, GraphNode>();
  const neighbours = new Map<string, Set<string>>();
  const linksOf = new Map<string, GraphLink[]>();
  const members = new Map<string, Set<string>>();
  for (const node of ds.nodes) {
    byId.set(node.id, node);
    neighbours.set(node.id, new Set());
    linksOf.set(node.id, []);
    if (node.kind === 'coalition') members.set(node.id, new Set());
  }
  const linkById = new Map<string, GraphLink>();
  // Each end in turn, without a tuple per link: at 20,000 actors this loop is the index's time.
  const touch = (end: string, other: string, link: GraphLink, listed: boolean) => {
    neighbours.get(end)!.add(other);
    if (listed) linksOf.get(end)!.push(link);
    members.get(other)?.add(end);
  };
  for (const link of ds.links) {
    linkById.set(link.id, link);
    const { source, target } = link;
    // A link to an unknown id cannot come from a checked dataset; skip it rather than invent a node.
    if (!byId.has(source) || !byId.has(target)) continue;
    touch(source, target, link, true);
    // A self-link is listed once, so panels list each link once.
    touch(target, source, link, source !== target);
  }
  return { byId, linkById, degree, neighbours, linksOf, members };
}

const INDEXES = new WeakMap<Dataset, GraphIndex>();

/**
 * `indexGraph`, once per dataset object: the loader may build it in a task of its own before
 * the page mounts (a large dataset's index is tens of ms), and the app then finds it built.
 */
export function graphIndexOf(ds: Dataset): GraphIndex {
  let index = INDEXES.get(ds);
  if (!index) INDEXES.set(ds, (index = indexGraph(ds, degreesOf(ds))));
  return index;
}
