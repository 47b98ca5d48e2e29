import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/dataset/parse.ts';
import {
  headline,
  listing,
  shortName,
  signedBy,
  signedPhrase,
  sourcesHeading,
  theName,
} from '../../../src/lib/graph/about.ts';
import type { Dataset } from '../../../src/lib/types.ts';

const load = (path: string): Dataset =>
  parseDataset(JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')));
const minimal = load('data/examples/minimal.json');
const twoLetters = load('tests/fixtures/two-letters.json');
const builtIn = load('data/coalition.json');
const untitled = (ds: Dataset): Dataset => {
  const copy = { ...ds };
  delete copy.title;
  delete copy.description;
  return copy;
};

describe('headline', () => {
  const cases = [
    {
      name: 'the minimal example: its one letter, one organisation',
      ds: minimal,
      expected: '1 organisation signed the Open letter of 1 May 2022',
    },
    {
      name: 'two letters: each named, the bigger first, people counted',
      ds: twoLetters,
      expected:
        '4 organisations and individuals signed the Spring letter on river rights; ' +
        '2 organisations signed the Autumn statement on the river survey',
    },
    {
      name: 'a title wins',
      ds: { ...twoLetters, title: 'Rivers, 2023' },
      expected: 'Rivers, 2023',
    },
    {
      name: 'the built-in dataset: its own title',
      ds: builtIn,
      expected: 'The coalition behind the 8 March 2022 open letter on the OHCHR Xinjiang report',
    },
    {
      name: 'nothing signed',
      ds: { ...minimal, links: minimal.links.filter((l) => l.relation !== 'signed') },
      expected: 'The coalition',
    },
    {
      name: 'only people signed',
      ds: {
        ...twoLetters,
        links: twoLetters.links.filter((l) => l.source === 'mara-vell'),
      },
      expected: '1 individual signed the Spring letter on river rights',
    },
  ];
  for (const { name, ds, expected } of cases) {
    it(name, () => expect(headline(ds)).toBe(expected));
  }

  it('counts, not names, more than three coalitions', () => {
    const more: Dataset = {
      ...twoLetters,
      links: [
        ...twoLetters.links,
        ...['water-council', 'coast-watch'].map((target) => ({
          ...twoLetters.links[0]!,
          id: `hill-farmers--signed--${target}`,
          source: 'hill-farmers',
          relation: 'signed' as const,
          target,
        })),
      ],
    };
    expect(headline(more)).toBe(
      '5 organisations and individuals signed 4 joint letters or statements',
    );
  });

  it('never names the 8 March letter for a dataset that does not', () => {
    for (const ds of [minimal, twoLetters]) expect(headline(ds)).not.toMatch(/8 March/);
  });

  it('without its title, the built-in dataset is worded from its own letters', () => {
    expect(headline(untitled(builtIn))).toMatch(
      /^192 organisations and individuals signed the 8 March 2022 open letter; /,
    );
  });
});

describe('signedPhrase', () => {
  const cases = [
    {
      name: 'a signatory of one letter',
      ds: twoLetters,
      id: 'delta-fishers',
      expected: 'signed the Spring letter on river rights',
    },
    {
      name: 'a signatory of both, oldest first',
      ds: twoLetters,
      id: 'river-friends',
      expected:
        'signed the Spring letter on river rights and the Autumn statement on the river survey',
    },
    { name: 'not a signatory', ds: twoLetters, id: 'water-council', expected: null },
    {
      name: 'the minimal example',
      ds: minimal,
      id: 'example-uyghur-association-in-finland',
      expected: 'signed the Open letter of 1 May 2022',
    },
    {
      name: 'the built-in letter by its short name',
      ds: builtIn,
      id: 'world-uyghur-congress',
      expected: 'signed the 8 March 2022 open letter',
    },
  ];
  for (const { name, ds, id, expected } of cases) {
    it(name, () => expect(signedPhrase(ds, id)).toBe(expected));
  }

  it('does not mutate the dataset', () => {
    const before = structuredClone(twoLetters);
    signedBy(twoLetters, 'river-friends');
    signedPhrase(twoLetters, 'river-friends');
    headline(twoLetters);
    expect(twoLetters).toEqual(before);
  });
});

describe('wording helpers', () => {
  const names = [
    {
      input: { name: 'Open letter to … (a paragraph)', aliases: ['8 March letter'] },
      expected: '8 March letter',
    },
    {
      input: { name: 'WUC statement', aliases: ['', 'Statement of the WUC'] },
      expected: 'WUC statement',
    },
  ];
  for (const { input, expected } of names) {
    it(`shortName → ${expected}`, () => expect(shortName(input)).toBe(expected));
  }
  const articles = [
    { input: '8 March 2022 open letter', expected: 'the 8 March 2022 open letter' },
    { input: 'The Hague Appeal', expected: 'The Hague Appeal' },
    { input: 'A joint call', expected: 'A joint call' },
    { input: 'Another letter', expected: 'the Another letter' },
  ];
  for (const { input, expected } of articles) {
    it(`theName("${input}") → ${expected}`, () => expect(theName(input)).toBe(expected));
  }
  const lists = [
    { input: [], expected: '' },
    { input: ['a'], expected: 'a' },
    { input: ['a', 'b'], expected: 'a and b' },
    { input: ['a', 'b', 'c'], expected: 'a, b and c' },
  ];
  for (const { input, expected } of lists) {
    it(`listing ${input.length}`, () => expect(listing(input)).toBe(expected));
  }
  const headings = [
    { input: 0, expected: 'No sources' },
    { input: 1, expected: 'The source' },
    { input: 5, expected: 'The 5 sources' },
  ];
  for (const { input, expected } of headings) {
    it(`sourcesHeading(${input}) → ${expected}`, () =>
      expect(sourcesHeading(input)).toBe(expected));
  }
});
