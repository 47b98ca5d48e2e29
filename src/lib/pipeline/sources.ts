/**
 * Source documents: `data/sources/sources.json` (metadata) plus each `.txt`, byte for byte.
 * Each document is folded once here and searched many times after.
 */
import {
  array,
  nullable,
  object,
  optional,
  picklist,
  pipe,
  regex,
  safeParse,
  string,
} from 'valibot';
import { DOCUMENT_KINDS, type SourceDocument } from '../types.ts';
import { foldText, type FoldedText } from './fold.ts';
import { describeIssues, SEP } from './issues.ts';

/** One entry of sources.json. */
const SourceMetaSchema = object({
  id: pipe(string(), regex(/^[a-z0-9-]+$/, 'expected lower-case letters, digits and "-"')),
  file: string(),
  originalFile: string(),
  title: string(),
  publisher: string(),
  publisherNote: optional(string()),
  date: nullable(pipe(string(), regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD'))),
  dateNote: string(),
  kind: picklist(DOCUMENT_KINDS),
});

/** A document ready for searching: its contract form, folded text and place in sources.json. */
export interface IndexedDocument {
  doc: SourceDocument;
  folded: FoldedText;
  /** Position in sources.json: citations sort by it. */
  order: number;
}

/**
 * Check sources.json and pair each entry with its text. `texts` maps file name → content, or
 * undefined when the file could not be read.
 */
export function indexSources(
  raw: unknown,
  texts: ReadonlyMap<string, string | undefined>,
  file: string,
): { documents: IndexedDocument[]; errors: string[] } {
  const errors: string[] = [];
  const documents: IndexedDocument[] = [];
  const list = safeParse(array(SourceMetaSchema), raw);
  if (!list.success) return { documents, errors: describeIssues(file, list.issues) };
  const seen = new Set<string>();
  list.output.forEach((meta, i) => {
    const where = `${file}${SEP}[${i}] ("${meta.id}")`;
    if (seen.has(meta.id)) errors.push(`${where}: duplicate document id "${meta.id}"`);
    seen.add(meta.id);
    const text = texts.get(meta.file);
    if (text === undefined) {
      errors.push(`${where}: file "${meta.file}" was not found next to sources.json`);
      return;
    }
    const { id, title, publisher, publisherNote, date, dateNote, kind, originalFile } = meta;
    const doc: SourceDocument = {
      id,
      title,
      publisher,
      date,
      dateNote,
      kind,
      file: meta.file,
      originalFile,
      text,
    };
    if (publisherNote !== undefined) doc.publisherNote = publisherNote;
    documents.push({ doc, folded: foldText(text), order: i });
  });
  const listed = new Set(list.output.map((m) => m.file));
  for (const name of texts.keys()) {
    if (!listed.has(name))
      errors.push(
        `${file}: "${name}" is beside it but not listed; add its metadata or move it away`,
      );
  }
  return { documents, errors };
}
