/**
 * A node's connections as a reader sees them: grouped by relation and direction, in words,
 * and a stable order to step through them by keyboard.
 */
import type { GraphLink, GraphNode, Relation } from '../types.ts';
import type { GraphIndex } from './graph-index.ts';

/** For each relation: how `source <relation> target` reads from the source, then from the target. */
const RELATION_PHRASES: Record<Relation, readonly [outward: string, inward: string]> = {
  signed: ['signed', 'signed by'],
  addressed_to: ['addressed to', 'addressee of'],
  leads: ['leads', 'led by'],
  member_of: ['member of', 'members'],
  spokesperson_for: ['spokesperson for', 'spokesperson'],
  affiliated_with: ['affiliated with', 'affiliates'],
  part_of: ['part of', 'includes'],
  authored: ['authored', 'authored by'],
  published: ['published', 'published by'],
  responded_to: ['responded to', 'response from'],
  welcomed: ['welcomed', 'welcomed by'],
  rejected: ['rejected', 'rejected by'],
  criticised: ['criticised', 'criticised by'],
  called_on: ['called on', 'called on by'],
  reported: ['reported on', 'reported by'],
  cited: ['cited', 'cited by'],
  testified_before: ['testified before', 'heard testimony from'],
  co_signed: ['signed letters with', 'co-signatory of'],
};

/** The phrase for a relation seen from one end: `relationLabel('leads', 'in')` → "led by". */
export function relationLabel(relation: Relation, direction: 'out' | 'in'): string {
  return RELATION_PHRASES[relation][direction === 'out' ? 0 : 1];
}

/** One group of a node's connections, e.g. all the organisations that "signed by" a letter. */
export interface ConnectionGroup {
  relation: Relation;
  direction: 'out' | 'in';
  label: string;
  items: { node: GraphNode; link: GraphLink }[];
}

/** Made at the first sort, not on load: the first Intl object costs ~10 ms to load ICU data. */
let collator: Intl.Collator | undefined;
const compare = (a: string, b: string) =>
  (collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true })).compare(a, b);

/**
 * A node's connections grouped by (relation, direction): groups by size, largest first, then by
 * label; items by name (locale-aware, so "Fédération" sorts with F). [] for an unknown id.
 */
export function connectionsByRelation(index: GraphIndex, id: string): ConnectionGroup[] {
  const groups = new Map<string, ConnectionGroup>();
  for (const link of index.linksOf.get(id) ?? []) {
    const direction = link.source === id ? 'out' : 'in';
    const other = index.byId.get(direction === 'out' ? link.target : link.source);
    if (!other) continue;
    const key = `${link.relation}:${direction}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        relation: link.relation,
        direction,
        label: relationLabel(link.relation, direction),
        items: [],
      };
      groups.set(key, group);
    }
    group.items.push({ node: other, link });
  }
  const list = [...groups.values()];
  for (const g of list)
    g.items.sort((a, b) => compare(a.node.name, b.node.name) || a.link.id.localeCompare(b.link.id));
  return list.sort((a, b) => b.items.length - a.items.length || compare(a.label, b.label));
}

/**
 * The neighbour after (step 1) or before (step -1) `currentId` around `fromId`, wrapping, in the
 * order the panel lists them; the first (or last) when `currentId` is null or not a neighbour.
 * null when `fromId` has no neighbours.
 */
export function stepNeighbour(
  index: GraphIndex,
  fromId: string,
  currentId: string | null,
  step: 1 | -1,
): string | null {
  // Same order as the panel, so arrow keys walk the list the reader sees; a node linked twice
  // (two relations) is visited once, at its first place.
  const order = [
    ...new Set(connectionsByRelation(index, fromId).flatMap((g) => g.items.map((i) => i.node.id))),
  ];
  if (order.length === 0) return null;
  const at = currentId === null ? -1 : order.indexOf(currentId);
  if (at === -1) return step === 1 ? order[0]! : order[order.length - 1]!;
  return order[(at + step + order.length) % order.length]!;
}
