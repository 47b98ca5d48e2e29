/**
 * PDF fixtures made here, not committed: a letter's text as a PDF with a text layer (pdf-lib,
 * Helvetica, one line per line of text), or a page with only a drawing (a "scan"). Read back
 * with pdf.js's Node build, the same pdf.js the page loads.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { PdfJs } from '../../../src/lib/import/pdf-text.ts';

/** `makePdf(text)` → PDF bytes; `makePdf(null)` → one page with a rectangle and no text. */
export async function makePdf(text: string | null): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  if (text === null) {
    page.drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  } else {
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    let y = 800;
    // Long paragraphs wrap at a word, as a word processor would print them.
    const wrapped = text.split('\n').flatMap((line) => line.match(/.{1,95}(\s|$)/g) ?? ['']);
    for (const line of wrapped) {
      // pdf-lib's standard fonts cannot encode every character; the fixture letters are plain.
      if (line.trim() !== '') page.drawText(line.trimEnd(), { x: 40, y, size: 9, font });
      y -= 12;
    }
  }
  return pdf.save();
}

/** pdf.js for Node (the legacy build), with no worker file. */
export async function nodePdfJs(): Promise<PdfJs> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs as unknown as PdfJs;
}
