/**
 * The coalition as of a date: which nodes and links had happened by then.
 *
 * The rule (partial dates such as `2020` or `2022-04` count as their first day):
 * - A node with a `date` (a coalition or a report) appears on that date.
 * - A link appears on its *effective date*: the latest of its own `date` and the dates of its
 *   dated ends. So the WUC's `authored` link to a statement of 31 August 2022 appears with the
 *   statement even though the link itself carries no date.
 * - A link with an `until` (a relation that ended: a president's term) is hidden after that
 *   date, counted as its last day (`2021` lasts to 31 December 2021).
 * - A node without a date is shown while it has a shown link, or no links at all: a node
 *   linked ONLY to things that have not happened yet, or have ended, is hidden.
 * - Undated facts (links with no effective date, undated nodes not placed in time by any
 *   dated link) are shown at every date until they end, and listed in `undated` so the UI
 *   can mark them.
 */
import type { Dataset, GraphLink, GraphNode } from '../types.ts';
import { compareDates, firstDay, lastDay } from './dates.ts';

export { compareDates, firstDay, isPartialIsoDate, lastDay } from './dates.ts';

/** One dated thing on the timeline: a dated node, or a link with its own date. */
export interface DatedEvent {
  /** The date as the dataset writes it (`2020`, `2022-04`, `2022-08-31`). */
  date: string;
  nodeId?: string;
  linkId?: string;
  label: string;
}

/** What is on screen as of a date; `undated` holds node and link ids shown at every date. */
export interface AsOf {
  nodes: Set<string>;
  links: Set<string>;
  undated: Set<string>;
}

/** `signed` → `signed`, `addressed_to` → `addressed to`. */
const words = (relation: string) => relation.replace(/_/g, ' ');

/**
 * Dated nodes and dated links, oldest first (nodes before links on the same day, then by id).
 * `datedEvents(ds)[0]` → `{ date: '2020', nodeId: '…', label: '…' }`.
 */
export function datedEvents(ds: Dataset): DatedEvent[] {
  const names = new Map(ds.nodes.map((n) => [n.id, n.name]));
  const events: DatedEvent[] = [];
  for (const n of ds.nodes) {
    if (n.date !== null) events.push({ date: n.date, nodeId: n.id, label: n.name });
  }
  for (const l of ds.links) {
    if (l.date === null) continue;
    const label = `${names.get(l.source) ?? l.source} ${words(l.relation)} ${names.get(l.target) ?? l.target}`;
    events.push({ date: l.date, linkId: l.id, label });
  }
  const key = (e: DatedEvent) => `${e.nodeId === undefined ? 1 : 0}${e.nodeId ?? e.linkId ?? ''}`;
  return events.sort((a, b) => compareDates(a.date, b.date) || (key(a) < key(b) ? -1 : 1));
}

/** First and last event day (`YYYY-MM-DD`), or null when nothing in the dataset is dated. */
export function timelineBounds(ds: Dataset): { first: string; last: string } | null {
  const days = playSteps(ds);
  const first = days[0];
  const last = days[days.length - 1];
  return first !== undefined && last !== undefined ? { first, last } : null;
}

/** The distinct event days (`YYYY-MM-DD`), oldest first: the stops of "play". */
export function playSteps(ds: Dataset): string[] {
  return [...new Set(datedEvents(ds).map((e) => firstDay(e.date)))].sort();
}

/** A link's effective date as a day, or null: the latest of its own date and its ends' dates. */
function effectiveDay(link: GraphLink, byId: ReadonlyMap<string, GraphNode>): string | null {
  const dates = [link.date, byId.get(link.source)?.date, byId.get(link.target)?.date];
  const days = dates.filter((d): d is string => typeof d === 'string').map(firstDay);
  return days.length === 0 ? null : days.sort()[days.length - 1]!;
}

/**
 * Nodes and links shown as of `asOf` (a partial ISO date), by the rule in the module comment.
 * `asOf: null` shows everything. `undated` does not depend on `asOf`.
 * Throws a RangeError when `asOf` is not an ISO date.
 */
export function visibleAsOf(ds: Dataset, asOf: string | null): AsOf {
  const day = asOf === null ? null : firstDay(asOf);
  const byId = new Map(ds.nodes.map((n) => [n.id, n]));
  const links = new Set<string>();
  const undated = new Set<string>();
  const hasShownLink = new Set<string>();
  const hasUndatedLink = new Set<string>();
  const linked = new Set<string>();
  for (const l of ds.links) {
    const eff = effectiveDay(l, byId);
    const ended = day !== null && l.until !== undefined && lastDay(l.until) < day;
    const ends = [l.source, l.target];
    for (const end of ends) linked.add(end);
    if (eff === null) {
      undated.add(l.id);
      for (const end of ends) hasUndatedLink.add(end);
    }
    if (!ended && (eff === null || day === null || eff <= day)) {
      links.add(l.id);
      for (const end of ends) hasShownLink.add(end);
    }
  }
  const nodes = new Set<string>();
  for (const n of ds.nodes) {
    if (n.date !== null) {
      if (day === null || firstDay(n.date) <= day) nodes.add(n.id);
      continue;
    }
    if (!linked.has(n.id) || hasUndatedLink.has(n.id)) undated.add(n.id);
    // An undated link is shown until it ends, so hasShownLink covers it.
    if (!linked.has(n.id) || day === null || hasShownLink.has(n.id)) nodes.add(n.id);
  }
  return { nodes, links, undated };
}
