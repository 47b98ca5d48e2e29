/**
 * The story gate: check a raw story (parsed `data/story.json`) against a dataset, once, and
 * list every problem as a sentence naming the step: `step "april-letter": node "x" is not in
 * the dataset`. Quotes are located like the pipeline's (white space and curly quotes folded,
 * whole words, exactly one occurrence unless `"occurrence": N` says which).
 */
import { foldText } from '../pipeline/fold.ts';
import { locateQuote } from '../pipeline/quotes.ts';
import type { IndexedDocument } from '../pipeline/sources.ts';
import type { Citation, Dataset } from '../types.ts';
import { isObject, Problems, type Issue } from './fields.ts';
import type { DatasetRef, Story, StoryStep } from './types.ts';
import { parseView, vocabularyOf, type Vocabulary } from './view.ts';

export type { DatasetRef, StepView, Story, StoryStep, Zoom } from './types.ts';
export type { Issue } from './fields.ts';
export { ZOOMS } from './types.ts';
export { stepIndexFromParam, stepViewState } from './navigate.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STEP_KEYS = ['id', 'title', 'caption', 'notes', 'citations', 'view'] as const;
const STORY_KEYS = ['title', 'dataset', 'steps', 'peopleHidden'] as const;

/**
 * `strict` (the default, for `data/story.json`): every step has a caption and at least one
 * source. A speaker's own story (`strict: false`) may have a step still without either.
 */
export interface StoryOptions {
  strict?: boolean;
}
const CITE_KEYS = ['doc', 'quote', 'occurrence'] as const;

interface Context {
  docs: ReadonlyMap<string, IndexedDocument>;
  vocab: Vocabulary;
  strict: boolean;
}

function parseCitations(raw: unknown, ctx: Context, p: Problems): Citation[] {
  if (!ctx.strict && Array.isArray(raw) && raw.length === 0) return [];
  if (!Array.isArray(raw) || raw.length === 0) {
    p.add(
      '"citations" must be a non-empty array of { "doc", "quote" }: every caption needs its source',
    );
    return [];
  }
  const citations: Citation[] = [];
  raw.forEach((entry: unknown, i) => {
    if (!isObject(entry) || typeof entry.doc !== 'string' || typeof entry.quote !== 'string') {
      p.add(`citations[${i}] must be { "doc": "<document id>", "quote": "<exact words>" }`);
      return;
    }
    p.unknownKeys(entry, CITE_KEYS, `citations[${i}]`);
    const occurrence = typeof entry.occurrence === 'number' ? entry.occurrence : undefined;
    const found = locateQuote(ctx.docs, { doc: entry.doc, quote: entry.quote, occurrence });
    if (found.citation) citations.push(found.citation);
    else p.add(found.error);
  });
  return citations;
}

function parseStep(
  raw: unknown,
  i: number,
  ctx: Context,
  seen: Set<string>,
): { step: StoryStep | null; problems: Problems } {
  const id = isObject(raw) && typeof raw.id === 'string' && SLUG.test(raw.id) ? raw.id : null;
  const p = new Problems(id === null ? `step ${i + 1}` : `step "${id}"`);
  if (!isObject(raw)) {
    p.add('must be an object with id, title, caption, citations and view');
    return { step: null, problems: p };
  }
  if (id === null)
    p.add('"id" must be a slug such as "april-letter" (lower-case letters, digits, "-")');
  else if (seen.has(id)) p.add('duplicate step id: each step needs its own URL');
  if (id !== null) seen.add(id);
  p.unknownKeys(raw, STEP_KEYS, 'the step');
  const title = p.text(raw, 'title');
  const caption =
    !ctx.strict && typeof raw.caption === 'string' ? raw.caption : p.text(raw, 'caption');
  let notes = '';
  if (typeof raw.notes === 'string') notes = raw.notes;
  else if (raw.notes !== undefined) p.add('"notes" must be a string (the speaker\'s notes)');
  const citations = parseCitations(raw.citations, ctx, p);
  const view = parseView(raw.view, ctx.vocab, p);
  const ok =
    p.messages.length === 0 && id !== null && title !== null && caption !== null && view !== null;
  return { step: ok ? { id, title, caption, notes, citations, view } : null, problems: p };
}

/** The optional `"dataset": { "edition", "title" }` a speaker's story file carries. */
function parseMadeFor(raw: unknown, p: Problems): DatasetRef | null {
  if (raw === undefined) return null;
  if (isObject(raw) && typeof raw.edition === 'string' && typeof raw.title === 'string') {
    return { edition: raw.edition, title: raw.title };
  }
  p.add('"dataset" must be { "edition": "<YYYY-MM-DD>", "title": "<the dataset\'s title>" }');
  return null;
}

/** The result of `parseStory`: `errors` as sentences, `issues` as (where, what) pairs. */
export interface ParsedStory {
  story: Story;
  errors: string[];
  issues: Issue[];
}

/**
 * Check `raw` against `ds`: the one schema for the built-in story, a speaker's drafts and
 * their files. `story.steps` keeps the steps that passed, in order; `errors` lists every
 * problem (an empty list means the story is fit to present).
 */
export function parseStory(raw: unknown, ds: Dataset, options: StoryOptions = {}): ParsedStory {
  const top = new Problems('the story', ' ');
  const story: Story = { title: '', steps: [], madeFor: null };
  const done = (more: Problems[] = []): ParsedStory => {
    const all = [top, ...more];
    return {
      story,
      errors: all.flatMap((p) => p.messages),
      issues: all.flatMap((p) => p.issues),
    };
  };
  if (!isObject(raw) || !Array.isArray(raw.steps)) {
    top.add('must be an object { "title": "…", "steps": [ … ] }');
    return done();
  }
  for (const key of Object.keys(raw)) {
    if (!(STORY_KEYS as readonly string[]).includes(key))
      top.add(`has an unknown field "${key}" (known: ${STORY_KEYS.join(', ')})`);
  }
  if (typeof raw.title === 'string' && raw.title.trim() !== '') story.title = raw.title;
  else top.add('needs a "title" (a non-empty string)');
  story.madeFor = parseMadeFor(raw.dataset, top);
  if (raw.peopleHidden !== undefined && typeof raw.peopleHidden !== 'boolean')
    top.add('"peopleHidden" must be true or false (whether names were hidden when it was saved)');
  if (raw.steps.length === 0) top.add('has no steps: add at least one');
  const docs = new Map(
    ds.documents.map((doc, order) => [doc.id, { doc, folded: foldText(doc.text), order }]),
  );
  const ctx: Context = { docs, vocab: vocabularyOf(ds), strict: options.strict ?? true };
  const seen = new Set<string>();
  const problems = raw.steps.map((entry: unknown, i) => {
    const { step, problems } = parseStep(entry, i, ctx, seen);
    if (step) story.steps.push(step);
    return problems;
  });
  return done(problems);
}
