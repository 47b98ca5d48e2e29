/** Shared by the export tests: the fixture, an XML parser that collects errors, a CSV reader. */
import { readFileSync } from 'node:fs';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import type { Dataset } from '../../../src/lib/types.ts';

const fixtureText = readFileSync(
  new URL('../../fixtures/export/dataset.json', import.meta.url),
  'utf8',
);

/** A fresh copy of tests/fixtures/export/dataset.json (see its README). */
export const fixture = (): Dataset => JSON.parse(fixtureText) as Dataset;

/** The fixture's people, with every name and alias they go by. */
export const PEOPLE_NAMES = [
  'Aysel Tohti',
  'A. Tohti',
  'Tohti',
  'Jonas Ödmark',
  'J. Ödmark',
  'Ödmark',
];

/** The 6-node view used across the tests: no China, no Voice of Example, no French group. */
export const VIEW = [
  'letter',
  'example-uyghur-association-in-finland',
  'aysel-tohti',
  'jonas-odmark',
  'high-commissioner',
  'ohchr-assessment',
  'not-a-node',
];

/** Parse XML with a real parser; `errors` lists every warning and error it reported. */
export function parseXml(text: string): { doc: Document; errors: string[] } {
  const errors: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => errors.push(`${level}: ${message}`),
  });
  const doc = parser.parseFromString(text, 'text/xml');
  return { doc, errors };
}

/** Elements by local name in a namespace, as an array. */
export function elements(root: Document | Element, ns: string, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, name));
}

/**
 * A minimal RFC 4180 reader for tests: quoted fields may hold commas, doubled quotes and line
 * breaks; records end with CRLF. Throws on a stray quote or a bare LF between records.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new Error(`unterminated quote at ${i}`);
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            field += '"';
            j += 2;
            continue;
          }
          break;
        }
        field += text[j];
        j += 1;
      }
      i = j + 1;
      if (i < text.length && text[i] !== ',' && text[i] !== '\r')
        throw new Error(`text after a closing quote at ${i}`);
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CR without LF at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '\n' || ch === '"') {
      throw new Error(`unquoted ${JSON.stringify(ch)} at ${i}`);
    } else {
      field += ch;
      i += 1;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last record has no CRLF');
  return rows;
}
