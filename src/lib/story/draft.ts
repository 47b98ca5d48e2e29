/**
 * A speaker's own story as it is written and saved: the shape of `data/story.json` (quotes,
 * never offsets, so it survives a rebuild of the dataset), plus the speaker's notes and the
 * dataset it was made for. `parseStory(file, ds, { strict: false })` checks it; the same
 * object is what "Save story as file" writes.
 */
import type { DatasetRef, StepView } from './types.ts';

/** A cited passage as the file stores it: the document and its words (1-based occurrence). */
export interface QuoteRef {
  doc: string;
  quote: string;
  occurrence?: number;
}

/** One step while it is being written: a caption may still be empty, sources still none. */
export interface DraftStep {
  id: string;
  title: string;
  /** Plain text; a blank line starts a new paragraph. Never read as HTML. */
  caption: string;
  notes: string;
  citations: QuoteRef[];
  view: StepView;
}

/** The file shape: `data/story.json`'s, with `dataset` naming what it was written for. */
export interface StoryFile {
  title: string;
  dataset: DatasetRef;
  steps: DraftStep[];
  /**
   * Written with people's names hidden (lib/story/anonymous.ts): its texts say "Person N" and
   * its quotes are words of the documents with names hidden. Only in files: a draft never has it.
   */
  peopleHidden?: true;
}

/** A stored draft: the story and its bookkeeping (ISO timestamps). */
export interface Draft {
  id: string;
  created: string;
  updated: string;
  story: StoryFile;
}

/**
 * How a dataset names itself in a story file: its edition and a title (the open letter's, or
 * the first document's). `datasetRef(ds)` → `{ edition: '2022-09-01', title: 'Open letter …' }`.
 */
export function datasetRef(ds: {
  edition: string;
  documents: readonly { kind: string; title: string }[];
}): DatasetRef {
  const doc = ds.documents.find((d) => d.kind === 'open-letter') ?? ds.documents[0];
  return { edition: ds.edition, title: doc?.title ?? 'Untitled dataset' };
}

/** True when two refs name the same dataset. */
export function sameDataset(a: DatasetRef, b: DatasetRef): boolean {
  return a.edition === b.edition && a.title === b.title;
}

/** Paragraphs of a caption: split at blank lines, each trimmed; `'a\n\nb'` → `['a', 'b']`. */
export function paragraphs(caption: string): string[] {
  return caption
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
