/**
 * A first decision for every printed name: the actor the map already knows (same folded name,
 * an alias, or the same id), with its classification carried over; else a draft from the name
 * (basis `name`, the rule as the note); else unknown, said so.
 */
import { slugify } from '../text/slug.ts';
import { fold } from '../text/fold.ts';
import type { GraphNode } from '../types.ts';
import { draftFromName } from './name-rules.ts';
import type { NewActor, Review } from './project.ts';

/** Nodes that can sign: organisations, people, and whoever signed before. */
const signs = (n: GraphNode) => n.kind === 'organisation' || n.kind === 'person' || n.signatory;

/** Folded name or alias → node id, names first (an alias never hides another actor's name). */
export interface KnownIndex {
  names: Map<string, string>;
  aliases: Map<string, string>;
  ids: Set<string>;
}

/** `knownIndex(dataset.nodes)`: built once per letter. */
export function knownIndex(nodes: readonly GraphNode[]): KnownIndex {
  const index: KnownIndex = { names: new Map(), aliases: new Map(), ids: new Set() };
  for (const n of nodes.filter(signs)) {
    index.ids.add(n.id);
    if (!index.names.has(fold(n.name))) index.names.set(fold(n.name), n.id);
    for (const a of n.aliases) if (!index.aliases.has(fold(a))) index.aliases.set(fold(a), n.id);
  }
  return index;
}

/** The node a printed name already is, and how it was found; null when it is new. */
export function findKnown(
  name: string,
  index: KnownIndex,
): { id: string; how: 'name' | 'alias' } | null {
  const key = fold(name);
  const byName = index.names.get(key) ?? (index.ids.has(slugify(name)) ? slugify(name) : undefined);
  if (byName) return { id: byName, how: 'name' };
  const byAlias = index.aliases.get(key);
  return byAlias ? { id: byAlias, how: 'alias' } : null;
}

/** Not established: what an unknown group or country says, honestly. */
export const UNKNOWN_NOTE =
  'Not established: no rule applies to the name and nobody has reviewed it yet';

/** The draft of a new actor from its name alone. */
export function draftNew(name: string): NewActor {
  const d = draftFromName(name);
  return {
    as: 'new',
    kind: 'organisation',
    group: d.group
      ? { value: d.group.value, basis: 'name', note: d.group.note }
      : { value: null, basis: 'curated', note: UNKNOWN_NOTE },
    country: d.country
      ? { value: d.country.value, basis: 'name', note: d.country.note }
      : { value: null, basis: 'curated', note: UNKNOWN_NOTE },
    tags: d.tags,
    confirmed: false,
  };
}

/** `draftReview('Amnesty International', index)` → `{ as: 'same', id: 'amnesty-international', how: 'name' }`. */
export function draftReview(name: string, index: KnownIndex): Review {
  const known = findKnown(name, index);
  return known ? { as: 'same', ...known } : draftNew(name);
}

/** Needs a look: a draft nobody confirmed whose group or country is still unknown, or any draft from a rule. */
export function needsLook(review: Review): boolean {
  if (review.as === 'same') return false;
  return !review.confirmed;
}
