import { describe, expect, it } from 'vitest';
import { columnNames, guessColumn, readCsv } from '../../../src/lib/import/csv.ts';
import {
  extractText,
  formatOf,
  MAX_IMPORT_BYTES,
  type ImportFile,
} from '../../../src/lib/import/extract.ts';
import { decodeEntities, htmlToText } from '../../../src/lib/import/html-text.ts';
import { pageText, type PdfJs } from '../../../src/lib/import/pdf-text.ts';
import { fixture } from './fixture.ts';
import { makePdf, nodePdfJs } from './make-pdf.ts';

const file = (name: string, body: string | Uint8Array, size?: number): ImportFile => {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return {
    name,
    size: size ?? bytes.length,
    text: () => Promise.resolve(new TextDecoder().decode(bytes)),
    arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
  };
};
const noPdf = (): Promise<PdfJs> => Promise.reject(new Error('pdf.js must not load for this file'));

describe('extractText', () => {
  it.each([
    { name: 'a.txt', body: 'Letter\n', expected: { text: 'Letter\n', format: 'text' } },
    { name: 'a.md', body: '# Letter\n', expected: { text: '# Letter\n', format: 'markdown' } },
    {
      name: 'a.html',
      body: '<p>Letter &amp; list</p><ul><li>A</li></ul>',
      expected: { text: 'Letter & list\n\n- A\n', format: 'html' },
    },
    { name: 'a.csv', body: 'Name\nA\n', expected: { text: 'Name\nA\n', format: 'csv' } },
    {
      name: 'a.docx',
      body: 'x',
      expected: {
        error:
          'a.docx: the importer reads .txt, .md, .html, .pdf and .csv files. Save the letter as one of these, or paste its text.',
      },
    },
    { name: 'empty.txt', body: '  \n', expected: { error: 'empty.txt is empty.' } },
  ])('$name', async ({ name, body, expected }) => {
    expect(await extractText(file(name, body), noPdf)).toEqual(expected);
  });

  it('refuses a file of 50 MB unread', async () => {
    const big = file('big.pdf', 'x', MAX_IMPORT_BYTES + 1);
    expect(await extractText(big, noPdf)).toEqual({
      error:
        'big.pdf is 50 MB; a letter should be under 50 MB. Paste the part with the signatories instead.',
    });
  });

  it("reads a PDF's text layer, line by line", async () => {
    const bytes = await makePdf(fixture('letter-a.txt'));
    const read = await extractText(file('letter-a.pdf', bytes), nodePdfJs);
    // A text layer has no blank lines: each printed line is one line of text.
    expect('text' in read && read.text.split('\n').slice(0, 3)).toEqual([
      'Joint statement: the Uyghur region after the UN assessment',
      '14 June 2023',
      'To the members of the Human Rights Council,',
    ]);
    expect('text' in read && read.text).toContain(
      'Signed by:\nWorld Uyghur Congress\nAmnesty International\nTibet Action Institute\n',
    );
  });

  it('says a PDF without a text layer is probably a scan', async () => {
    const bytes = await makePdf(null);
    expect(await extractText(file('scan.pdf', bytes), nodePdfJs)).toEqual({
      error:
        "scan.pdf has no text layer (1 page of images, probably a scan). Run it through OCR first, or paste the letter's text.",
    });
  });

  it('formatOf is case-blind', () => {
    expect([formatOf('A.PDF'), formatOf('b.Htm'), formatOf('c')]).toEqual(['pdf', 'html', null]);
  });

  it('pageText joins items and breaks at end-of-line marks', () => {
    expect(
      pageText([{ str: 'A', hasEOL: true }, { str: 'B ' }, { str: 'C', hasEOL: true }, {}]),
    ).toBe('A\nB C');
  });
});

describe('htmlToText', () => {
  it('drops scripts, styles and comments and decodes entities', () => {
    const html =
      '<html><head><title>x</title></head><body><script>1</script><style>p{}</style><!-- c --><h1>Title</h1><p>One&nbsp;line<br>two &#8217; &#x41;</p></body></html>';
    expect(htmlToText(html)).toBe('Title\n\nOne\u00A0line\ntwo ’ A\n');
  });
  it('leaves an unknown entity as it is', () => {
    expect(decodeEntities('&bogus; &lt;')).toBe('&bogus; <');
  });
});

describe('readCsv', () => {
  it('reads the fixture: columns, the names column guessed, quoted names whole', () => {
    const table = readCsv(fixture('signatories.csv'));
    if ('error' in table) throw new Error(table.error);
    expect(table.columns.map((c) => [c.header, c.usable])).toEqual([
      ['Organisation', true],
      ['Country', true],
      ['Joined', false],
    ]);
    expect(guessColumn(table)).toBe(0);
    expect(columnNames(table, 0)).toEqual([
      { name: 'World Uyghur Congress', line: 1 },
      { name: 'Amnesty International', line: 2 },
      { name: "Uyghur Women's Network in Sweden", line: 3 },
      { name: 'Kazakh Voices Abroad', line: 4 },
    ]);
  });
  it.each([
    {
      name: 'no usable column',
      text: 'When,Count\n2024-01-01,3\n2024-01-02,4\n',
      error:
        'No column of the CSV holds names (every column is empty, numbers, dates, e-mail or web addresses). Add a column with one signatory per row.',
    },
    { name: 'nothing at all', text: '\n\n', error: 'The CSV file has no rows.' },
  ])('$name: a message', ({ text, error }) => {
    expect(readCsv(text)).toEqual({ error });
  });
});
