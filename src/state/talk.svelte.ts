/**
 * A speaker's own stories: the drafts of this browser, the one being written, its moves (each a
 * pure function of lib/story/edit.ts), undo of a delete, saving as the speaker types, files in
 * and out, and playing a draft through the same story mode as the built-in story.
 */
import { captureView } from '../lib/story/capture.ts';
import { quoteAt } from '../lib/story/cite.ts';
import { datasetRef, sameDataset, type Draft, type StoryFile } from '../lib/story/draft.ts';
import * as edit from '../lib/story/edit.ts';
import type { Issue } from '../lib/story/fields.ts';
import { hiddenStoryFile } from '../lib/story/anonymous.ts';
import { appHtml } from '../lib/story/boot.ts';
import { talkFileName } from '../lib/story/talk-file.ts';
import { buildTalk } from '../lib/story/talk-build.ts';
import { builtInStory } from '../lib/story/lazy.ts';
import { parseStory } from '../lib/story/story.ts';
import { readStoryText, storyFileName, storyFileText } from '../lib/story/file.ts';
import { Saver, type SaveStatus } from '../lib/story/saver.ts';
import { DraftStore, draftId } from '../lib/story/store.ts';
import type { DatasetRef } from '../lib/story/types.ts';
import { downloadText } from '../lib/export/download.ts';
import { hidePeople, mapDocRef } from '../lib/redact/hide-people.ts';
import type { AppState } from './app-state.svelte.ts';
import type { StorySlot } from './story-slot.svelte.ts';

/** A file that could not be opened: its name, its problems, the dataset it names. */
export interface StoryProblems {
  name: string;
  issues: Issue[];
  otherDataset: DatasetRef | null;
}

export class TalkState {
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
   * Leaving the page (closing the tab, reloading, following a link) writes a change still
   * waiting for the pause: IndexedDB finishes a write the page started as it went.
   */
  #flushOnLeave(): void {
    if (typeof window === 'undefined') return;
    const flush = () => void this.flush();
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

  #add(story: StoryFile): Draft {
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
  #change(fn: (s: StoryFile) => StoryFile): void {
    const d = this.current;
    if (!d) return;
    const story = fn(d.story);
    if (story === d.story) return;
    const next: Draft = { ...d, story, updated: new Date().toISOString() };
    this.drafts = this.drafts.map((x) => (x.id === d.id ? next : x));
    this.#saver.schedule(next);
  }

  /** The view on screen as a step view. */
  #view() {
    const { filters, selection, asOf, view, highlight } = this.app;
    return captureView({ filters, selection, asOf, view, highlight });
  }

  newStory(): void {
    this.#add(edit.newStory(this.ref));
    this.app.announcement = 'New story. Add the view on screen as its first step.';
  }

  /** A copy to edit: of the current draft, or of the built-in story when none is open. */
  duplicate(builtIn: { title: string; steps: unknown[] } | null): void {
    const from = this.current?.story ?? builtIn;
    if (!from) return;
    this.#add(edit.copyStory(from, this.ref));
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
    this.#change((s) => edit.renameStory(s, title));
  }

  /** "Add this view as a step", after the open step (or at the end). */
  addStep(): void {
    const view = this.#view();
    let added = '';
    this.#change((s) => {
      const r = edit.addStep(s, view, this.stepId ?? undefined);
      added = r.id;
      return r.story;
    });
    if (added === '') return;
    this.stepId = added;
    const n = (this.current?.story.steps.findIndex((s) => s.id === added) ?? 0) + 1;
    this.app.announcement = `Step ${n} added from the view on screen.`;
  }

  editStep(id: string, patch: { title?: string; caption?: string; notes?: string }): void {
    this.#change((s) => edit.editStep(s, id, patch));
  }

  updateView(id: string): void {
    const view = this.#view();
    this.#change((s) => edit.setStepView(s, id, view));
    this.app.announcement = 'The step now shows the view on screen.';
  }

  moveBy(id: string, delta: -1 | 1): void {
    this.#change((s) => edit.moveBy(s, id, delta));
    const i = this.current?.story.steps.findIndex((s) => s.id === id) ?? -1;
    this.app.announcement = `Moved to position ${i + 1}.`;
  }

  moveTo(id: string, to: number): void {
    this.#change((s) => edit.moveStep(s, id, to));
  }

  duplicateStep(id: string): void {
    let copy = '';
    this.#change((s) => {
      const r = edit.duplicateStep(s, id);
      copy = r.id;
      return r.story;
    });
    if (copy) this.stepId = copy;
  }

  deleteStep(id: string): void {
    let gone: edit.Deleted | null = null;
    this.#change((s) => {
      const r = edit.deleteStep(s, id);
      gone = r.deleted;
      return r.story;
    });
    if (!gone) return;
    this.deleted = gone;
    if (this.stepId === id) this.stepId = null;
    this.app.announcement = `Deleted “${(gone as edit.Deleted).step.title}”. Undo is offered.`;
  }

  undoDelete(): void {
    const gone = this.deleted;
    if (!gone) return;
    this.#change((s) => edit.restoreStep(s, gone));
    this.deleted = null;
    this.stepId = gone.step.id;
    this.app.announcement = `Restored “${gone.step.title}”.`;
  }

  /**
   * "Cite in step": the passage `[start, end)` of document `docId` as the reader shows it
   * (with people hidden, offsets of the redacted text) becomes a quote in the open step.
   * Returns a message for the reader: what was cited, or why not.
   */
  cite(docId: string, start: number, end: number): string {
    const stepId = this.stepId;
    const step = this.current?.story.steps.find((s) => s.id === stepId);
    if (!step || !stepId) return 'Open a step of your story first, then cite.';
    const ref = this.app.hidePeople
      ? mapDocRef(hidePeople(this.app.source), { id: docId, start, end }, 'show')
      : { id: docId, start, end };
    const doc = this.app.source.documents.find((d) => d.id === docId);
    if (!doc) return `There is no document “${docId}” in this dataset.`;
    const found = quoteAt(doc, ref.start, ref.end);
    if (found.error !== undefined) return found.error;
    this.#change((s) => edit.addCitation(s, stepId, found.ref));
    const message = `Cited “${this.app.redact(found.ref.quote)}” in “${this.app.redact(step.title)}”.`;
    this.app.announcement = message;
    return message;
  }

  removeCitation(id: string, i: number): void {
    this.#change((s) => edit.removeCitation(s, id, i));
  }

  /** Play the current draft from step `index` (the audience's view, the story bar). */
  async play(index = 0): Promise<void> {
    const d = this.current;
    if (!d) return;
    const story = await this.slot.play(d.story, d.id);
    if (!story) return;
    if (!story.ready) {
      this.problems = { name: d.story.title, issues: story.issues, otherDataset: null };
      return;
    }
    story.start(index);
  }

  /** "Save story as file": the story.json shape; with people hidden, no name in it. */
  saveFile(): void {
    const d = this.current;
    if (!d) return;
    const story = this.app.hidePeople ? hiddenStoryFile(d.story, this.app.source) : d.story;
    downloadText(storyFileName(d.story.title), storyFileText(story), 'application/json');
    this.app.announcement = `Saved “${d.story.title}” as a file.`;
  }

  /**
   * "Download this talk as one file": the one-file app with the current story first and the
   * other stories for this dataset after it, the dataset itself, and people hidden if they are.
   * Returns a message when it could not be written.
   */
  async downloadTalk(): Promise<string | null> {
    const d = this.current;
    if (!d) return 'Open one of your stories first.';
    await this.flush();
    let html: string;
    try {
      html = await appHtml();
    } catch (e) {
      return `Could not write the talk: ${e instanceof Error ? e.message : String(e)}.`;
    }
    const rest = this.mine.filter((x) => x.id !== d.id);
    const hide = this.app.hidePeople;
    const file = buildTalk({
      html,
      stories: [d, ...rest].map((x) => ({ id: x.id, story: x.story })),
      source: this.app.source,
      positions: this.app.positions,
      hidePeople: hide,
      builtInStory: hide ? await builtInStory() : null,
    });
    downloadText(talkFileName(d.story.title), file, 'text/html;charset=utf-8');
    this.app.announcement = `Downloaded “${d.story.title}” as one file: it opens with no network, in presenter view.`;
    return null;
  }

  /**
   * Open a story file's text: checked first; a good one becomes a new draft (so it can never
   * replace one), a bad one opens the list of its problems and nothing else changes.
   */
  openText(text: string, name: string): boolean {
    const opened = readStoryText(text, name, this.app.source);
    if (!opened.ok) {
      this.problems = { name, issues: opened.issues, otherDataset: opened.otherDataset };
      return false;
    }
    this.problems = null;
    this.#add(opened.file);
    const made = opened.otherDataset;
    // Its author hid people's names: so does the app, until the speaker shows them again.
    if (opened.peopleHidden) this.app.setHidePeople(true);
    const hidden = opened.peopleHidden
      ? " It was saved with people's names hidden: they are hidden now."
      : '';
    this.app.announcement = made
      ? `Opened “${opened.file.title}”, made for ${made.title} (edition ${made.edition}): every quote was found in this dataset.${hidden}`
      : `Opened “${opened.file.title}”.${hidden}`;
    return true;
  }

  async openFile(file: File): Promise<boolean> {
    return this.openText(await file.text(), file.name);
  }

  /** `?storyfile=URL`: a story published at an address. */
  async openUrl(url: string): Promise<boolean> {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      return this.openText(await response.text(), url);
    } catch (e) {
      const what = `could not be read: ${e instanceof Error ? e.message : String(e)}`;
      this.problems = { name: url, issues: [{ where: url, what }], otherDataset: null };
      return false;
    }
  }
}
