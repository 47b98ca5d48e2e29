/**
 * A speaker's own stories (TalkDrafts: the drafts, saving, choosing) and the moves on the steps
 * of the one being written (each a pure function of lib/story/edit.ts): add the view on screen,
 * edit, reorder, duplicate, delete with undo, cite a passage; playing a draft through the same
 * story mode as the built-in story; and files in and out (talk-files.ts).
 */
import { captureView } from '../lib/story/capture.ts';
import { quoteAt } from '../lib/story/cite.ts';
import * as edit from '../lib/story/edit.ts';
import { hidePeople, mapDocRef } from '../lib/redact/hide-people.ts';
import { downloadTalk, openStoryText, openStoryUrl, saveStoryFile } from './talk-files.ts';
import { TalkDrafts } from './talk-drafts.svelte.ts';

export type { StoryProblems } from './talk-drafts.svelte.ts';

export class TalkState extends TalkDrafts {
  /** The view on screen as a step view. */
  #view() {
    const { filters, selection, asOf, view, highlight } = this.app;
    return captureView({ filters, selection, asOf, view, highlight });
  }

  /** "Add this view as a step", after the open step (or at the end). */
  addStep(): void {
    const view = this.#view();
    let added = '';
    this.change((s) => {
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
    this.change((s) => edit.editStep(s, id, patch));
  }

  updateView(id: string): void {
    const view = this.#view();
    this.change((s) => edit.setStepView(s, id, view));
    this.app.announcement = 'The step now shows the view on screen.';
  }

  moveBy(id: string, delta: -1 | 1): void {
    this.change((s) => edit.moveBy(s, id, delta));
    const i = this.current?.story.steps.findIndex((s) => s.id === id) ?? -1;
    this.app.announcement = `Moved to position ${i + 1}.`;
  }

  moveTo(id: string, to: number): void {
    this.change((s) => edit.moveStep(s, id, to));
  }

  duplicateStep(id: string): void {
    let copy = '';
    this.change((s) => {
      const r = edit.duplicateStep(s, id);
      copy = r.id;
      return r.story;
    });
    if (copy) this.stepId = copy;
  }

  deleteStep(id: string): void {
    let gone: edit.Deleted | null = null;
    this.change((s) => {
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
    this.change((s) => edit.restoreStep(s, gone));
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
    this.change((s) => edit.addCitation(s, stepId, found.ref));
    const message = `Cited “${this.app.redact(found.ref.quote)}” in “${this.app.redact(step.title)}”.`;
    this.app.announcement = message;
    return message;
  }

  removeCitation(id: string, i: number): void {
    this.change((s) => edit.removeCitation(s, id, i));
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
    saveStoryFile(this);
  }

  /** "Download this talk as one file"; a message when it could not be written. */
  downloadTalk(): Promise<string | null> {
    return downloadTalk(this);
  }

  /** Open a story file's text (see `openStoryText`). */
  openText(text: string, name: string): boolean {
    return openStoryText(this, text, name);
  }

  async openFile(file: File): Promise<boolean> {
    return this.openText(await file.text(), file.name);
  }

  /** `?storyfile=URL`: a story published at an address. */
  openUrl(url: string): Promise<boolean> {
    return openStoryUrl(this, url);
  }
}
