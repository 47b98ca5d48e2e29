import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, nodesToCsv } from '../../../src/lib/export/csv.ts';
import { fixture, parseCsv, VIEW } from './helpers.ts';

describe('csvField', () => {
  const cases = [
    { name: 'plain', input: 'Amnesty International', expected: 'Amnesty International' },
    { name: 'empty', input: '', expected: '' },
    { name: 'comma', input: 'a, b', expected: '"a, b"' },
    { name: 'quote', input: 'say "hi"', expected: '"say ""hi"""' },
    { name: 'line break', input: 'a\nb', expected: '"a\nb"' },
    {
      name: 'accent and ampersand stay bare',
      input: 'Droits & Libertés',
      expected: 'Droits & Libertés',
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => expect(csvField(input)).toBe(expected));
  }
});

describe('nodesToCsv', () => {
  const ds = fixture();

  it('starts with a BOM, ends lines with CRLF and spells the header', () => {
    const text = nodesToCsv(ds, VIEW);
    expect(text.startsWith('\uFEFFid,name,kind,aliases,group,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text.slice(1))[0]).toEqual([...CSV_COLUMNS]);
  });

  const counts = [
    { name: 'whole dataset', ids: ds.nodes.map((n) => n.id), rows: 9 },
    { name: 'six-node view', ids: VIEW, rows: 6 },
    { name: 'a Set', ids: new Set(['china', 'voice-of-example']), rows: 2 },
    { name: 'nothing', ids: [], rows: 0 },
  ];
  for (const { name, ids, rows } of counts) {
    it(`has one row per node: ${name}`, () => {
      const parsed = parseCsv(nodesToCsv(ds, ids).slice(1));
      expect(parsed).toHaveLength(rows + 1);
      for (const row of parsed) expect(row).toHaveLength(CSV_COLUMNS.length);
    });
  }

  const record = (ids: Iterable<string>, id: string) => {
    const [header, ...rows] = parseCsv(nodesToCsv(ds, ids).slice(1));
    const row = rows.find((r) => r[0] === id);
    if (header === undefined || row === undefined) throw new Error(`no row ${id}`);
    return Object.fromEntries(header.map((h, i) => [h, row[i]]));
  };

  it('writes a row whose sentences have a comma, a double quote and a line break', () => {
    expect(record(VIEW, 'example-uyghur-association-in-finland')).toEqual({
      id: 'example-uyghur-association-in-finland',
      name: 'Example Uyghur Association in Finland',
      kind: 'organisation',
      aliases: 'EUAF',
      group: 'diaspora',
      group_basis: 'name',
      group_citation: '',
      group_note: 'A Uyghur association',
      country: 'FI',
      country_name: 'Finland',
      region: 'Europe',
      subregion: 'Northern Europe',
      country_basis: 'document',
      country_citation:
        'Joint letter to the High Commissioner (2022-03-08), characters 126–163: ' +
        '“Example Uyghur Association in Finland”',
      country_note: '',
      connections: '3',
      citations:
        'Joint letter to the High Commissioner (2022-03-08), characters 126–163: ' +
        '“Example Uyghur Association in Finland”\n' +
        'Groups & activists call out the UN (n.d.), characters 0–116: “Aysel Tohti, who chairs the ' +
        'Example Uyghur Association in Finland, said: "We won\'t wait, not any longer, not again."”',
      source_documents:
        'Joint letter to the High Commissioner | Groups & activists call out the UN',
    });
  });

  const connections = [
    { name: 'letter, whole dataset', ids: ds.nodes.map((n) => n.id), id: 'letter', expected: '6' },
    { name: 'letter, six-node view', ids: VIEW, id: 'letter', expected: '4' },
    { name: 'letter alone', ids: ['letter'], id: 'letter', expected: '0' },
    {
      name: 'two parallel links count twice',
      ids: ['aysel-tohti', 'example-uyghur-association-in-finland'],
      id: 'aysel-tohti',
      expected: '2',
    },
  ];
  for (const { name, ids, id, expected } of connections) {
    it(`counts connections within the exported set: ${name}`, () => {
      expect(record(ids, id).connections).toBe(expected);
    });
  }

  it('leaves facts the dataset does not have empty, and names countries in English', () => {
    expect(record(['china'], 'china')).toMatchObject({
      name: "People's Republic of China",
      aliases: 'PRC',
      group: '',
      group_basis: '',
      country: 'CN',
      country_name: 'China',
      country_basis: 'name',
      country_note: 'The state itself',
    });
  });

  it('does not mutate its inputs', () => {
    const data = fixture();
    const ids = [...VIEW];
    nodesToCsv(data, ids, { hidePeople: true });
    expect(data).toEqual(fixture());
    expect(ids).toEqual(VIEW);
  });
});
