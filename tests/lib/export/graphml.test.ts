import { describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import { toGraphml } from '../../../src/lib/export/graphml.ts';
import { elements, fixture, parseXml, VIEW } from './helpers.ts';

const NS = 'http://graphml.graphdrawing.org/xmlns';

function parse(text: string) {
  const { doc, errors } = parseXml(text);
  expect(errors).toEqual([]);
  const keys = elements(doc, NS, 'key').map((k) => ({
    id: k.getAttribute('id') ?? '',
    for: k.getAttribute('for'),
    name: k.getAttribute('attr.name'),
    type: k.getAttribute('attr.type'),
  }));
  const byId = (name: 'node' | 'edge', id: string): Element => {
    const found = elements(doc, NS, name).find((e) => e.getAttribute('id') === id);
    if (found === undefined) throw new Error(`no ${name} ${id}`);
    return found;
  };
  /** An element's data by the key's attr.name. */
  const data = (el: Element): Record<string, string> => {
    const names = new Map(keys.map((k) => [k.id, k.name]));
    return Object.fromEntries(
      elements(el, NS, 'data').map((d) => [names.get(d.getAttribute('key') ?? ''), d.textContent]),
    );
  };
  return { doc, keys, byId, data };
}

describe('toGraphml', () => {
  const ds = fixture();
  const all = ds.nodes.map((n) => n.id);

  const counts = [
    { name: 'the whole dataset', ids: all, nodes: 9, edges: 11 },
    { name: 'a six-node view (an unknown id ignored)', ids: VIEW, nodes: 6, edges: 8 },
    {
      name: 'two nodes with two parallel links',
      ids: ['aysel-tohti', 'example-uyghur-association-in-finland'],
      nodes: 2,
      edges: 2,
    },
    { name: 'nothing', ids: [], nodes: 0, edges: 0 },
  ];
  for (const { name, ids, nodes, edges } of counts) {
    it(`parses back with exact counts: ${name}`, () => {
      const { doc } = parse(toGraphml(ds, ids));
      expect(elements(doc, NS, 'node')).toHaveLength(nodes);
      expect(elements(doc, NS, 'edge')).toHaveLength(edges);
    });
  }

  it('declares typed keys, a `name` key for labels, x/y and colour only when given', () => {
    const plain = parse(toGraphml(ds, VIEW)).keys;
    expect(plain.filter((k) => k.for === 'edge').map((k) => [k.name, k.type])).toEqual([
      ['relation', 'string'],
      ['date', 'string'],
      ['note', 'string'],
      ['citations', 'string'],
    ]);
    expect(plain.filter((k) => k.for === 'node').map((k) => k.name)).toEqual([
      'name',
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
      'connections',
    ]);
    expect(new Set(plain.map((k) => k.id)).size).toBe(plain.length);
    const full = parse(toGraphml(ds, VIEW, { positions: new Map(), colours: () => '#000' })).keys;
    expect(full.filter((k) => !plain.some((p) => p.id === k.id))).toEqual([
      { id: 'n_x', for: 'node', name: 'x', type: 'double' },
      { id: 'n_y', for: 'node', name: 'y', type: 'double' },
      { id: 'n_colour', for: 'node', name: 'colour', type: 'string' },
    ]);
  });

  it('keeps values exactly, ampersands, quotes, accents and line breaks included', () => {
    const { byId, data, doc } = parse(
      toGraphml(
        ds,
        ds.nodes.map((n) => n.id),
      ),
    );
    expect(elements(doc, NS, 'graph')[0]?.getAttribute('edgedefault')).toBe('directed');
    expect(data(byId('node', 'example-uyghur-association-in-finland'))).toMatchObject({
      name: 'Example Uyghur Association in Finland',
      group: 'diaspora',
      country: 'FI',
      connections: '3',
      citations:
        'Joint letter to the High Commissioner (2022-03-08), characters 126–163: ' +
        '“Example Uyghur Association in Finland”\n' +
        'Groups & activists call out the UN (n.d.), characters 0–116: “Aysel Tohti, who chairs the ' +
        'Example Uyghur Association in Finland, said: "We won\'t wait, not any longer, not again."”',
    });
    expect(data(byId('node', 'droits-et-libertes-ouighours'))).toMatchObject({
      name: 'Droits & Libertés Ouïghours',
      group: 'solidarity',
      country: 'FR',
      country_name: 'France',
    });
    const leads = byId('edge', 'aysel-tohti--leads--example-uyghur-association-in-finland');
    expect(leads.getAttribute('source')).toBe('aysel-tohti');
    expect(leads.getAttribute('target')).toBe('example-uyghur-association-in-finland');
    expect(data(leads)).toEqual({
      relation: 'leads',
      citations:
        'Groups & activists call out the UN (n.d.), characters 0–65: “Aysel Tohti, who chairs the ' +
        'Example Uyghur Association in Finland, said: "We won\'t wait, not any longer,”',
    });
  });

  it('writes positions and colours as data', () => {
    const positions = new Map([['letter', { x: -0.25, y: 3 }]]);
    const { byId, data } = parse(toGraphml(ds, VIEW, { positions, colours: () => '#0A8' }));
    expect(data(byId('node', 'letter'))).toMatchObject({ x: '-0.25', y: '3', colour: '#00aa88' });
    expect(data(byId('node', 'high-commissioner')).x).toBeUndefined();
  });

  it('does not mutate its inputs', () => {
    const data = fixture();
    const ids = [...VIEW];
    toGraphml(data, ids, { hidePeople: true, positions: new Map([['letter', { x: 1, y: 2 }]]) });
    expect(data).toEqual(fixture());
    expect(ids).toEqual(VIEW);
  });
});
