/**
 * The search code (fuse.js, the index and the ranking, ~10 KB gzip) is not needed to draw the graph, so it
 * loads apart: when the page is first idle, or at the first query, whichever comes first.
 * `loadSearch()` fetches it once; later calls share the promise (and retry after a failure).
 */
export type SearchModule = typeof import('./search.ts');

let pending: Promise<SearchModule> | null = null;

export function loadSearch(): Promise<SearchModule> {
  pending ??= import('./search.ts').catch((e: unknown) => {
    pending = null;
    throw e;
  });
  return pending;
}
