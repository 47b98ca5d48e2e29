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
import { indexSources } from './sources.ts';
import { LETTER } from './vocabulary.ts';
import { letterList, readLetters } from './letters.ts';

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

/** The curation folder (that of signatories.json): letters.json and every list live there. */
export function curationDir(files: BuildFiles): string {
  const slash = files.signatories.lastIndexOf('/');
  return slash === -1 ? '' : files.signatories.slice(0, slash + 1);
}

/** Everything the build reads, already off the disk (`undefined`: the file is missing). */
export interface BuildInput {
  sources: unknown;
  /** File name (as in sources.json) → text. */
  texts: ReadonlyMap<string, string | undefined>;
  /** signatories.json, the list file of the default letter. */
  signatories: unknown;
  actors: unknown;
  /** letters.json; undefined (absent): the one default letter. */
  letters?: unknown;
  /** Other letters' list files, by file name in the curation folder. */
  lists?: ReadonlyMap<string, unknown>;
  /** The parsed `dataset.json`; undefined when there is none. */
  about?: unknown;
  files?: BuildFiles;
  /** The default letter, when there is no letters.json (tests point it at their fixture). */
  letter?: { doc: string; node: string };
}

/** Build the dataset, or throw a BuildError with every problem. */
export function buildDataset(input: BuildInput): Dataset {
  const files = input.files ?? DEFAULT_FILES;
  const dir = curationDir(files);
  const defaultList = files.signatories.slice(dir.length);
  const letter = input.letter ?? LETTER;
  const indexed = indexSources(input.sources, input.texts, files.sources);
  if (indexed.errors.length > 0) throw new BuildError(indexed.errors);
  const docs = new Map(indexed.documents.map((d) => [d.doc.id, d]));
  const order = new Map(indexed.documents.map((d) => [d.doc.id, d.order]));
  const lettersFile = `${dir}letters.json`;
  const read = readLetters(input.letters, lettersFile, [{ ...letter, signatories: defaultList }]);
  if (read.errors.length > 0) throw new BuildError(read.errors);

  const errors: string[] = [];
  const parsed = read.letters.map((l, i) => {
    const doc = docs.get(l.doc);
    if (!doc) {
      const which = input.letters === undefined ? files.sources : `${lettersFile}${SEP}[${i}]`;
      errors.push(`${which}: no document "${l.doc}", the letter with the signatory list`);
      return null;
    }
    const file = `${files.sourcesDir}/${doc.doc.file}`;
    const where = input.letters === undefined ? file : `${lettersFile}${SEP}[${i}] ("${l.doc}")`;
    const list = letterList(l, doc, l.list ? where : file);
    errors.push(...list.errors);
    return { letter: l, file, printed: list.signatories };
  });
  if (errors.length > 0 && parsed.includes(null)) throw new BuildError(errors);
  const rawList = (name: string) =>
    name === defaultList ? input.signatories : input.lists?.get(name);
  const {
    curation,
    errors: curationErrors,
    fatal,
  } = readCuration(
    read.letters.map((l) => ({ file: `${dir}${l.signatories}`, raw: rawList(l.signatories) })),
    input.actors,
    files.actors,
  );
  errors.push(...curationErrors);
  if (fatal) throw new BuildError(errors);
  const inputs = parsed.flatMap((p, i) =>
    p ? [{ ...p.letter, file: p.file, printed: p.printed, list: curation.lists[i]! }] : [],
  );
  const nodes = draftNodes(inputs, curation, docs);
  errors.push(...nodes.errors);

  const claims: Claim[] = nodes.signings.map((s) => ({
    doc: s.letter.doc,
    node: s.node,
    start: s.printed.start,
    end: s.printed.end,
  }));
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
  for (const l of read.letters) {
    const letterNode = built.get(l.node);
    if (letterNode && letterNode.kind !== 'coalition') {
      errors.push(
        `${files.actors}${SEP}"${l.node}": kind is "${letterNode.kind}", but the letter's node must be a coalition`,
      );
    }
  }

  const links = buildLinks(
    nodes.drafts,
    nodes.signings,
    curation.links,
    docs,
    { letters: read.letters, where: files.actors },
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
