import { describe, expect, it } from 'vitest';
import { staleMessage, staleOutputs } from '../../../src/lib/pipeline/stale.ts';

describe('staleOutputs', () => {
  const fresh = { 'data/coalition.json': '{}\n', 'data/coalition.schema.json': '{"a":1}\n' };

  it.each([
    { name: 'both up to date', disk: { ...fresh }, expected: [] },
    {
      name: 'the dataset differs',
      disk: { ...fresh, 'data/coalition.json': '{ }\n' },
      expected: ['data/coalition.json'],
    },
    {
      name: 'both missing',
      disk: {},
      expected: ['data/coalition.json', 'data/coalition.schema.json'],
    },
  ])('$name', ({ disk, expected }) => {
    const read = (path: string) => (disk as Record<string, string>)[path] ?? null;
    expect(staleOutputs(fresh, read)).toEqual(expected);
  });

  it('says what to run', () => {
    expect(staleMessage(['data/coalition.json'])).toBe(
      'data/coalition.json is stale: run npm run data and commit the result.',
    );
    expect(staleMessage(['a', 'b'])).toBe(
      'a and b are stale: run npm run data and commit the result.',
    );
  });
});
