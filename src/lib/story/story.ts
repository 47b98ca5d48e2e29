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
import { isObject, Problems } from './fields.ts';
import type { Story, StoryStep } from './types.ts';
import { parseView, vocabularyOf, type Vocabulary } from './view.ts';

export type { StepView, Story, StoryStep, Zoom } from './types.ts';
export { ZOOMS } from './types.ts';
export { stepIndexFromParam, stepViewState } from './navigate.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STEP_KEYS = ['id', 'title', 'caption', 'citations', 'view'] as const;
const CITE_KEYS = ['doc', 'quote', 'occurrence'] as const;

interface Context {
  docs: ReadonlyMap<string, IndexedDocument>;
  vocab: Vocabulary;
}

function parseCitations(raw: unknown, ctx: Context, p: Problems): Citation[] {
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
): { step: StoryStep | null; errors: string[] } {
  const id = isObject(raw) && typeof raw.id === 'string' && SLUG.test(raw.id) ? raw.id : null;
  const p = new Problems(id === null ? `step ${i + 1}` : `step "${id}"`);
  if (!isObject(raw)) {
    p.add('must be an object with id, title, caption, citations and view');
    return { step: null, errors: p.messages };
  }
  if (id === null)
    p.add('"id" must be a slug such as "april-letter" (lower-case letters, digits, "-")');
  else if (seen.has(id)) p.add('duplicate step id: each step needs its own URL');
  if (id !== null) seen.add(id);
  p.unknownKeys(raw, STEP_KEYS, 'the step');
  const title = p.text(raw, 'title');
  const caption = p.text(raw, 'caption');
  const citations = parseCitations(raw.citations, ctx, p);
  const view = parseView(raw.view, ctx.vocab, p);
  const ok =
    p.messages.length === 0 && id !== null && title !== null && caption !== null && view !== null;
  return { step: ok ? { id, title, caption, citations, view } : null, errors: p.messages };
}

/**
 * Check `raw` against `ds`. `story.steps` keeps the steps that passed, in order; `errors`
 * lists every problem (an empty list means the story is fit to present).
 */
export function parseStory(raw: unknown, ds: Dataset): { story: Story; errors: string[] } {
  const errors: string[] = [];
  const story: Story = { title: '', steps: [] };
  if (!isObject(raw) || !Array.isArray(raw.steps)) {
    errors.push('the story must be an object { "title": "…", "steps": [ … ] }');
    return { story, errors };
  }
  if (typeof raw.title === 'string' && raw.title.trim() !== '') story.title = raw.title;
  else errors.push('the story needs a "title" (a non-empty string)');
  if (raw.steps.length === 0) errors.push('the story has no steps: add at least one');
  const docs = new Map(
    ds.documents.map((doc, order) => [doc.id, { doc, folded: foldText(doc.text), order }]),
  );
  const ctx: Context = { docs, vocab: vocabularyOf(ds) };
  const seen = new Set<string>();
  raw.steps.forEach((entry: unknown, i) => {
    const { step, errors: stepErrors } = parseStep(entry, i, ctx, seen);
    if (step) story.steps.push(step);
    errors.push(...stepErrors);
  });
  return { story, errors };
}
