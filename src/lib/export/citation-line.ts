/**
 * A citation as one line of text that a reader can check without the app: the document, the
 * offsets and the sentence around the mention, the same context the evidence panel shows.
 */
import { EXCERPT_CHARS, excerptContext } from '../evidence/context.ts';
import type { Citation, SourceDocument } from '../types.ts';
import type { TextLocation } from '../redact/anonymise.ts';

/** Between the citations of one field: one citation per line, as a spreadsheet cell shows. */
export const CITATION_SEPARATOR = '\n';

/** Rewrites a text cut from a document (people's names hidden); `at` says where it was cut. */
export type Redactor = (text: string, at?: TextLocation) => string;

const keep: Redactor = (text) => text;

/**
 * `Title (date), characters start–end: “sentence”`, offsets in UTF-16 units of the document's
 * text, end exclusive, the sentence cut at about 280 characters with "…" where it was cut:
 * `Diaspora Groups Urge Action … (n.d.), characters 490–511: “In a statement on its website,
 * Munich-based World Uyghur Congress and more than 60 …”`. A line break inside the sentence
 * becomes a space, so that every citation stays on one line. An unknown document is named by
 * its id, with the quote alone.
 */
export function citationLine(
  doc: SourceDocument | undefined,
  c: Citation,
  redact: Redactor = keep,
): string {
  const where = `characters ${c.start}–${c.end}`;
  if (doc === undefined) return `${c.doc}, ${where}: “${oneLine(redact(c.quote))}”`;
  const ex = excerptContext(doc.text, c.start, c.end, EXCERPT_CHARS);
  const at = { doc: doc.id, start: c.start - ex.before.length };
  const sentence =
    (ex.truncatedBefore ? '…' : '') +
    oneLine(redact(ex.before + ex.match + ex.after, at)) +
    (ex.truncatedAfter ? '…' : '');
  return `${redact(doc.title)} (${doc.date ?? 'n.d.'}), ${where}: “${sentence}”`;
}

/** Every citation of a node or link, one line each, in the order given. */
export function citationLines(
  docs: ReadonlyMap<string, SourceDocument>,
  citations: readonly Citation[],
  redact: Redactor = keep,
): string {
  return citations.map((c) => citationLine(docs.get(c.doc), c, redact)).join(CITATION_SEPARATOR);
}

function oneLine(text: string): string {
  return text.replace(/[^\S\r\n]*[\r\n]+[^\S\r\n]*/g, ' ');
}
