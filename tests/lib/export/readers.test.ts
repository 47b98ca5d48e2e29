/**
 * The exports of the real dataset, read back with independent readers: papaparse for the CSV,
 * graphology's GEXF and GraphML parsers (what a Gephi or script user sees). Every citation must
 * let a reader check the fact without the app: document, offsets, and the sentence around them.
 */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/dataset/parse.ts';
import { CSV_COLUMNS, nodesToCsv } from '../../../src/lib/export/csv.ts';
import { toGexf } from '../../../src/lib/export/gexf.ts';
import { toGraphml } from '../../../src/lib/export/graphml.ts';

const ds = parseDataset(
  JSON.parse(readFileSync(new URL('../../../data/coalition.json', import.meta.url), 'utf8')),
);
const ids = ds.nodes.map((n) => n.id);
const VOA = 'Diaspora Groups Urge Action After UN Finds ‘Serious Rights Violations’ in Xinjiang';
/** The sentence that places the World Uyghur Congress in Munich, as the VOA report prints it. */
const MUNICH =
  'In a statement on its website, Munich-based World Uyghur Congress and more than 60 Uyghur ' +
  'organizations around the world called on the U.N. to establish a commission of inquiry to ' +
  'independently examine the human rights situation in Xinjiang.';

const csv = Papa.parse<Record<string, string>>(nodesToCsv(ds, ids).replace(/^\uFEFF/, ''), {
  header: true,
  skipEmptyLines: true,
});
const gexf = parseGexf(Graph, toGexf(ds, ids));
const graphml = parseGraphml(Graph, toGraphml(ds, ids));
const wucRow = csv.data.find((r) => r.id === 'world-uyghur-congress');

const LINE = /^(.+) \((\d{4}-\d{2}-\d{2}|n\.d\.)\), characters (\d+)–(\d+): “(.*)”$/;

/** Checks one citation line against the documents; returns what is wrong, or null. */
function wrongLine(line: string): string | null {
  const m = LINE.exec(line);
  if (m === null) return `not a citation line: ${line}`;
  const [, title, date, start, end, sentence] = m;
  const doc = ds.documents.find((d) => d.title === title);
  if (doc === undefined) return `no document titled ${title}`;
  if ((doc.date ?? 'n.d.') !== date) return `${title}: date ${date}`;
  // The sentence, line breaks read as any white space, must be in the text around the offsets.
  const plain = sentence!.replace(/^…|…$/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const from = Math.max(0, Number(start) - 400);
  const found = new RegExp(plain.replace(/ /g, '\\s+'), 'y');
  for (let at = from; at <= Number(start); at++) {
    found.lastIndex = at;
    const m = found.exec(doc.text);
    if (m !== null && at + m[0].length >= Number(end)) return null;
  }
  return `${line}: the sentence is not around characters ${start}–${end}`;
}

describe('the exports of the real dataset, read by independent readers', () => {
  it('CSV: papaparse reads one row per actor, every column, no error', () => {
    expect(csv.errors).toEqual([]);
    expect(csv.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(csv.data).toHaveLength(ds.nodes.length);
  });

  it('CSV: the World Uyghur Congress row carries the Munich sentence as its country basis', () => {
    expect(wucRow).toMatchObject({
      country: 'DE',
      country_basis: 'document',
      country_citation: `${VOA} (n.d.), characters 477–511: “${MUNICH}”`,
      group_basis: 'curated',
      group_note:
        'International umbrella of Uyghur diaspora organisations (general knowledge); VOA reports its statement with "more than 60 Uyghur organizations around the world"',
    });
  });

  it('CSV: the World Uyghur Congress row has one line per mention, with offsets', () => {
    const lines = wucRow?.citations.split('\n') ?? [];
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^Open letter to UN High Commissioner .* \(2022-03-08\), characters 9046–9067: “World Uyghur Congress”$/,
    );
    expect(lines[1]).toBe(`${VOA} (n.d.), characters 490–511: “${MUNICH}”`);
    expect(lines[2]).toMatch(
      /^Diaspora Groups .*, characters 886–907: “Dolkun Isa, president of the World Uyghur Congress, told VOA/,
    );
  });

  it('GEXF: graphology reads every node and link with the same evidence', () => {
    expect([gexf.order, gexf.size]).toEqual([ds.nodes.length, ds.links.length]);
    const wuc = gexf.getNodeAttributes('world-uyghur-congress');
    expect(wuc.label).toBe('World Uyghur Congress');
    expect(wuc.country_citation).toBe(wucRow?.country_citation);
    expect(wuc.citations).toBe(wucRow?.citations);
  });

  it('GEXF: the file describes the dataset in its own words', () => {
    expect(gexf.getAttribute('description')).toBe(
      `Coalition Atlas, dataset v1 (edition ${ds.edition}). ${ds.title}. ${ds.description}`,
    );
    expect(ds.title).toBe(
      'The coalition behind the 8 March 2022 open letter on the OHCHR Xinjiang report',
    );
  });

  it('GraphML: graphology reads every node and link with the same evidence', () => {
    expect([graphml.order, graphml.size]).toEqual([ds.nodes.length, ds.links.length]);
    const wuc = graphml.getNodeAttributes('world-uyghur-congress');
    expect(wuc.name).toBe('World Uyghur Congress');
    expect(wuc.country_citation).toBe(wucRow?.country_citation);
    expect(wuc.citations).toBe(wucRow?.citations);
  });

  it('GEXF and GraphML: every link carries its relation, date and note as the dataset has them', () => {
    for (const g of [gexf, graphml]) {
      const edges = new Map(g.mapEdges((e, a) => [e, a] as const));
      const got = ds.links.map((l) => {
        const a = edges.get(l.id);
        return [l.id, a?.relation, a?.date ?? null, a?.note ?? null];
      });
      expect(got).toEqual(ds.links.map((l) => [l.id, l.relation, l.date, l.note]));
    }
    const zenz = gexf.getEdgeAttributes('adrian-zenz--welcomed--ohchr-assessment');
    expect(String(zenz.citations).split('\n')[0]).toBe(
      'Statement of the Victims of Communism Memorial Foundation on the release of the OHCHR ' +
        'report on Xinjiang (2022-09-02), characters 1651–1700: ““The UN report is good and has ' +
        'a strong conclusion stating that serious human rights violations have taken place and ' +
        'may constitute crimes against humanity” said Dr. Adrian Zenz.”',
    );
  });

  it('every citation line of every node and link names a document, offsets in it and its sentence', () => {
    const wrong: string[] = [];
    let lines = 0;
    const check = (value: unknown) => {
      if (typeof value !== 'string' || value === '') return;
      for (const line of value.split('\n')) {
        lines += 1;
        const w = wrongLine(line);
        if (w !== null) wrong.push(w);
      }
    };
    gexf.forEachNode((_, a) => [a.citations, a.group_citation, a.country_citation].forEach(check));
    gexf.forEachEdge((_, a) => check(a.citations));
    expect(wrong).toEqual([]);
    const expected =
      ds.nodes.reduce(
        (n, x) =>
          n +
          x.citations.length +
          (x.groupProvenance?.citation ? 1 : 0) +
          (x.countryProvenance?.citation ? 1 : 0),
        0,
      ) + ds.links.reduce((n, l) => n + l.citations.length, 0);
    expect(lines).toBe(expected);
  });
});
