/**
 * Near matches between a letter's new names and the actors already on the map, found by the
 * pipeline's own similarity (the quality report's pairs): listed for the person to merge or
 * keep apart, never merged on their own.
 */
import { similarNames } from '../pipeline/similar.ts';
import type { GraphNode } from '../types.ts';
import { pairKey, type Review } from './project.ts';

/** A new name that looks like a known actor. */
export interface NearMatch {
  name: string;
  other: { id: string; name: string };
  score: number;
}

/**
 * `nearMatches(review, nodes, apart)` → pairs of a new name and an organisation or person of
 * the map at or above the report's threshold, best first; pairs kept apart are left out.
 */
export function nearMatches(
  review: Readonly<Record<string, Review>>,
  nodes: readonly GraphNode[],
  apart: ReadonlySet<string>,
): NearMatch[] {
  const fresh = Object.entries(review)
    .filter(([, r]) => r.as === 'new')
    .map(([name]) => name);
  if (fresh.length === 0) return [];
  const known = nodes.filter((n) => n.kind === 'organisation' || n.kind === 'person');
  const byName = new Map(known.map((n) => [n.name, n]));
  const freshSet = new Set(fresh);
  const out: NearMatch[] = [];
  for (const pair of similarNames([...known.map((n) => n.name), ...fresh])) {
    const [name, other] = freshSet.has(pair.b) ? [pair.b, pair.a] : [pair.a, pair.b];
    const node = byName.get(other);
    if (!freshSet.has(name) || freshSet.has(other) || !node) continue;
    if (apart.has(pairKey(name, other))) continue;
    out.push({ name, other: { id: node.id, name: node.name }, score: pair.score });
  }
  return out;
}
