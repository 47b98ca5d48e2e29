import { describe, expect, it } from 'vitest';
import { baseChanges } from '../../../src/lib/import/base-changes.ts';
import { rebuildBase } from '../../../src/lib/import/base.ts';
import { datasetInput, NO_BASIS } from '../../../src/lib/import/reverse.ts';
import { emptyInput } from '../../../src/lib/import/assemble.ts';
import { buildProject } from '../../../src/lib/import/build-project.ts';
import { knownIndex } from '../../../src/lib/import/drafts.ts';
import { createLetter, letterIds, proposeMeta } from '../../../src/lib/import/letter.ts';
import { emptyProject } from '../../../src/lib/import/project.ts';
import { buildDataset, serialise } from '../../../src/lib/pipeline/build.ts';
import type { Dataset } from '../../../src/lib/types.ts';
import { fixture, letterBOnOpened, twoLetters, withLetterA } from './fixture.ts';

const committedText = fixture('../../../data/coalition.json');
const committed = JSON.parse(committedText) as Dataset;
const read = (name: string) => JSON.parse(fixture(`../${name}`)) as Dataset;
type Entry = Record<string, unknown>;
const actorsOf = (ds: Dataset) => datasetInput(ds).actors as { nodes: Entry[]; links: Entry[] };
const nodeEntry = (ds: Dataset, id: string) => actorsOf(ds).nodes.find((n) => n['id'] === id);

describe('datasetInput: a dataset back into the pipeline’s inputs', () => {
  it('rebuilds data/coalition.json byte for byte, without touching the dataset', () => {
    const input = datasetInput(committed);
    expect(serialise(buildDataset(input))).toBe(committedText);
    expect(serialise(committed)).toBe(committedText);
  });

  it('rebuilds a map the importer built with two letters byte for byte', () => {
    const downloaded = JSON.parse(serialise(twoLetters().dataset)) as Dataset;
    expect(serialise(buildDataset(datasetInput(downloaded)))).toBe(serialise(downloaded));
  });

  it('reads every printed list back: its document, node, the line before it, names in order', () => {
    const letters = datasetInput(twoLetters().dataset).letters as {
      doc: string;
      node: string;
      list: { after: unknown; names: string[] };
    }[];
    expect(letters.map((l) => [l.doc, l.node, l.list.after, l.list.names.length])).toEqual([
      ['open-letter', 'open-letter-2022-03-08', { quote: 'Signatories:' }, 192],
      [
        'joint-statement-the-uyghur-region-after',
        'joint-statement-the-uyghur-region-after-2023-06-14',
        { quote: 'Signed by:' },
        9,
      ],
      [
        'call-for-accountability',
        'call-for-accountability-2024-02-02',
        { quote: 'Endorsed by' },
        7,
      ],
    ]);
    expect(letters[2]!.list.names).toEqual(
      fixture('letter-b.md')
        .split('- ')
        .slice(1)
        .map((l) => l.trim()),
    );
  });

  it.each([
    {
      name: 'a document basis keeps its quote; a curated note and an alias survive',
      ds: () => committed,
      id: 'world-uyghur-congress',
      expected: {
        aliases: ['WUC'],
        country: {
          value: 'DE',
          basis: 'document',
          doc: 'voa-diaspora-groups',
          quote: 'Munich-based World Uyghur Congress',
        },
        group: {
          value: 'diaspora',
          basis: 'curated',
          note: 'International umbrella of Uyghur diaspora organisations (general knowledge); VOA reports its statement with "more than 60 Uyghur organizations around the world"',
        },
      },
    },
    {
      name: 'a name basis keeps its rule as the note, and the tags',
      ds: () => twoLetters().dataset,
      id: 'uyghur-women-s-network-in-sweden',
      expected: {
        group: {
          value: 'diaspora',
          basis: 'name',
          note: 'Name rule: "uyghur": a Uyghur or East Turkistan name → diaspora',
        },
        country: {
          value: 'SE',
          basis: 'name',
          note: 'Name rule: "sweden": the name says where it is → SE',
        },
        tags: ['women'],
      },
    },
    {
      name: 'other phrases that cite an actor become mentions, limited to their documents',
      ds: () => committed,
      id: 'open-letter-2022-03-08',
      expected: {
        aliases: ['8 March 2022 open letter'],
        mentions: [
          { text: 'open letter', docs: ['groups-call-out-un'] },
          { text: 'The letter', docs: ['groups-call-out-un'] },
          { text: 'the letter', docs: ['groups-call-out-un'] },
        ],
        date: '2022-03-08',
      },
    },
    {
      name: 'a value with no basis in a hand-made file is curated with a note that says so',
      ds: (): Dataset => {
        const mini = read('mini-dataset.json');
        const wuc = mini.nodes.find((n) => n.id === 'world-uyghur-congress')!;
        return {
          ...mini,
          nodes: [...mini.nodes.filter((n) => n !== wuc), { ...wuc, groupProvenance: null }],
        };
      },
      id: 'world-uyghur-congress',
      expected: { group: { value: 'diaspora', basis: 'curated', note: NO_BASIS } },
    },
  ])('$name', ({ ds, id, expected }) => {
    expect(nodeEntry(ds(), id)).toMatchObject(expected);
  });

  it('keeps a link’s own words: every cite located, its date and note', () => {
    const zenz = actorsOf(committed).links.find(
      (l) => l['source'] === 'adrian-zenz' && l['relation'] === 'welcomed',
    );
    expect(zenz).toEqual({
      source: 'adrian-zenz',
      relation: 'welcomed',
      target: 'ohchr-assessment',
      cite: [
        { doc: 'voc-statement', quote: 'The UN report is good and has a strong conclusion' },
        { doc: 'voc-statement', quote: 'But it is a good start.' },
      ],
      date: '2022-09-02',
      note: 'While saying it "should have been stronger on forced labor, birth control, and sterilization". The date of the VOC statement (2 September 2022).',
    });
  });
});

describe('printed lists read back', () => {
  it('anchors on the right one of two equal lines, and keeps printed order ("1989" after a name)', () => {
    const text = [
      'Joint call on river rights',
      '',
      '3 May 2024',
      '',
      'Signed by:',
      '',
      'A first list, withdrawn.',
      '',
      'Signed by:',
      '',
      'Alpha Association',
      '1989',
      '',
    ].join('\n');
    const meta = { ...proposeMeta(text, 'call.txt'), publisher: 'Fixture publisher' };
    const none = { docs: new Set<string>(), nodes: new Set<string>(), files: new Set<string>() };
    const items = [
      { name: 'Alpha Association', line: 10 },
      { name: '1989', line: 11 },
    ];
    const letter = createLetter(text, meta, letterIds(meta, none), knownIndex([]), items);
    const built = buildProject(emptyInput(), { ...emptyProject('empty'), letters: [letter] });
    if (!('dataset' in built)) throw new Error(built.errors.join('\n'));
    const input = datasetInput(built.dataset);
    expect((input.letters as { list: unknown }[]).map((l) => l.list)).toEqual([
      { after: { quote: 'Signed by:', occurrence: 2 }, names: ['Alpha Association', '1989'] },
    ]);
    expect(serialise(buildDataset(input))).toBe(serialise(built.dataset));
  });
});

describe('an opened map as the base of new letters', () => {
  it('adding letter B to the opened map of A gives the map of A and B, byte for byte', () => {
    const rebuilt = rebuildBase(withLetterA());
    expect('changes' in rebuilt && rebuilt.changes).toEqual([]);
    expect(serialise(letterBOnOpened().dataset)).toBe(serialise(twoLetters().dataset));
  }, 60_000);

  it('says what a hand-made map would lose: a signature not printed as a name, undated signings', () => {
    expect(
      baseChanges(read('mini-dataset.json'), buildDataset(datasetInput(read('mini-dataset.json')))),
    ).toEqual([]);
    const two = read('two-letters.json');
    const rebuilt = rebuildBase(two);
    expect('changes' in rebuilt && rebuilt.changes).toEqual([
      { what: 'actor', name: 'Mara Vell', change: 'signatory yes → no' },
      ...[
        ['Delta Fishers Union', 'Spring letter on river rights', '2023-04-03'],
        ['Hill Farmers Cooperative', 'Spring letter on river rights', '2023-04-03'],
        ['River Friends Association', 'Autumn statement on the river survey', '2023-10-09'],
        ['River Friends Association', 'Spring letter on river rights', '2023-04-03'],
      ].map(([who, letter, date]) => ({
        what: 'link',
        name: `${who} signed ${letter}`,
        change: `date none → “${date}”`,
      })),
    ]);
  });

  it('gives an acronym two actors share to the first, and says so', () => {
    const mini = read('mini-dataset.json');
    // Hand-made: the Dolkun Isa node also given "WUC", which names the World Uyghur Congress.
    const nodes = mini.nodes.map((n) => (n.id === 'dolkun-isa' ? { ...n, aliases: ['WUC'] } : n));
    const rebuilt = rebuildBase({ ...mini, nodes });
    expect('changes' in rebuilt && rebuilt.changes).toEqual([
      { what: 'actor', name: 'Dolkun Isa', change: 'aliases ["WUC"] → []' },
    ]);
  });

  it('refuses a map the pipeline cannot rebuild, with the reason', () => {
    const broken = JSON.parse(
      fixture('../mini-dataset.json').replaceAll('"voa-diaspora-groups"', '"VOA"'),
    ) as Dataset;
    const rebuilt = rebuildBase(broken);
    expect('errors' in rebuilt && rebuilt.errors).toEqual([
      'data/sources/sources.json › [1].id: expected lower-case letters, digits and "-"',
    ]);
  });
});
