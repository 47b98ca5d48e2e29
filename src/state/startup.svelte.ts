/**
 * What the explorer does once it is mounted, in the order the reader needs it: the graph's
 * first frame first; then the filter column and the evidence guide (`painted`); the settled
 * layout of a large graph when its worker answers; a story or a story file the address asks
 * for; and, once the page is idle, the search index and the default story's code.
 */
import type { LayoutJob } from '../lib/layout/client.ts';
import { CANVAS_THRESHOLD } from '../lib/render/lod.ts';
import { yieldToMain } from '../lib/schedule/slices.ts';
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
   * 0 until the graph's first frame is on screen: the filter column and the guide in the
   * evidence column (nothing selected yet) are built a frame later, so the graph is painted
   * ~60 ms sooner. Their columns keep their width meanwhile, so nothing moves. A large graph
   * (the Canvas layer's size) builds them one part per task, 1 to PARTS: the guide, the
   * timeline and legend, the filters with their counts, the letters' comparison; each is tens
   * of ms of work there, and together they froze the page for half a second.
   */
  built = $state(0);
  /** The guide and the first part are on screen. */
  painted = $derived(this.built > 0);
  static readonly PARTS = 4;

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

  async #buildParts(): Promise<void> {
    const large = this.#app.dataset.nodes.length >= CANVAS_THRESHOLD;
    for (let part = 1; part <= Startup.PARTS; part++) {
      if (large) await yieldToMain();
      this.built = part;
    }
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
    // A large graph's parts once its Canvas is on screen (see `built`); else two frames on.
    if (app.dataset.nodes.length >= CANVAS_THRESHOLD) void app.shown.then(() => this.#buildParts());
    else requestAnimationFrame(() => requestAnimationFrame(() => void this.#buildParts()));
    if (app.story !== null || app.talk !== null) void stories.ensure();
    // `?storyfile=URL`: a story published at an address opens in the editor.
    const storyfile = new URLSearchParams(location.search).get('storyfile');
    if (storyfile) void this.#talks.openUrl(storyfile);
    whenIdle(() => {
      // The search code and index (~15 ms to build; between frames at any size), so the first
      // keystroke does not pay. The index marks `search:ready` when built.
      void app.prepareSearch();
      void stories.ensure();
    });
    return () => {
      gone = true;
      later?.cancel();
    };
  }
}
