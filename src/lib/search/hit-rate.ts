/**
 * The search benchmark's score: how often the actor meant is among the first `TOP` results, per
 * query class and overall. Ambiguous queries (see typed-queries.ts) are counted apart.
 */
import { QUERY_CLASSES, type QueryClass, type TypedQuery } from './typed-queries.ts';

/** A query is found when the actor meant is among this many first results. */
export const TOP = 3;

export interface Outcome extends TypedQuery {
  /** Ids of the first `TOP` results. */
  top: string[];
  found: boolean;
}

export interface Tally {
  found: number;
  total: number;
  /** Ambiguous queries: how many found anyway, of how many (not in found/total). */
  ambiguousFound: number;
  ambiguous: number;
}

export interface HitRates {
  byClass: Record<QueryClass, Tally>;
  overall: Tally;
  /** Unambiguous queries whose actor was not among the first `TOP`, in query order. */
  misses: Outcome[];
}

const empty = (): Tally => ({ found: 0, total: 0, ambiguousFound: 0, ambiguous: 0 });

function count(t: Tally, o: Outcome): void {
  if (o.ambiguous) {
    t.ambiguous++;
    if (o.found) t.ambiguousFound++;
  } else {
    t.total++;
    if (o.found) t.found++;
  }
}

/** Run every query through `search` and tally: `rate(t)` of `overall` is the headline figure. */
export function hitRates(
  queries: readonly TypedQuery[],
  search: (query: string, limit: number) => readonly { id: string }[],
): HitRates {
  const byClass = Object.fromEntries(Object.keys(QUERY_CLASSES).map((c) => [c, empty()])) as Record<
    QueryClass,
    Tally
  >;
  const overall = empty();
  const misses: Outcome[] = [];
  for (const q of queries) {
    const top = search(q.query, TOP).map((h) => h.id);
    const o: Outcome = { ...q, top, found: top.includes(q.id) };
    count(byClass[q.cls], o);
    count(overall, o);
    if (!o.found && !o.ambiguous) misses.push(o);
  }
  return { byClass, overall, misses };
}

/** Share found, 0…1 (1 when there is nothing to find). */
export const rate = (t: Tally): number => (t.total === 0 ? 1 : t.found / t.total);
