/**
 * Which rows of a long list are built: past `WINDOW_FROM` rows only those in view and a margin
 * of `MARGIN` above and below, between two spacer rows that keep the scroll height (20,000 rows
 * would take seconds to build). Rows are one line tall, of a measured height.
 */

/** Fewer rows than this are all built (the built-in dataset's among them). */
export const WINDOW_FROM = 400;
/** Rows built beyond the visible ones, above and below. */
export const MARGIN = 30;

/** The rows built: `first` (inclusive) to `last` (exclusive) of `count`. */
export interface RowWindow {
  windowed: boolean;
  first: number;
  last: number;
}

/**
 * `rowWindow(1000, 3300, 800, 33)` → rows 70 to 155: rows 100 to 125 are in view (3300 / 33
 * and (3300 + 800) / 33, rounded out), 30 more either side.
 */
export function rowWindow(
  count: number,
  scrollTop: number,
  viewHeight: number,
  rowHeight: number,
): RowWindow {
  if (count < WINDOW_FROM) return { windowed: false, first: 0, last: count };
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - MARGIN);
  const last = Math.min(count, Math.ceil((scrollTop + viewHeight) / rowHeight) + MARGIN);
  return { windowed: true, first, last };
}
