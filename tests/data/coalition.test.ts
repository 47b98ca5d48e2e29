/**
 * The real, committed dataset: the facts a reader of the five documents would check.
 * These fail until the curation is complete, and when data/coalition.json is stale.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/lib/dataset/parse.ts';
import { buildDataset, serialise } from '../../src/lib/pipeline/build.ts';
import { foldText } from '../../src/lib/pipeline/fold.ts';
import { readInputs } from '../../src/node/pipeline-io.ts';
import { datasetJsonSchema } from '../../src/lib/pipeline/json-schema.ts';
import type { Citation, Dataset, GraphLink } from '../../src/lib/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fileText = readFileSync(`${root}data/coalition.json`, 'utf8');
const data = JSON.parse(fileText) as Dataset;

const LETTER_NODE = 'open-letter-2022-03-08';
const node = (id: string) => {
  const found = data.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node "${id}" in data/coalition.json`);
  return found;
};
const relations = (source: string, target: string) =>
  data.links.filter((l) => l.source === source && l.target === target).map((l) => l.relation);
const textOf = (doc: string) => data.documents.find((d) => d.id === doc)?.text ?? '';

function allCitations(): { owner: string; citation: Citation }[] {
  return [
    ...data.nodes.flatMap((n) => [
      ...n.citations.map((citation) => ({ owner: n.id, citation })),
      ...[n.groupProvenance?.citation, n.countryProvenance?.citation]
        .filter((c): c is Citation => c !== undefined)
        .map((citation) => ({ owner: `${n.id} (provenance)`, citation })),
    ]),
    ...data.links.flatMap((l) => l.citations.map((citation) => ({ owner: l.id, citation }))),
  ];
}

describe('data/coalition.json', () => {
  it('passes the contract check (shape and semantics)', () => {
    expect(() => parseDataset(data)).not.toThrow();
  });

  describe('the 192 signatories of the 8 March 2022 letter', () => {
    const signed = data.links.filter((l) => l.relation === 'signed' && l.target === LETTER_NODE);
    const signatories = data.nodes.filter((n) => n.signatory);
    const letter = textOf('open-letter');
    const listStart = letter.indexOf('\nSignatories:\n');

    it('are 192 signed links to the letter from the 192 signatory nodes', () => {
      expect(node(LETTER_NODE).kind).toBe('coalition');
      expect(signed).toHaveLength(192);
      expect(signatories).toHaveLength(192);
      expect(new Set(signed.map((l) => l.source))).toEqual(new Set(signatories.map((n) => n.id)));
    });

    it('each cite their own printed line in the letter, name exactly as printed', () => {
      expect(listStart).toBeGreaterThan(0);
      const bySource = new Map<string, GraphLink>(signed.map((l) => [l.source, l]));
      const wrong = signatories.filter((n) => {
        const c = bySource.get(n.id)?.citations[0];
        const wholeLine =
          c !== undefined &&
          c.doc === 'open-letter' &&
          c.start > listStart &&
          c.quote === n.name &&
          letter[c.start - 1] === '\n' &&
          (c.end === letter.length || letter[c.end] === '\n');
        const nodeCitesIt = n.citations.some(
          (x) => x.doc === 'open-letter' && x.start === c?.start && x.end === c?.end,
        );
        return !(wholeLine && nodeCitesIt);
      });
      expect(wrong.map((n) => n.id)).toEqual([]);
    });

    it('agree with the news report: "A group of 192 human rights organizations"', () => {
      const report = foldText(textOf('groups-call-out-un')).text;
      const match = /A group of (\d+) human rights organizations/.exec(report);
      expect(match?.[1]).toBe('192');
      expect(Number(match?.[1])).toBe(signed.length);
    });
  });

  it('has every citation verbatim at its offsets', () => {
    const bad = allCitations().filter(
      ({ citation: c }) => textOf(c.doc).slice(c.start, c.end) !== c.quote,
    );
    expect(bad).toEqual([]);
    expect(allCitations().length).toBeGreaterThan(data.nodes.length + data.links.length);
  });

  it('gives every node and every link at least one citation', () => {
    expect(data.nodes.filter((n) => n.citations.length === 0).map((n) => n.id)).toEqual([]);
    expect(data.links.filter((l) => l.citations.length === 0).map((l) => l.id)).toEqual([]);
  });

  it('has unique ids and no dangling link', () => {
    const ids = new Set(data.nodes.map((n) => n.id));
    expect(ids.size).toBe(data.nodes.length);
    expect(new Set(data.links.map((l) => l.id)).size).toBe(data.links.length);
    expect(
      data.links.filter((l) => !ids.has(l.source) || !ids.has(l.target)).map((l) => l.id),
    ).toEqual([]);
  });

  it('is deterministic and fresh: building again gives the committed bytes', () => {
    const first = serialise(buildDataset(readInputs(root)));
    const second = serialise(buildDataset(readInputs(root)));
    expect(second).toBe(first);
    expect(first === fileText, 'data/coalition.json is stale: run npm run data').toBe(true);
    const schema = readFileSync(`${root}data/coalition.schema.json`, 'utf8');
    expect(
      schema === serialise(datasetJsonSchema()),
      'data/coalition.schema.json is stale: run npm run data',
    ).toBe(true);
  });

  describe('facts a reader checks by eye', () => {
    it('the World Uyghur Congress is Munich-based (DE, from the document) and led by Dolkun Isa', () => {
      const wuc = node('world-uyghur-congress');
      expect(wuc.country).toBe('DE');
      expect(wuc.region).toBe('Europe');
      expect(wuc.countryProvenance?.basis).toBe('document');
      expect(wuc.countryProvenance?.citation?.quote).toContain('Munich-based');
      expect(wuc.signatory).toBe(true);
      expect(new Set(wuc.citations.map((c) => c.doc))).toEqual(
        new Set(['open-letter', 'voa-diaspora-groups']),
      );
      expect(relations('dolkun-isa', 'world-uyghur-congress')).toContain('leads');
    });

    it('Omer Kanat speaks for the Uyghur Human Rights Project', () => {
      const rels = relations('omer-kanat', 'uyghur-human-rights-project');
      expect(rels.some((r) => r === 'leads' || r === 'spokesperson_for')).toBe(true);
    });

    it("Wang Wenbin speaks for China's foreign ministry", () => {
      expect(node('chinese-foreign-ministry').kind).toBe('government');
      expect(relations('wang-wenbin', 'chinese-foreign-ministry')).toContain('spokesperson_for');
    });

    it('the letter is addressed to the High Commissioner, Michelle Bachelet', () => {
      expect(relations(LETTER_NODE, 'michelle-bachelet')).toContain('addressed_to');
      expect(node('michelle-bachelet').kind).toBe('person');
    });
  });
});
