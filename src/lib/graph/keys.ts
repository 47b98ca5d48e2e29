/**
 * What a key pressed on a graph node does (the graph's roving focus): Enter or Space selects
 * that node; the arrows walk the selected actor's neighbours in the panel's order, or every
 * actor by priority when nothing is selected; Home goes back to the selected actor.
 */
import type { GraphIndex } from './graph-index.ts';
import { stepNeighbour } from './neighbours.ts';

/**
 * Select a node, move the focus to one, or leave the key to the page (null). `focus: null`: the
 * key is the graph's (the page must not scroll) but there is nowhere to go.
 */
export type NodeKeyAction = { select: string } | { focus: string | null } | null;

const STEPS: Readonly<Record<string, 1 | -1>> = {
  ArrowDown: 1,
  ArrowRight: 1,
  ArrowUp: -1,
  ArrowLeft: -1,
};

/**
 * The action for `key` pressed on node `id`, given the selected actor (or null) and all actors
 * by priority. `nodeKey('ArrowDown', 'a', { index, selected: null, order })` → `{ focus: <the
 * actor after a in order> }`.
 */
export function nodeKey(
  key: string,
  id: string,
  graph: {
    index: GraphIndex;
    selected: string | null;
    order: readonly { readonly id: string }[];
  },
): NodeKeyAction {
  const { index, selected, order } = graph;
  if (key === 'Enter' || key === ' ') return { select: id };
  const step = STEPS[key];
  if (step) {
    let next: string | null;
    if (selected) next = stepNeighbour(index, selected, id === selected ? null : id, step);
    else {
      const i = order.findIndex((n) => n.id === id);
      next = order[(i + step + order.length) % order.length]?.id ?? null;
    }
    return { focus: next };
  }
  if (key === 'Home' && selected) return { focus: selected };
  return null;
}
