/**
 * The dataset as it may leave the browser with people's names hidden (a talk file, a story
 * file's check): `hidePeople`'s copy, whose texts already say "Person N", with every person's
 * id (which spells their name) replaced by their stand-in's as well: `dolkun-isa` → `person-5`,
 * `dolkun-isa--leads--wuc` → `person-5--leads--wuc`. Nothing in it names a person.
 */
import type { Dataset } from '../types.ts';
import { hidePeople, publicId } from './hide-people.ts';

const cache = new WeakMap<Dataset, Dataset>();

/** See the module comment; computed once per dataset (it is immutable). */
export function publicDataset(ds: Dataset): Dataset {
  const known = cache.get(ds);
  if (known) return known;
  const { dataset, aliases } = hidePeople(ds);
  const id = (x: string) => publicId(x, aliases);
  const out: Dataset = {
    ...dataset,
    nodes: dataset.nodes.map((n) => ({ ...n, id: id(n.id) })),
    links: dataset.links.map((l) => ({
      ...l,
      id: id(l.id),
      source: id(l.source),
      target: id(l.target),
    })),
    ...(dataset.positions ? { positions: publicPositions(dataset.positions, aliases) } : {}),
  };
  cache.set(ds, out);
  return out;
}

/** Positions keyed by node id, rekeyed by public id. */
export function publicPositions(
  positions: Record<string, [number, number]>,
  aliases: Map<string, string>,
): Record<string, [number, number]> {
  return Object.fromEntries(
    Object.entries(positions).map(([key, p]) => [publicId(key, aliases), p]),
  );
}
