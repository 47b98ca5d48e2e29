/**
 * Where the story on screen comes from: the built-in one (`data/story.json`, whose code loads
 * apart from the page: lib/story/lazy.ts, so `story` is null until then), or a speaker's own
 * (`?talk=<draft id>`), found by `find` in the talk file or in the browser's drafts. main.ts
 * waits for the code when the address opens a step; otherwise App asks for it when the page is
 * idle, or when the Story button is pressed first.
 */
import { loadedStory, loadStory, type StoryModule } from '../lib/story/lazy.ts';
import type { StoryFile } from '../lib/story/draft.ts';
import type { AppState } from './app-state.svelte.ts';
import type { StoryState } from './story.svelte.ts';

/** The built-in story as shipped: what "Duplicate" copies. */
export interface RawStory {
  title: string;
  steps: { id: string; title: string }[];
}

export class StorySlot {
  /** The story the Story button and the bar use: the built-in one or a speaker's draft. */
  story: StoryState | null = $state(null);
  /** The built-in story checked against the app's dataset, or null while its code is loading. */
  builtIn: StoryState | null = $state(null);
  builtInRaw: RawStory | null = $state.raw(null);
  /** The story bar component, with the story. */
  Bar: StoryModule['StoryBar'] | null = $state(null);
  #app: AppState;
  #find: (id: string) => Promise<StoryFile | null>;

  constructor(
    app: AppState,
    find: (id: string) => Promise<StoryFile | null> = () => Promise.resolve(null),
  ) {
    this.#app = app;
    this.#find = find;
    const early = loadedStory();
    if (early && app.talk === null) this.#use(early).follow(true);
  }

  /** The story, loading its code first if need be; null (with a notice) when that fails. */
  async ensure(): Promise<StoryState | null> {
    if (this.story) return this.story;
    const m = await this.#load();
    if (!m) return null;
    this.#use(m);
    await this.sync(true);
    return this.story;
  }

  async #load(): Promise<StoryModule | null> {
    try {
      return await loadStory();
    } catch (e) {
      this.#notice(`Could not load the story: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  }

  #notice(notice: string): void {
    const app = this.#app;
    if (!app.notices.includes(notice)) app.notices = [...app.notices, notice];
  }

  #use(m: StoryModule): StoryState {
    if (this.builtIn) return this.builtIn;
    const story = new m.StoryState(this.#app, m.storyJson);
    this.Bar = m.StoryBar;
    this.builtIn = story;
    this.builtInRaw = m.storyJson as RawStory;
    this.story ??= story;
    return story;
  }

  /** A speaker's story becomes the one on screen (checked against the dataset here). */
  async play(file: StoryFile, talk: string): Promise<StoryState | null> {
    const m = await this.#load();
    if (!m) return null;
    this.#use(m);
    if (this.story?.active && this.story.talk !== talk) this.story.exit();
    const story = new m.StoryState(this.#app, file, talk);
    this.story = story;
    return story;
  }

  /** Back to the built-in story (leaving a speaker's story if it was on screen). */
  useBuiltIn(): void {
    if (this.story?.active && this.story.talk !== null) this.story.exit();
    if (this.builtIn) this.story = this.builtIn;
  }

  /**
   * After the view was read from the URL (`whole` on load, else back/forward): the story the
   * address names follows it. A `talk=` this browser does not have is dropped with a notice.
   */
  async sync(whole: boolean): Promise<void> {
    const app = this.#app;
    const talk = app.talk;
    if (talk === (this.story?.talk ?? null)) {
      this.story?.follow(whole);
      return;
    }
    if (talk === null) {
      this.story = this.builtIn;
      this.story?.follow(whole);
      return;
    }
    const file = await this.#find(talk).catch(() => null);
    if (app.talk !== talk) return; // the reader moved on meanwhile
    if (!file) {
      app.talk = null;
      app.story = null;
      this.#notice(`Ignored talk "${talk}": this browser has no story with that id.`);
      return;
    }
    const story = await this.play(file, talk);
    story?.follow(true);
  }
}
