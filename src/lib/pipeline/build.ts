/**
 * The pipeline, end to end and pure: sources + curation in, a checked Dataset out, or a
 * BuildError listing every problem found (nothing is dropped silently).
 */
import { DatasetError, parseDataset } from '../dataset/parse.ts';
import { SCHEMA_VERSION, type Dataset, type GraphNode } from '../types.ts';
import { readAbout } from './about.ts';
import { byCode, sortCitations } from './citations.ts';
import { readCuration } from './curation.ts';
import { BuildError, SEP } from './issues.ts';
import { buildLinks } from './links.ts';
import { findMentions, type Claim } from './mentions.ts';
import { draftNodes } from './nodes.ts';
import { parseSignatoryList } from './signatories.ts';
import { indexSources } from './sources.ts';
import { LETTER } from './vocabulary.ts';

/** File names as they appear in messages. */
export interface BuildFiles {
  sources: string;
  sourcesDir: string;
  signatories: string;
  actors: string;
  /** The dataset's title and description (optional file). */
  about: string;
}

/** Default places, relative to the project root. */
export const DEFAULT_FILES: BuildFiles = {
  sources: 'data/sources/sources.json',
  sourcesDir: 'data/sources',
  signatories: 'data/curation/signatories.json',
  actors: 'data/curation/actors.json',
  about: 'data/curation/dataset.json',
};

/** Everything the build reads, already off the disk (`undefined`: the file is missing). */
export interface BuildInput {
  sources: unknown;
  /** File name (as in sources.json) → text. */
  texts: ReadonlyMap<string, string | undefined>;
  signatories: unknown;
  actors: unknown;
  /** The parsed `dataset.json`; undefined when there is none. */
  about?: unknown;
  files?: BuildFiles;
  /** The letter whose list is parsed and the coalition node its signers sign. */
  letter?: { doc: string; node: string };
}

/** Build the dataset, or throw a BuildError with every problem. */
export function buildDataset(input: BuildInput): Dataset {
  const files = input.files ?? DEFAULT_FILES;
  const letter = input.letter ?? LETTER;
  const indexed = indexSources(input.sources, input.texts, files.sources);
  if (indexed.errors.length > 0) throw new BuildError(indexed.errors);
  const docs = new Map(indexed.documents.map((d) => [d.doc.id, d]));
  const order = new Map(indexed.documents.map((d) => [d.doc.id, d.order]));
  const letterDoc = docs.get(letter.doc);
  if (!letterDoc)
    throw new BuildError([
      `${files.sources}: no document "${letter.doc}", the letter with the signatory list`,
    ]);

  const letterFile = `${files.sourcesDir}/${letterDoc.doc.file}`;
  const list = parseSignatoryList(letterDoc.doc.text, letterFile);
  const { curation, errors, fatal } = readCuration(input.signatories, input.actors, files);
  errors.unshift(...list.errors);
  if (fatal) throw new BuildError(errors);
  const nodes = draftNodes(list.signatories, curation, docs, {
    letter: letterFile,
    signatories: files.signatories,
  });
  errors.push(...nodes.errors);

  const claims: Claim[] = nodes.drafts.flatMap((d) =>
    d.printed
      ? [{ doc: letter.doc, node: d.node.id, start: d.printed.start, end: d.printed.end }]
      : [],
  );
  const mentions = findMentions(
    indexed.documents,
    nodes.drafts.flatMap((d) => d.phrases),
    claims,
  );
  errors.push(...mentions.errors);

  const built = new Map<string, GraphNode>();
  for (const { node, where, phrases } of nodes.drafts) {
    if (built.has(node.id)) continue; // a duplicate id, already reported
    const citations = sortCitations(mentions.citations.get(node.id) ?? [], order);
    if (citations.length === 0) {
      const tried = phrases.map((p) => JSON.stringify(p.text)).join(', ');
      errors.push(
        `${where}: "${node.name}" is never found in any document (searched for ${tried}); add a "mentions" phrase that the text uses`,
      );
    }
    const { id, kind, name, aliases, ...rest } = node;
    built.set(id, { id, kind, name, aliases, citations, ...rest });
  }
  const letterNode = built.get(letter.node);
  if (letterNode && letterNode.kind !== 'coalition') {
    errors.push(
      `${files.actors}${SEP}"${letter.node}": kind is "${letterNode.kind}", but the letter's node must be a coalition`,
    );
  }

  const links = buildLinks(
    nodes.drafts,
    curation.links,
    docs,
    { ...letter, where: files.actors },
    curation.rejected.ids,
  );
  errors.push(...links.errors);

  const about = readAbout(input.about, files.about);
  errors.push(...about.errors);

  const dates = indexed.documents.map((d) => d.doc.date).filter((d): d is string => d !== null);
  const edition = dates.sort(byCode).at(-1);
  if (edition === undefined)
    errors.push(`${files.sources}: no document has a date, so the dataset has no edition`);
  if (errors.length > 0 || edition === undefined) throw new BuildError(errors);

  const dataset: Dataset = {
    version: SCHEMA_VERSION,
    edition,
    ...about.about,
    documents: indexed.documents.map((d) => d.doc),
    nodes: [...built.values()].sort((a, b) => byCode(a.id, b.id)),
    links: links.links
      .map((l) => ({ ...l, citations: sortCitations(l.citations, order) }))
      .sort((a, b) => byCode(a.id, b.id)),
  };
  try {
    return parseDataset(dataset);
  } catch (error) {
    // The contract check failing after a clean build is a pipeline bug, not a curation one.
    if (error instanceof DatasetError) {
      throw new BuildError(
        error.issues.map((i) => `built dataset › ${i.path}: ${i.message} (a pipeline bug)`),
      );
    }
    throw error;
  }
}

/** The file's exact text: 2-space indent and a trailing newline, the same bytes on every run. */
export function serialise(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
