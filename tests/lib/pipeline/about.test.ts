import { describe, expect, it } from 'vitest';
import { readAbout } from '../../../src/lib/pipeline/about.ts';
import { buildDataset } from '../../../src/lib/pipeline/build.ts';
import { BuildError } from '../../../src/lib/pipeline/issues.ts';
import { fixtureInput } from './fixture.ts';

const FILE = 'data/curation/dataset.json';

describe('readAbout', () => {
  const cases = [
    { name: 'no file', raw: undefined, about: {}, errors: [] },
    { name: 'empty object', raw: {}, about: {}, errors: [] },
    {
      name: 'both, trimmed',
      raw: { title: ' A coalition ', description: 'Who signed.\n' },
      about: { title: 'A coalition', description: 'Who signed.' },
      errors: [],
    },
    {
      name: 'title only',
      raw: { title: 'A coalition' },
      about: { title: 'A coalition' },
      errors: [],
    },
    {
      name: 'a blank title',
      raw: { title: '  ', description: 'Who signed.' },
      about: { description: 'Who signed.' },
      errors: [`${FILE} › title: must be text (leave the field out when there is none)`],
    },
    {
      name: 'a number and an unknown field',
      raw: { description: 3, subtitle: 'x' },
      about: {},
      errors: [
        `${FILE} › description: must be text (leave the field out when there is none)`,
        `${FILE} › subtitle: unknown field; expected "title" or "description"`,
      ],
    },
    {
      name: 'not an object',
      raw: ['A coalition'],
      about: {},
      errors: [`${FILE}: expected an object with "title" and "description"`],
    },
  ];
  for (const { name, raw, about, errors } of cases) {
    it(name, () => expect(readAbout(raw, FILE)).toEqual({ about, errors }));
  }
});

describe('buildDataset with dataset.json', () => {
  it('writes the title and description after the edition', () => {
    const input = { ...fixtureInput(), about: { title: 'T', description: 'D' } };
    const ds = buildDataset(input);
    expect(Object.keys(ds).slice(0, 4)).toEqual(['version', 'edition', 'title', 'description']);
    expect([ds.title, ds.description]).toEqual(['T', 'D']);
  });

  it('writes neither without the file', () => {
    const ds = buildDataset(fixtureInput());
    expect('title' in ds || 'description' in ds).toBe(false);
  });

  it('stops on a bad file, naming it', () => {
    const input = { ...fixtureInput(), about: { title: '' } };
    expect(() => buildDataset(input)).toThrow(BuildError);
    expect(() => buildDataset(input)).toThrow('fixtures/dataset.json › title: must be text');
  });
});
