/**
 * What the explorer does once it is mounted, in the order the reader needs it: the graph's
 * first frame first; then the filter column and the evidence guide (`painted`); the settled
 * layout of a large graph when its worker answers; a story or a story file the address asks
 * for; and, once the page is idle, the search index and the default story's code.
 */
import { tick } from 'svelte';
import type { LayoutJob } from '../lib/layout/client.ts';
import type { AppState } from './app-state.svelte.ts';
import type { StorySlot } from './story-slot.svelte.ts';
import type { TalkSlot } from './talk-slot.svelte.ts';

/** Work the first frame does not need, done once the page is idle. */
function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 500);
}

export class Startup {
  /**
   * False until the graph's first frame is on screen: the filter column and the guide in the
   * evidence column (nothing selected yet) are built a frame later, so the graph is painted
   * ~60 ms sooner. Their columns keep their width meanwhile, so nothing moves.
   */
  painted = $state(false);

  readonly #app: AppState;
  readonly #stories: StorySlot;
  readonly #talks: TalkSlot;
  readonly #later: LayoutJob | null;

  constructor(app: AppState, stories: StorySlot, talks: TalkSlot, later: LayoutJob | null) {
    this.#app = app;
    this.#stories = stories;
    this.#talks = talks;
    this.#later = later;
  }

  /** Start it all (from `onMount`); returns the cleanup, which drops a layout still to come. */
  start(): () => void {
    const app = this.#app;
    const stories = this.#stories;
    const later = this.#later;
    // The settled layout replaces the seeds when it comes (the view refits unless moved).
    let gone = false;
    void later?.settled
      .then((settled) => {
        if (gone) return;
        app.positions = settled;
        app.viewport?.settle?.();
        performance.mark('layout:settled');
      })
      .catch((error: unknown) => console.error(error));
    requestAnimationFrame(() => requestAnimationFrame(() => (this.painted = true)));
    if (app.story !== null || app.talk !== null) void stories.ensure();
    // `?storyfile=URL`: a story published at an address opens in the editor.
    const storyfile = new URLSearchParams(location.search).get('storyfile');
    if (storyfile) void this.#talks.openUrl(storyfile);
    whenIdle(() => {
      // The search code and index (~15 ms to build), so the first keystroke does not pay.
      void app
        .prepareSearch()
        .then(tick)
        .then(() => performance.mark('search:ready'));
      void stories.ensure();
    });
    return () => {
      gone = true;
      later?.cancel();
    };
  }
}
