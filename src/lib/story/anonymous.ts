/**
 * Stories with people's names hidden, for every file written while "Hide people's names" is
 * on. Such a story is written for the dataset as it leaves the browser (`publicDataset`: texts
 * redacted, a person's id replaced by their stand-in's): its titles, captions and notes are
 * redacted as the app redacts its own texts, each quote is the same passage of the redacted
 * document (so it is still found there, word for word), and the views name stand-ins' ids.
 * A story file written so says `"peopleHidden": true`; reading it checks it against the same
 * redacted dataset, then finds each passage again in the documents as they are.
 */
import { foldText } from '../pipeline/fold.ts';
import { locateQuote } from '../pipeline/quotes.ts';
import type { IndexedDocument } from '../pipeline/sources.ts';
import { redact } from '../redact/anonymise.ts';
import { hidePeople, mapOffset, privateId, publicId, type Shift } from '../redact/hide-people.ts';
import { publicDataset } from '../redact/public-dataset.ts';
import type { Citation, Dataset } from '../types.ts';
import { quoteAt } from './cite.ts';
import { datasetRef, type DraftStep, type QuoteRef, type StoryFile } from './draft.ts';
import { parseStory, type ParsedStory } from './story.ts';
import type { DatasetRef, StepView } from './types.ts';

/** What is rewritten: a speaker's file, or `data/story.json`'s shape (no dataset, no notes). */
export interface StoryShape {
  title: string;
  dataset?: DatasetRef;
  steps: {
    title: string;
    caption: string;
    notes?: string;
    citations: QuoteRef[];
    view: StepView;
  }[];
}

/** Rewrites of a story's words, quotes and ids. */
export interface StoryRewrite {
  /** Any text of the story: titles, captions, notes, the dataset's title. */
  text: (s: string) => string;
  /** A quote, as a whole: its passage may be found again elsewhere. */
  quote: (q: QuoteRef) => QuoteRef;
  /** A node id in a view (a person's own id spells their name). */
  id: (id: string) => string;
}

/** `file` with every text, quote and node id passed through `rw` (the input is not changed). */
export function rewriteStory<T extends StoryShape>(file: T, rw: StoryRewrite): T {
  return {
    ...file,
    title: rw.text(file.title),
    ...(file.dataset ? { dataset: { ...file.dataset, title: rw.text(file.dataset.title) } } : {}),
    steps: file.steps.map((s) => ({
      ...s,
      title: rw.text(s.title),
      caption: rw.text(s.caption),
      ...(s.notes !== undefined ? { notes: rw.text(s.notes) } : {}),
      citations: s.citations.map(rw.quote),
      view: {
        ...s.view,
        highlight: s.view.highlight.map(rw.id),
        selection: s.view.selection === null ? null : rw.id(s.view.selection),
      },
    })),
  };
}

function indexDocuments(ds: Dataset): Map<string, IndexedDocument> {
  return new Map(
    ds.documents.map((doc, order) => [doc.id, { doc, folded: foldText(doc.text), order }]),
  );
}

/** The quote for `[start, end)` of the document `id` of `ds`, the offsets first moved by `dir`. */
function requote(ds: Dataset, shifts: Shift[], c: Citation, dir: 'hide' | 'show'): QuoteRef {
  const doc = ds.documents.find((d) => d.id === c.doc);
  const start = mapOffset(shifts, c.start, 'start', dir);
  const end = mapOffset(shifts, c.end, 'end', dir);
  const found = doc ? quoteAt(doc, start, end) : null;
  return found?.ref ?? { doc: c.doc, quote: doc?.text.slice(start, end) ?? c.quote };
}

/**
 * `file` for `publicDataset(ds)` (the input is not changed). A quote not found in `ds` (a
 * story made for another dataset) keeps its words, redacted.
 */
export function publicStory<T extends StoryShape>(file: T, ds: Dataset): T {
  const hidden = hidePeople(ds);
  const pub = publicDataset(ds);
  const docs = indexDocuments(ds);
  const text = (s: string) => redact(s, ds, hidden.aliases);
  return rewriteStory(file, {
    text,
    id: (id) => publicId(id, hidden.aliases),
    quote: (q) => {
      const found = locateQuote(docs, q);
      if (!found.citation) return { ...q, quote: text(q.quote) };
      return requote(pub, hidden.shifts.get(q.doc) ?? [], found.citation, 'hide');
    },
  });
}

/** "Save story as file" with people hidden: `publicStory`, marked so it can be read back. */
export function hiddenStoryFile(file: StoryFile, ds: Dataset): StoryFile {
  return { ...publicStory(file, ds), peopleHidden: true };
}

/** What reading a `peopleHidden` file gives: the check, and the story as a draft of `ds`. */
export interface HiddenRead {
  parsed: ParsedStory;
  /** The dataset the file's check expects it to name (the redacted one's). */
  here: DatasetRef;
  file: StoryFile | null;
}

/**
 * Read a story written with people hidden: checked against `publicDataset(ds)` (its quotes
 * must be words of the redacted documents, its ids stand-ins'), then each quoted passage found
 * again in `ds`'s documents and each stand-in's id turned back, so the draft plays, and is
 * hidden again, like any other. Captions and notes keep their "Person N".
 */
export function readHiddenStory(raw: unknown, ds: Dataset): HiddenRead {
  const pub = publicDataset(ds);
  const parsed = parseStory(raw, pub, { strict: false });
  const pubHere = datasetRef(pub);
  if (parsed.errors.length > 0) return { parsed, here: pubHere, file: null };
  const { aliases, shifts } = hidePeople(ds);
  const steps = (raw as { steps: DraftStep[] }).steps.map((s, i) => {
    const located = parsed.story.steps[i]!.citations;
    const step = structuredClone(s);
    return {
      ...step,
      notes: step.notes ?? '',
      citations: located.map((c) => requote(ds, shifts.get(c.doc) ?? [], c, 'show')),
      view: {
        ...step.view,
        highlight: (step.view.highlight ?? []).map((id) => privateId(id, aliases)),
        selection: step.view.selection == null ? null : privateId(step.view.selection, aliases),
      },
    };
  });
  const file: StoryFile = { title: parsed.story.title, dataset: datasetRef(ds), steps };
  return { parsed, here: pubHere, file };
}
