/**
 * The stops of the date control: one per day something happened, each with the date to show
 * as written in the data (a statement dated only "2020" reads "as of 2020", not "as of
 * 1 January 2020") and how many events fall on it.
 */
import type { Dataset } from '../types.ts';
import { firstDay } from './dates.ts';
import { datedEvents } from './timeline.ts';

export interface Stop {
  /** `YYYY-MM-DD`: the first day the stop stands for. */
  day: string;
  /** The most precise date written for that day: `2020`, `2022-04` or `2022-08-31`. */
  asOf: string;
  /** Dated nodes and links on that day. */
  events: number;
}

/**
 * `timelineStops(ds)` → `[{ day: '2020-01-01', asOf: '2020', events: 4 }, …]`, oldest first;
 * the days are `playSteps(ds)`.
 */
export function timelineStops(ds: Dataset): Stop[] {
  const byDay = new Map<string, Stop>();
  for (const e of datedEvents(ds)) {
    const day = firstDay(e.date);
    const stop = byDay.get(day);
    if (!stop) byDay.set(day, { day, asOf: e.date, events: 1 });
    else {
      stop.events += 1;
      if (e.date.length > stop.asOf.length) stop.asOf = e.date;
    }
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

/**
 * Where `asOf` sits among the stops: the last stop on or before it (0 when it is earlier than
 * all), the last stop for null (all dates). `stopIndex(stops, '2022-06')` → the index of
 * 24 May 2022 when that is the last event day before June.
 */
export function stopIndex(stops: readonly Stop[], asOf: string | null): number {
  if (asOf === null) return stops.length - 1;
  const day = firstDay(asOf);
  let i = 0;
  while (i + 1 < stops.length && stops[i + 1]!.day <= day) i++;
  return i;
}
