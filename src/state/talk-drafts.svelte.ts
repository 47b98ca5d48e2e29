/**
 * A speaker's drafts in this browser: the list (read once, saved as the speaker types through a
 * debounced Saver), the one open in the editor, and the moves on the list: new, duplicate,
 * choose, adopt from a talk file, delete, rename. TalkState adds the moves on steps.
 */
import { datasetRef, sameDataset, type Draft, type StoryFile } from '../lib/story/draft.ts';
import * as edit from '../lib/story/edit.ts';
import type { Issue } from '../lib/story/fields.ts';
import { parseStory } from '../lib/story/story.ts';
import { Saver, type SaveStatus } from '../lib/story/saver.ts';
import { DraftStore, draftId } from '../lib/story/store.ts';
import type { DatasetRef } from '../lib/story/types.ts';
import type { AppState } from './app-state.svelte.ts';
import type { StorySlot } from './story-slot.svelte.ts';

/** A file that could not be opened: its name, its problems, the dataset it names. */
export interface StoryProblems {
  name: string;
  issues: Issue[];
  otherDataset: DatasetRef | null;
}

export class TalkDrafts {
  drafts: Draft[] = $state.raw([]);
  /** Stored records no version of this code can read (left in place). */
  unreadable = $state(0);
  /** The draft open in the editor, or null (the built-in story, read-only). */
  currentId: string | null = $state(null);
  current: Draft | null = $derived(this.drafts.find((d) => d.id === this.currentId) ?? null);
  /** The step open for editing. */
  stepId: string | null = $state(null);
  /** The last deleted step, until undone or another delete. */
  deleted: edit.Deleted | null = $state.raw(null);
  status: SaveStatus | 'idle' = $state('idle');
  saveError = $state('');
  problems: StoryProblems | null = $state.raw(null);
  /** Drafts were read from the browser (or could not be). */
  loaded = $state(false);
  readonly ref: DatasetRef;
  /** Drafts made for this dataset, and for others (offered only where their quotes are found). */
  mine: Draft[] = $derived(this.drafts.filter((d) => sameDataset(d.story.dataset, this.ref)));
  others: Draft[] = $derived(this.drafts.filter((d) => !sameDataset(d.story.dataset, this.ref)));

  readonly app: AppState;
  readonly slot: StorySlot;
  readonly #store: DraftStore;
  readonly #saver: Saver<Draft>;

  constructor(app: AppState, slot: StorySlot, store = new DraftStore()) {
    this.app = app;
    this.slot = slot;
    this.ref = datasetRef(app.source);
    this.#store = store;
    this.#saver = new Saver(
      (d) => this.#store.put(d),
      400,
      (status, error) => {
        this.status = status;
        this.saveError =
          status === 'failed'
            ? `Not saved in this browser: ${error instanceof Error ? error.message : String(error)}. Save the story as a file to keep it.`
            : '';
      },
    );
    this.#flushOnLeave();
  }

  /**
   * Leaving the page (closing the tab, reloading, following a link) writes a change not yet
   * saved: into the journal at once (synchronous, so it survives the unload), and to IndexedDB,
   * which may or may not finish a write the page started as it went.
   */
  #flushOnLeave(): void {
    if (typeof window === 'undefined') return;
    const flush = () => {
      const unsaved = this.#saver.unsaved;
      if (unsaved) this.#store.journal(unsaved);
      void this.flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  /** Read the drafts of this browser (once); a browser without storage gets a message. */
  async load(): Promise<void> {
    if (this.loaded) return;
    try {
      const { drafts, unreadable } = await this.#store.list();
      // Drafts created meanwhile (a file opened before the list came) stay.
      const known = new Set(this.drafts.map((d) => d.id));
      this.drafts = [...this.drafts, ...drafts.filter((d) => !known.has(d.id))];
      this.unreadable = unreadable;
      // Back after a reload or a closed tab: the story last worked on is open again.
      if (this.currentId === null && this.mine[0]) this.select(this.mine[0].id);
    } catch (e) {
      this.saveError = `This browser keeps no stories (${e instanceof Error ? e.message : String(e)}). Save your story as a file to keep it.`;
    }
    this.loaded = true;
  }

  /** Write a waiting change now (leaving the page, switching stories). */
  flush(): Promise<void> {
    return this.#saver.flush();
  }

  /** A new draft, open in the editor, saved at once. */
  addDraft(story: StoryFile): Draft {
    void this.flush();
    const now = new Date().toISOString();
    const draft: Draft = { id: draftId(), created: now, updated: now, story };
    this.drafts = [draft, ...this.drafts];
    this.currentId = draft.id;
    this.stepId = story.steps[0]?.id ?? null;
    this.deleted = null;
    this.#saver.schedule(draft);
    return draft;
  }

  /** Apply one move to the current draft and schedule its save. */
  protected change(fn: (s: StoryFile) => StoryFile): void {
    const d = this.current;
    if (!d) return;
    const story = fn(d.story);
    if (story === d.story) return;
    const next: Draft = { ...d, story, updated: new Date().toISOString() };
    this.drafts = this.drafts.map((x) => (x.id === d.id ? next : x));
    this.#saver.schedule(next);
  }

  newStory(): void {
    this.addDraft(edit.newStory(this.ref));
    this.app.announcement = 'New story. Add the view on screen as its first step.';
  }

  /** A copy to edit: of the current draft, or of the built-in story when none is open. */
  duplicate(builtIn: { title: string; steps: unknown[] } | null): void {
    const from = this.current?.story ?? builtIn;
    if (!from) return;
    this.addDraft(edit.copyStory(from, this.ref));
    this.app.announcement = `Copied “${from.title}”: this copy is yours to edit.`;
  }

  /**
   * Open a draft in the editor (null: the built-in story, read-only). One made for another
   * dataset opens only when every quote and actor it names is found in this one.
   */
  select(id: string | null): void {
    void this.flush();
    const draft = this.drafts.find((d) => d.id === id) ?? null;
    if (draft && !sameDataset(draft.story.dataset, this.ref)) {
      const { issues } = parseStory(draft.story, this.app.source, { strict: false });
      if (issues.length > 0) {
        this.problems = { name: draft.story.title, issues, otherDataset: draft.story.dataset };
        return;
      }
    }
    this.currentId = draft?.id ?? null;
    this.stepId = draft?.story.steps[0]?.id ?? null;
    this.deleted = null;
    if (draft === null) this.slot.useBuiltIn();
  }

  /** A story carried by a talk file, kept as a draft of this browser under its own id. */
  adopt(id: string, story: StoryFile): void {
    if (this.drafts.some((d) => d.id === id)) return;
    const now = new Date().toISOString();
    const draft: Draft = { id, created: now, updated: now, story };
    this.drafts = [...this.drafts, draft];
    this.#store.put(draft).catch(() => {
      // No storage (a locked-down browser): the talk still plays from the file.
    });
  }

  async remove(id: string): Promise<void> {
    await this.flush();
    await this.#store.remove(id);
    this.drafts = this.drafts.filter((d) => d.id !== id);
    if (this.currentId === id) this.select(null);
  }

  rename(title: string): void {
    this.change((s) => edit.renameStory(s, title));
  }
}
