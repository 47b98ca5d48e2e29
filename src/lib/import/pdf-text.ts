/**
 * A PDF's text layer with pdf.js, loaded only when a PDF comes (dynamic import; the worker is
 * its own file, found through Vite's `?url`). A scan has no text layer: that is a message, not
 * an empty letter.
 */

/** The parts of a pdf.js text item this reads. */
export interface TextItemLike {
  str: string;
  hasEOL?: boolean;
}

/** The parts of pdf.js this needs, so a test can pass the Node build. */
export interface PdfJs {
  getDocument(src: { data: Uint8Array }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        getTextContent(): Promise<{ items: readonly (TextItemLike | object)[] }>;
      }>;
      destroy(): Promise<void>;
    }>;
  };
}

/** A page's items as lines: `[{str:'A',hasEOL:true},{str:'B'}]` → `A\nB`. */
export function pageText(items: readonly (TextItemLike | object)[]): string {
  let text = '';
  for (const item of items) {
    if (!('str' in item)) continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return text.replace(/[ \t]+\n/g, '\n').trimEnd();
}

/** The text of every page, pages apart by a blank line; `{ error }` for a scan or a bad file. */
export async function pdfText(
  bytes: Uint8Array,
  name: string,
  pdfjs: PdfJs,
): Promise<{ text: string } | { error: string }> {
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: bytes }).promise;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      error: `${name} could not be read as a PDF (${reason}). Save it again as PDF, or paste its text.`,
    };
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      pages.push(pageText((await page.getTextContent()).items));
    }
    const text = pages.join('\n\n').trim();
    if (!/\p{L}/u.test(text)) {
      return {
        error: `${name} has no text layer (${doc.numPages} page${doc.numPages === 1 ? '' : 's'} of images, probably a scan). Run it through OCR first, or paste the letter's text.`,
      };
    }
    return { text: `${text}\n` };
  } finally {
    await doc.destroy();
  }
}

/** pdf.js for the page: the module and its worker, fetched the first time a PDF comes. */
export async function browserPdfJs(): Promise<PdfJs> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs as unknown as PdfJs;
}
