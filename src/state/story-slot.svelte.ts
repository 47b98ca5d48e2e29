/**
 * Where the default story goes once its code has arrived: story mode loads apart from the
 * page (lib/story/lazy.ts), so `story` is null until then. main.ts waits for the code when the
 * address opens a step; otherwise App asks for it when the page is idle, or when the Story
 * button is pressed first.
 */
import { loadedStory, loadStory, type StoryModule } from '../lib/story/lazy.ts';
import type { AppState } from './app-state.svelte.ts';
import type { StoryState } from './story.svelte.ts';

export class StorySlot {
  /** The story checked against the app's dataset, or null while its code is loading. */
  story: StoryState | null = $state(null);
  /** The story bar component, with the story. */
  Bar: StoryModule['StoryBar'] | null = $state(null);
  #app: AppState;

  constructor(app: AppState) {
    this.#app = app;
    const early = loadedStory();
    if (early) this.#use(early);
  }

  /** The story, loading its code first if need be; null (with a notice) when that fails. */
  ensure(): Promise<StoryState | null> {
    if (this.story) return Promise.resolve(this.story);
    return loadStory().then(
      (m) => this.#use(m),
      (e: unknown) => {
        const notice = `Could not load the story: ${e instanceof Error ? e.message : String(e)}`;
        const app = this.#app;
        if (!app.notices.includes(notice)) app.notices = [...app.notices, notice];
        return null;
      },
    );
  }

  #use(m: StoryModule): StoryState {
    if (this.story) return this.story;
    const story = new m.StoryState(this.#app, m.storyJson);
    this.Bar = m.StoryBar;
    this.story = story;
    // A `?story=` step in the address (or none: then this only clears the highlight).
    story.follow(true);
    return story;
  }
}
