/**
 * The search index of one dataset, built between frames (lib/search: `createSearchSliced`):
 * `search` is null until it is done, as it is while the search code loads, so the box says
 * "loading" and a query typed meanwhile is answered as soon as the index is there.
 */
import type { SearchModule } from '../lib/search/lazy.ts';
import type { Search } from '../lib/search/search.ts';
import type { Dataset } from '../lib/types.ts';

export class SearchIndex {
  search: Search | null = $state.raw(null);

  constructor(code: SearchModule, dataset: Dataset) {
    void code.createSearchSliced(dataset).then((search) => {
      this.search = search;
      performance.mark('search:ready');
    });
  }
}
