import { describe, expect, it } from 'vitest';
import { buildProject } from '../../../src/lib/import/build-project.ts';
import { columnNames, readCsv } from '../../../src/lib/import/csv.ts';
import { draftReview, knownIndex, UNKNOWN_NOTE } from '../../../src/lib/import/drafts.ts';
import {
  createLetter,
  letterIds,
  printedDate,
  proposeMeta,
} from '../../../src/lib/import/letter.ts';
import { nearMatches } from '../../../src/lib/import/near.ts';
import { emptyProject, pairKey, readProject } from '../../../src/lib/import/project.ts';
import { assemble, emptyInput } from '../../../src/lib/import/assemble.ts';
import type { Dataset } from '../../../src/lib/types.ts';
import { fixture, twoLetters } from './fixture.ts';

const committed = JSON.parse(fixture('../../../data/coalition.json')) as Dataset;
const index = knownIndex(committed.nodes);

describe('draftReview against the built-in map', () => {
  it.each([
    {
      name: 'World Uyghur Congress',
      expected: { as: 'same', id: 'world-uyghur-congress', how: 'name' },
    },
    {
      name: 'world uyghur congress',
      expected: { as: 'same', id: 'world-uyghur-congress', how: 'name' },
    },
    { name: 'WUC', expected: { as: 'same', id: 'world-uyghur-congress', how: 'alias' } },
    {
      name: 'OMCT',
      expected: { as: 'same', id: 'world-organisation-against-torture-omct', how: 'alias' },
    },
  ])('$name is known', ({ name, expected }) => {
    expect(draftReview(name, index)).toEqual(expected);
  });

  it('drafts a new name from its rules, and says "not established" for the rest', () => {
    expect(draftReview('Bright Harbour Association', index)).toEqual({
      as: 'new',
      kind: 'organisation',
      group: { value: null, basis: 'curated', note: UNKNOWN_NOTE },
      country: { value: null, basis: 'curated', note: UNKNOWN_NOTE },
      tags: [],
      confirmed: false,
    });
  });
});

describe('nearMatches', () => {
  it('lists a variant with its country in brackets beside the known name, for the person to judge', () => {
    const { project } = twoLetters();
    const a = project.letters[0]!;
    expect(nearMatches(a.review, committed.nodes, new Set())).toEqual([
      {
        name: 'Uyghur Academy (Turkey)',
        other: { id: 'uyghur-academy', name: 'Uyghur Academy' },
        score: 2 / 3,
      },
    ]);
    const apart = new Set([pairKey('Uyghur Academy', 'Uyghur Academy (Turkey)')]);
    expect(nearMatches(a.review, committed.nodes, apart)).toEqual([]);
  });

  it('merging makes one node citing both letters, the variant an alias', () => {
    const { base, project } = twoLetters();
    const a = project.letters[0]!;
    a.review['Uyghur Academy (Turkey)'] = { as: 'same', id: 'uyghur-academy', how: 'merged' };
    const built = buildProject(base, project);
    if (!('dataset' in built)) throw new Error(built.errors.join('\n'));
    const academy = built.dataset.nodes.find((n) => n.id === 'uyghur-academy')!;
    expect(academy.aliases).toContain('Uyghur Academy (Turkey)');
    const signed = built.dataset.links.filter(
      (l) => l.source === 'uyghur-academy' && l.relation === 'signed',
    );
    expect(signed.map((l) => l.target)).toEqual([
      'joint-statement-the-uyghur-region-after-2023-06-14',
      'open-letter-2022-03-08',
    ]);
    expect(built.dataset.nodes.some((n) => n.name === 'Uyghur Academy (Turkey)')).toBe(false);
  });
});

describe('letters from other inputs', () => {
  it('a CSV: the chosen column is the list, each name cited in its row', () => {
    const text = fixture('signatories.csv');
    const table = readCsv(text);
    if ('error' in table) throw new Error(table.error);
    const meta = {
      ...proposeMeta(text, 'signatories.csv'),
      title: 'Signatories of a CSV letter',
      date: '2024-01-15',
      publisher: 'Fixture',
    };
    const ids = letterIds(meta, { docs: new Set(), nodes: new Set(), files: new Set() });
    const letter = createLetter(text, meta, ids, knownIndex([]), columnNames(table, 0));
    const built = buildProject(emptyInput(), { ...emptyProject('empty'), letters: [letter] });
    if (!('dataset' in built)) throw new Error(built.errors.join('\n'));
    const signed = built.dataset.links.filter((l) => l.relation === 'signed');
    expect(signed.map((l) => [l.source, l.citations[0]!.start])).toEqual([
      ['amnesty-international', text.indexOf('Amnesty')],
      ['kazakh-voices-abroad', text.indexOf('Kazakh')],
      ['uyghur-women-s-network-in-sweden', text.indexOf('Uyghur Women')],
      ['world-uyghur-congress', text.indexOf('World')],
    ]);
    // The letter's node is found by its first line, since a CSV prints no title.
    expect(built.dataset.nodes.find((n) => n.kind === 'coalition')?.citations[0]?.quote).toBe(
      'Organisation,Country,Joined',
    );
    expect(
      assemble(emptyInput(), { ...emptyProject('empty'), letters: [letter] }).signatories,
    ).toBeUndefined();
  });
});

describe('letter metadata', () => {
  it.each([
    ['8 March, 2022', '2022-03-08'],
    ['*2 February 2024*', '2024-02-02'],
    ['March 8th, 2022', '2022-03-08'],
    ['on 2023-06-14 we', '2023-06-14'],
    ['no date here', null],
  ])('printedDate(%j) → %j', (text, expected) => {
    expect(printedDate(text)?.date ?? null).toBe(expected);
  });

  it("ids never clash with the map's", () => {
    const meta = proposeMeta('Open letter\n\n8 March 2022\n', 'x.txt');
    expect(
      letterIds(meta, { docs: new Set(['open-letter']), nodes: new Set(), files: new Set() }),
    ).toEqual({
      doc: 'open-letter-2',
      node: 'open-letter-2-2022-03-08',
      file: '2022-03-08-open-letter-2.txt',
    });
  });
});

describe('readProject', () => {
  it('accepts a saved project and refuses another shape with the place', () => {
    const { project } = twoLetters();
    expect(readProject(JSON.parse(JSON.stringify(project)))).toEqual({ project });
    expect(readProject({ version: 2, base: 'builtin', letters: [{}], apart: [] })).toEqual({
      error:
        'The saved import does not fit version 2 at letters.0.doc: Invalid key: Expected "doc" but received undefined.',
    });
  });

  it('reads a version 1 save (two bases) as version 2, and an opened map as a base', () => {
    const { project } = twoLetters();
    expect(readProject({ ...project, version: 1 })).toEqual({ project });
    const opened = { ...project, base: { title: 'A map', key: '3:2:0badf00d' } };
    expect(readProject(opened)).toEqual({ project: opened });
    expect(readProject({ ...project, base: { title: 'A map' } })).toEqual({
      error:
        'The saved import does not fit version 2 at base: Invalid type: Expected (("builtin" | "empty") | Object) but received Object.',
    });
  });
});
