/**
 * The import as pipeline input: the base's sources and curation plus, for each letter, its
 * text and metadata, a letters.json entry with its list, its signatories file and its coalition
 * node. The page builds the dataset from this with the pipeline's own `buildDataset`, and
 * the same files written to disk rebuild it with `npm run data`.
 */
import type { BuildInput } from '../pipeline/build.ts';
import { foldPhrase, foldText } from '../pipeline/fold.ts';
import { sectionHeadings } from '../pipeline/headings.ts';
import { findPhrase, type Span } from '../pipeline/phrase.ts';
import { LETTER } from '../pipeline/vocabulary.ts';
import type { FactChoice, ImportedLetter, ImportProject, Review } from './project.ts';
import { lines } from './detect.ts';

/** A curation fact from a decision: a document quote, or a value with its note. */
function fact(choice: FactChoice, doc: string): Record<string, unknown> {
  if (choice.basis === 'document' && choice.quote) {
    const out: Record<string, unknown> = {
      value: choice.value,
      basis: 'document',
      doc,
      quote: choice.quote,
    };
    if (choice.occurrence !== undefined && choice.occurrence > 1)
      out['occurrence'] = choice.occurrence;
    return out;
  }
  const basis = choice.basis === 'document' ? 'curated' : choice.basis;
  return { value: choice.value, basis, note: choice.note?.trim() || 'Reviewed in the importer' };
}

/** One entry of the letter's signatories file. */
function entry(name: string, review: Review, doc: string): Record<string, unknown> {
  if (review.as === 'same') {
    // A variant merged by hand is kept as an alias, so search finds the printed form too.
    return review.how === 'merged' ? { sameAs: review.id, aliases: [name] } : { sameAs: review.id };
  }
  const out: Record<string, unknown> = {};
  if (review.kind === 'person') out['kind'] = 'person';
  out['group'] = fact(review.group, doc);
  out['country'] = fact(review.country, doc);
  out['tags'] = [...review.tags];
  return out;
}

/** The line before the list, as the phrase names are looked for after (with its occurrence). */
function anchor(letter: ImportedLetter): { quote: string; occurrence?: number } | null {
  const all = lines(letter.text);
  for (let i = letter.range.start - 1; i >= 0; i -= 1) {
    const line = all[i]!;
    const quote = line.raw.trim();
    if (quote === '') continue;
    const before = findPhrase(foldText(letter.text), foldPhrase(quote)).filter(
      (s) => s.start <= line.start + line.raw.length,
    );
    if (before.length === 0) return null;
    return before.length === 1 ? { quote } : { quote, occurrence: before.length };
  }
  return null;
}

/**
 * The letter's coalition node; it mentions itself by its title, or else by its first line that
 * the mention finder reads (a short line standing alone is a heading, which it skips).
 */
function letterNode(letter: ImportedLetter): Record<string, unknown> {
  const folded = foldText(letter.text);
  const headings = sectionHeadings(letter.text);
  const outside = (s: Span) => !headings.some((h) => s.start < h.end && h.start < s.end);
  const titled = findPhrase(folded, foldPhrase(letter.title)).some(outside);
  const first =
    lines(letter.text)
      .map((l) => ({ text: l.raw.trim(), start: l.start + l.raw.indexOf(l.raw.trim()) }))
      .find((l) => l.text !== '' && outside({ start: l.start, end: l.start + l.text.length }))
      ?.text ?? letter.title;
  const node: Record<string, unknown> = {
    id: letter.node,
    kind: 'coalition',
    name: letter.title,
    aliases: [],
  };
  if (!titled) node['mentions'] = [{ text: first, docs: [letter.doc] }];
  return {
    ...node,
    description: '',
    group: null,
    country: null,
    tags: [],
    date: letter.date,
    dateNote: letter.date === null ? 'Not dated' : `The date of the letter: ${letter.dateNote}`,
  };
}

/** The list file of a letter: `signatories-<doc>.json`. */
export const listFile = (letter: ImportedLetter) => `signatories-${letter.doc}.json`;

/** The base's letters.json, explicit (the built-in map has none: one default letter). */
function baseLetters(base: BuildInput): unknown[] {
  if (Array.isArray(base.letters)) return [...(base.letters as unknown[])];
  return base.letters === undefined && base.signatories !== undefined
    ? [{ doc: LETTER.doc, node: LETTER.node, signatories: 'signatories.json' }]
    : [];
}

/** `assemble(base, project)` → the pipeline's input with every letter of the project added. */
export function assemble(base: BuildInput, project: ImportProject): BuildInput {
  const sources = [...(Array.isArray(base.sources) ? (base.sources as unknown[]) : [])];
  const texts = new Map(base.texts);
  const lists = new Map(base.lists);
  const letters = baseLetters(base);
  const actors = (base.actors ?? { nodes: [], links: [] }) as {
    nodes: unknown[];
    links: unknown[];
  };
  const nodes = [...actors.nodes];
  for (const letter of project.letters) {
    sources.push({
      id: letter.doc,
      file: letter.file,
      originalFile: letter.originalFile,
      title: letter.title,
      publisher: letter.publisher,
      date: letter.date,
      dateNote: letter.dateNote,
      kind: letter.kind,
    });
    texts.set(letter.file, letter.text);
    const after = anchor(letter);
    letters.push({
      doc: letter.doc,
      node: letter.node,
      signatories: listFile(letter),
      list: { ...(after ? { after } : {}), names: letter.list.map((i) => i.name) },
    });
    const file: Record<string, unknown> = {};
    for (const { name } of letter.list) {
      const review = letter.review[name];
      if (review) file[name] = entry(name, review, letter.doc);
    }
    lists.set(listFile(letter), file);
    nodes.push(letterNode(letter));
  }
  // The base's own title and description speak of the base alone ("192 signatories, five
  // documents"): with letters added the app words the merged map from what it holds.
  const { about, ...rest } = base;
  return {
    ...rest,
    ...(project.letters.length === 0 && about !== undefined ? { about } : {}),
    sources,
    texts,
    actors: { ...actors, nodes },
    letters,
    lists,
  };
}

/** The inputs of an empty map: no documents, no actors; the letters bring everything. */
export function emptyInput(): BuildInput {
  return {
    sources: [],
    texts: new Map(),
    signatories: undefined,
    actors: { nodes: [], links: [] },
    letters: [],
    lists: new Map(),
  };
}
