/**
 * A dropped or chosen file → the letter's text, or a message saying why not. The text is what
 * the dataset will cite, so it is kept exactly as read: .txt and .md as they are, .html as
 * its text, .pdf its text layer, .csv as it is (the person then picks the column of names).
 */
import { htmlToText } from './html-text.ts';
import type { PdfJs } from './pdf-text.ts';
import { pdfText } from './pdf-text.ts';

/** Files past this size are refused unread (a long letter is well under 1 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** What the importer knows how to read. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'csv';

/** The parts of a `File` this needs, so tests can pass a plain object. */
export interface ImportFile {
  name: string;
  size: number;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A file read: its text and its format; or the reason it was not. */
export type Extracted = { text: string; format: SourceFormat } | { error: string };

const FORMATS: Record<string, SourceFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  pdf: 'pdf',
  csv: 'csv',
};

/** `formatOf('Letter.PDF')` → `'pdf'`; null for a kind the importer does not read. */
export function formatOf(name: string): SourceFormat | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext ? (FORMATS[ext] ?? null) : null;
}

/** Read one file; `loadPdf` brings pdf.js only when a PDF comes. */
export async function extractText(
  file: ImportFile,
  loadPdf: () => Promise<PdfJs>,
): Promise<Extracted> {
  const format = formatOf(file.name);
  if (format === null) {
    return {
      error: `${file.name}: the importer reads .txt, .md, .html, .pdf and .csv files. Save the letter as one of these, or paste its text.`,
    };
  }
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = Math.round(file.size / 1024 / 1024);
    return {
      error: `${file.name} is ${mb} MB; a letter should be under 50 MB. Paste the part with the signatories instead.`,
    };
  }
  try {
    if (format === 'pdf') {
      const read = await pdfText(
        new Uint8Array(await file.arrayBuffer()),
        file.name,
        await loadPdf(),
      );
      return 'error' in read ? read : { text: read.text, format };
    }
    const raw = (await file.text()).replace(/^\uFEFF/, '');
    if (raw.trim() === '') return { error: `${file.name} is empty.` };
    return { text: format === 'html' ? htmlToText(raw) : raw, format };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: `${file.name} could not be read (${reason}). Try again.` };
  }
}
