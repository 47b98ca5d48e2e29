import { describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import { toGexf } from '../../../src/lib/export/gexf.ts';
import { elements, fixture, parseXml, VIEW } from './helpers.ts';

const GEXF = 'http://gexf.net/1.3';
const VIZ = 'http://gexf.net/1.3/viz';

function parse(text: string) {
  const { doc, errors } = parseXml(text);
  expect(errors).toEqual([]);
  const byId = (name: 'node' | 'edge', id: string): Element => {
    const found = elements(doc, GEXF, name).find((e) => e.getAttribute('id') === id);
    if (found === undefined) throw new Error(`no ${name} ${id}`);
    return found;
  };
  /** Attribute values of an element, by attribute id. */
  const values = (el: Element): Record<string, string | null> =>
    Object.fromEntries(
      elements(el, GEXF, 'attvalue').map((a) => [a.getAttribute('for'), a.getAttribute('value')]),
    );
  return { doc, byId, values };
}

describe('toGexf', () => {
  const ds = fixture();
  const all = ds.nodes.map((n) => n.id);

  const counts = [
    { name: 'the whole dataset', ids: all, nodes: 9, edges: 11 },
    { name: 'a six-node view (an unknown id ignored)', ids: VIEW, nodes: 6, edges: 8 },
    {
      name: 'letter, signatory, association, addressee',
      ids: ['letter', 'aysel-tohti', 'example-uyghur-association-in-finland', 'high-commissioner'],
      nodes: 4,
      edges: 5,
    },
    { name: 'one node', ids: ['china'], nodes: 1, edges: 0 },
    { name: 'nothing', ids: [], nodes: 0, edges: 0 },
  ];
  for (const { name, ids, nodes, edges } of counts) {
    it(`parses back with exact counts: ${name}`, () => {
      const { doc } = parse(toGexf(ds, ids));
      expect(elements(doc, GEXF, 'node')).toHaveLength(nodes);
      expect(elements(doc, GEXF, 'edge')).toHaveLength(edges);
    });
  }

  it('is a static, directed GEXF 1.3 graph with declared attributes', () => {
    const { doc } = parse(toGexf(ds, VIEW));
    const root = doc.documentElement;
    expect(root?.namespaceURI).toBe(GEXF);
    expect(root?.getAttribute('version')).toBe('1.3');
    const graph = elements(doc, GEXF, 'graph')[0];
    expect(graph?.getAttribute('defaultedgetype')).toBe('directed');
    expect(graph?.getAttribute('mode')).toBe('static');
    const declared = (cls: string) =>
      elements(doc, GEXF, 'attributes')
        .filter((a) => a.getAttribute('class') === cls)
        .flatMap((a) => elements(a, GEXF, 'attribute').map((x) => x.getAttribute('id')));
    expect(declared('node')).toEqual([
      'aliases',
      'kind',
      'group',
      'group_basis',
      'group_citation',
      'group_note',
      'country',
      'country_name',
      'region',
      'subregion',
      'country_basis',
      'country_citation',
      'country_note',
      'citations',
      'source_documents',
    ]);
    expect(declared('edge')).toEqual(['relation', 'date', 'note', 'citations']);
  });

  it('keeps values exactly, ampersands, quotes, accents and line breaks included', () => {
    const { byId, values } = parse(
      toGexf(
        ds,
        ds.nodes.map((n) => n.id),
      ),
    );
    const association = byId('node', 'example-uyghur-association-in-finland');
    expect(values(association)).toMatchObject({
      group: 'diaspora',
      group_basis: 'name',
      country: 'FI',
      country_name: 'Finland',
      region: 'Europe',
      subregion: 'Northern Europe',
      country_basis: 'document',
      aliases: 'EUAF',
      citations:
        'Joint letter to the High Commissioner (2022-03-08), characters 126–163: ' +
        '“Example Uyghur Association in Finland”\n' +
        'Groups & activists call out the UN (n.d.), characters 0–116: “Aysel Tohti, who chairs the ' +
        'Example Uyghur Association in Finland, said: "We won\'t wait, not any longer, not again."”',
    });
    const droits = byId('node', 'droits-et-libertes-ouighours');
    expect(droits.getAttribute('label')).toBe('Droits & Libertés Ouïghours');
    expect(values(droits).group_note).toBe('A French solidarity group & "network"');
    const rejected = byId('edge', 'china--rejected--ohchr-assessment');
    expect(rejected.getAttribute('label')).toBe('rejected');
    expect(rejected.getAttribute('source')).toBe('china');
    expect(values(rejected)).toEqual({
      relation: 'rejected',
      citations:
        'Response to the so-called “assessment” (2022-09-01), characters 0–71: ' +
        "“The People's Republic of China firmly rejects the so-called assessment.”",
    });
  });

  it('drops characters XML 1.0 forbids (a form feed in a quote)', () => {
    const text = toGexf(ds, ['jonas-odmark', 'ohchr-assessment']);
    expect(text).not.toContain('\f');
    const { byId, values } = parse(text);
    expect(values(byId('edge', 'jonas-odmark--criticised--ohchr-assessment')).citations).toBe(
      'Diaspora groups: report «not enough» (2022-09-02), characters 48–102: “Jonas Ödmark, a ' +
        'researcher at Université Libre, said the report was "not enough" – and groups agreed.”',
    );
  });

  it('writes positions, colours and sizes in the viz namespace', () => {
    const positions = new Map([['letter', { x: 1.5, y: -2 }]]);
    const colours = (n: { kind: string }) => (n.kind === 'coalition' ? '#0a8' : 'red');
    const { byId } = parse(toGexf(ds, VIEW, { positions, colours }));
    const viz = (id: string, name: string) => elements(byId('node', id), VIZ, name)[0];
    const attrsOf = (el: Element | undefined, names: string[]) =>
      names.map((n) => el?.getAttribute(n));
    expect(attrsOf(viz('letter', 'position'), ['x', 'y', 'z'])).toEqual(['1.5', '-2', '0']);
    expect(attrsOf(viz('letter', 'color'), ['r', 'g', 'b'])).toEqual(['0', '170', '136']);
    expect(viz('letter', 'size')?.getAttribute('value')).toBe('8');
    expect(viz('high-commissioner', 'position')).toBeUndefined();
    expect(viz('high-commissioner', 'color')).toBeUndefined();
  });

  it('does not mutate its inputs and gives the same text twice', () => {
    const data = fixture();
    const ids = [...VIEW];
    const positions = new Map([['letter', { x: 1, y: 2 }]]);
    const first = toGexf(data, ids, { positions, hidePeople: true });
    expect(toGexf(data, ids, { positions, hidePeople: true })).toBe(first);
    expect(data).toEqual(fixture());
    expect(ids).toEqual(VIEW);
    expect([...positions]).toEqual([['letter', { x: 1, y: 2 }]]);
  });
});
