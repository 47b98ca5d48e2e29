import { describe, expect, it } from 'vitest';
import { buildDataset, type BuildInput } from '../../../src/lib/pipeline/build.ts';
import { BuildError } from '../../../src/lib/pipeline/issues.ts';
import { fixtureInput } from './fixture.ts';

const SECOND =
  'A second letter, to the Council\n\n2 April 2022\n\nWe write again.\n\nSigned by:\n1. World Uyghur Congress\n2. Uyghur Academy Canada\n';

type Input = Omit<ReturnType<typeof fixtureInput>, 'lists' | 'letters'> & {
  lists: Map<string, Record<string, unknown>>;
  letters: Record<string, unknown>[];
};

/** The fixture plus a second letter whose list is given as names, one sameAs and one new entry. */
function twoLetterInput(edit: (i: Input) => void = () => {}): BuildInput {
  const input = fixtureInput();
  input.sources.push({
    id: 'second',
    file: 'second.txt',
    originalFile: 'second.txt',
    title: 'A second letter',
    publisher: 'Two signatories',
    date: '2022-04-02',
    dateNote: 'Printed.',
    kind: 'open-letter',
  });
  (input.texts as Map<string, string>).set('second.txt', SECOND);
  input.actors.nodes.push({ id: 'second-letter', kind: 'coalition', name: 'A second letter' });
  const full: Input = {
    ...input,
    letters: [
      { doc: 'letter', node: 'letter-2022', signatories: 'signatories.json' },
      {
        doc: 'second',
        node: 'second-letter',
        signatories: 'second.json',
        list: {
          after: { quote: 'Signed by:' },
          names: ['World Uyghur Congress', 'Uyghur Academy Canada'],
        },
      },
    ],
    lists: new Map<string, Record<string, unknown>>([
      [
        'second.json',
        {
          'World Uyghur Congress': { sameAs: 'world-uyghur-congress' },
          'Uyghur Academy Canada': {
            group: { value: 'diaspora', basis: 'name', note: 'A Uyghur name' },
            country: { value: 'CA', basis: 'name', note: 'Canada in the name' },
          },
        },
      ],
    ]),
  };
  edit(full);
  return full;
}

function errorsOf(input: BuildInput): string[] {
  try {
    buildDataset(input);
  } catch (error) {
    if (error instanceof BuildError) return error.errors;
    throw error;
  }
  throw new Error('expected the build to fail');
}

describe('letters.json: more than one letter with a list', () => {
  it('links a sameAs name to the known node, citing the printed line of each letter', () => {
    const data = buildDataset(twoLetterInput());
    const signed = data.links.filter(
      (l) => l.source === 'world-uyghur-congress' && l.relation === 'signed',
    );
    expect(
      signed.map((l) => [l.target, l.citations[0]!.doc, l.citations[0]!.quote, l.date]),
    ).toEqual([
      ['letter-2022', 'letter', 'World Uyghur Congress', '2022-03-01'],
      ['second-letter', 'second', 'World Uyghur Congress', '2022-04-02'],
    ]);
    const start = SECOND.indexOf('1. World') + 3;
    expect(signed[1]!.citations[0]).toEqual({
      doc: 'second',
      start,
      end: start + 21,
      quote: 'World Uyghur Congress',
    });
    const canada = data.nodes.find((n) => n.id === 'uyghur-academy-canada')!;
    expect([canada.signatory, canada.country, canada.region]).toEqual([true, 'CA', 'Americas']);
    expect(data.nodes.filter((n) => n.signatory).length).toBe(7);
    expect(data.edition).toBe('2022-04-02');
  });

  it.each([
    {
      name: 'a name not printed after the anchor',
      edit: (i: Input) =>
        ((i.letters[1]!['list'] as { names: string[] }).names = [
          'World Uyghur Congress',
          'Uyghur Academy Japan',
        ]),
      expected: [
        'fixtures/letters.json › [1] ("second") › list.names[1]: "Uyghur Academy Japan" is not printed in "second" after the names before it',
        'fixtures/second.json › "Uyghur Academy Canada": not printed in the signatory list of fixtures/second.txt; keys must be names exactly as printed there',
      ],
    },
    {
      name: 'a sameAs to no node',
      edit: (i: Input) =>
        (i.lists.get('second.json')!['World Uyghur Congress'] = { sameAs: 'wuc' }),
      expected: ['fixtures/second.json › "World Uyghur Congress" › sameAs: "wuc" is not a node id'],
    },
    {
      name: 'the same actor classified twice',
      edit: (i: Input) =>
        (i.lists.get('second.json')!['World Uyghur Congress'] = {
          group: { value: 'diaspora', basis: 'curated', note: 'x' },
          country: { value: 'DE', basis: 'curated', note: 'x' },
        }),
      expected: [
        'fixtures/second.json › "World Uyghur Congress": duplicate id "world-uyghur-congress" (also fixtures/signatories.json › "World Uyghur Congress"); if it is the same actor, make this entry { "sameAs": "world-uyghur-congress" }',
      ],
    },
    {
      name: 'a list file that is missing',
      edit: (i: Input) => i.lists.delete('second.json'),
      expected: [
        'fixtures/second.json: file not found (see data/curation/README.md for its format)',
      ],
    },
    {
      name: 'a letter listed twice',
      edit: (i: Input) => i.letters.push({ ...i.letters[1]!, signatories: 'third.json' }),
      expected: [
        'fixtures/letters.json › [2]: document "second" is listed twice',
        'fixtures/letters.json › [2]: node "second-letter" is listed twice',
      ],
    },
  ])('$name: stops with the file, the entry and the reason', ({ edit, expected }) => {
    expect(errorsOf(twoLetterInput(edit))).toEqual(expected);
  });
});
