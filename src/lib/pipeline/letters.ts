/**
 * Letters with a printed signatory list. Without `data/curation/letters.json` there is one: the
 * 8 March letter, its list read after "Signatories:", classified by `signatories.json`. With it,
 * each entry names a document, its coalition node and the file that classifies its signers; a
 * list may be given as the names in printed order (how the importer records a list the user
 * adjusted), each located in the text after the one before.
 */
import {
  array,
  minLength,
  number,
  optional,
  pipe,
  regex,
  safeParse,
  strictObject,
  string,
  type InferOutput,
} from 'valibot';
import { foldPhrase } from './fold.ts';
import { describeIssues, SEP } from './issues.ts';
import { findPhrase } from './phrase.ts';
import { locateQuote } from './quotes.ts';
import { parseSignatoryList, type PrintedSignatory } from './signatories.ts';
import type { IndexedDocument } from './sources.ts';
import { LETTER } from './vocabulary.ts';

const text = pipe(string(), minLength(1, 'must not be empty'));

/** One entry of letters.json. */
export const LetterSchema = strictObject({
  doc: text,
  node: text,
  /** File name beside letters.json, e.g. `signatories.json`. */
  signatories: pipe(
    string(),
    regex(
      /^[\w.-]+\.json$/,
      'expected a file name beside letters.json, such as "signatories.json"',
    ),
  ),
  list: optional(
    strictObject({
      /** A phrase just before the list ("Signed by:"): names are looked for after it. */
      after: optional(strictObject({ quote: text, occurrence: optional(number()) })),
      names: pipe(array(text), minLength(1, 'name at least one signatory')),
    }),
  ),
});
/** A letters.json entry, once shape-checked. */
export type Letter = InferOutput<typeof LetterSchema>;

/** The default when letters.json is absent: the 8 March letter, as the build has always read it. */
export const DEFAULT_LETTERS: Letter[] = [
  { doc: LETTER.doc, node: LETTER.node, signatories: 'signatories.json' },
];

/** Check letters.json (undefined: absent → the default letter). */
export function readLetters(
  raw: unknown,
  file: string,
  defaults: Letter[] = DEFAULT_LETTERS,
): { letters: Letter[]; errors: string[] } {
  if (raw === undefined) return { letters: defaults, errors: [] };
  // `[]` is a map with no printed list (its signatures, if any, curated links): an opened
  // map rebuilt by the importer may be one.
  const parsed = safeParse(array(LetterSchema), raw);
  if (!parsed.success) return { letters: [], errors: describeIssues(file, parsed.issues) };
  const errors: string[] = [];
  const seen = new Set<string>();
  parsed.output.forEach((l, i) => {
    for (const [key, value] of [
      ['document', l.doc],
      ['node', l.node],
      ['file', l.signatories],
    ]) {
      if (seen.has(`${key} ${value}`))
        errors.push(`${file}${SEP}[${i}]: ${key} "${value}" is listed twice`);
      seen.add(`${key} ${value}`);
    }
  });
  return { letters: parsed.output, errors };
}

/** 1-based line number of an offset, for messages. */
function lineAt(textValue: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (textValue.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * The printed list of `letter` in `doc`: parsed after "Signatories:", or its `names` located in
 * order (each the first whole-word occurrence after the previous name, or after `after`).
 */
export function letterList(
  letter: Letter,
  doc: IndexedDocument,
  where: string,
): { signatories: PrintedSignatory[]; errors: string[] } {
  if (!letter.list) return parseSignatoryList(doc.doc.text, where);
  const errors: string[] = [];
  const signatories: PrintedSignatory[] = [];
  let cursor = 0;
  const { after, names } = letter.list;
  if (after) {
    const docs = new Map([[doc.doc.id, doc]]);
    const found = locateQuote(docs, { doc: doc.doc.id, ...after });
    if (found.error !== undefined) errors.push(`${where}${SEP}list.after: ${found.error}`);
    else cursor = found.citation.end;
  }
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    const first = seen.get(name);
    if (first !== undefined) {
      errors.push(
        `${where}${SEP}list.names[${i}]: "${name}" is listed twice (also names[${first}])`,
      );
      return;
    }
    seen.set(name, i);
    const span = findPhrase(doc.folded, foldPhrase(name)).find((s) => s.start >= cursor);
    if (!span) {
      errors.push(
        `${where}${SEP}list.names[${i}]: "${name}" is not printed in "${doc.doc.id}" after the names before it`,
      );
      return;
    }
    cursor = span.end;
    const line = lineAt(doc.doc.text, span.start);
    signatories.push({ name, start: span.start, end: span.end, line });
  });
  return { signatories, errors };
}
