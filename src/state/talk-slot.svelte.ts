/**
 * Where the story editor goes once its code has arrived (it loads apart: lib/story/talk-lazy.ts),
 * whether it is open, and how a speaker's story is found by its id: in the talk file this page
 * is (a downloaded talk), else among the browser's drafts.
 */
import type { StoryFile } from '../lib/story/draft.ts';
import { loadTalk, type TalkModule } from '../lib/story/talk-lazy.ts';
import type { TalkData } from '../lib/story/talk-file.ts';
import type { AppState } from './app-state.svelte.ts';
import type { StorySlot } from './story-slot.svelte.ts';
import type { TalkState } from './talk.svelte.ts';

export class TalkSlot {
  talk: TalkState | null = $state(null);
  Editor: TalkModule['TalkEditor'] | null = $state(null);
  Problems: TalkModule['StoryProblems'] | null = $state(null);
  /** The editor is shown beside the graph. */
  open = $state(false);
  /** While the editor is open, the filters and legend are shown under it too. */
  filters = $state(false);
  #app: AppState;
  #embedded: TalkData | null;
  #stories: StorySlot | null = null;

  constructor(app: AppState, embedded: TalkData | null) {
    this.#app = app;
    this.#embedded = embedded;
  }

  /** The story slot the editor plays its drafts through (set once, by App). */
  attach(stories: StorySlot): void {
    this.#stories = stories;
  }

  /** The editor state, loading its code and the drafts first if need be. */
  async ensure(): Promise<TalkState | null> {
    if (this.talk) return this.talk;
    if (!this.#stories) return null;
    void this.#stories.ensure(); // the built-in story, for "Duplicate"
    try {
      const m = await loadTalk();
      if (this.talk) return this.talk;
      const talk = new m.TalkState(this.#app, this.#stories);
      this.Editor = m.TalkEditor;
      this.Problems = m.StoryProblems;
      this.talk = talk;
      await talk.load();
      this.#adopt(talk);
      return talk;
    } catch (e) {
      const notice = `Could not load the story editor: ${e instanceof Error ? e.message : String(e)}`;
      if (!this.#app.notices.includes(notice)) this.#app.notices = [...this.#app.notices, notice];
      return null;
    }
  }

  /** A talk file's stories become drafts of this browser too, so they can be edited. */
  #adopt(talk: TalkState): void {
    for (const { id, story } of this.#embedded?.stories ?? []) talk.adopt(id, story);
    if (this.#app.talk !== null && talk.drafts.some((d) => d.id === this.#app.talk)) {
      talk.select(this.#app.talk);
    }
  }

  async toggle(): Promise<void> {
    if (this.open) {
      this.open = false;
      return;
    }
    const talk = await this.ensure();
    if (talk) this.open = true;
  }

  /** `?storyfile=URL`: open the editor on the story published there (or its problems). */
  async openUrl(url: string): Promise<void> {
    const talk = await this.ensure();
    if (!talk) return;
    this.open = true;
    await talk.openUrl(url);
  }

  /** A dropped or chosen story file: opened in the editor (or its problems shown). */
  async openFile(file: File): Promise<void> {
    const talk = await this.ensure();
    if (!talk) return;
    this.open = true;
    await talk.openFile(file);
  }

  /** A speaker's story by id: from the talk file first, else from the browser. */
  async find(id: string): Promise<StoryFile | null> {
    const carried = this.#embedded?.stories.find((s) => s.id === id);
    if (carried) return carried.story;
    const m = await loadTalk();
    const draft = await new m.DraftStore().get(id);
    return draft?.story ?? null;
  }
}
