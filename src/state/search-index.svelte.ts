/**
 * The search index of one dataset, built between frames (lib/search: `createSearchSliced`):
 * `search` is null until it is done, as it is while the search code loads, so the box says
 * "loading" and a query typed meanwhile is answered as soon as the index is there.
 */
import type { SearchModule } from '../lib/search/lazy.ts';
import type { Search } from '../lib/search/search.ts';
import type { Dataset } from '../lib/types.ts';
import { yieldToMain } from '../lib/schedule/slices.ts';

export class SearchIndex {
  search: Search | null = $state.raw(null);

  constructor(code: SearchModule, dataset: Dataset) {
    void code.createSearchSliced(dataset).then(async (search) => {
      // One query in a task of its own, answered by nobody: the search code runs once before
      // the reader's first keystroke, which would otherwise also pay for compiling it (the
      // first two letters took 30–40 ms at 5,000 actors, the next 5–8; issue 10).
      await yieldToMain();
      search('ab', 12);
      this.search = search;
      performance.mark('search:ready');
    });
  }
}
