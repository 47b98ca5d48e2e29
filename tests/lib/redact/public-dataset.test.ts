/**
 * The dataset a talk file carries when people's names are hidden: checked on the real data
 * (data/coalition.json), whose people's names are read from the file, never typed here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/dataset/parse.ts';
import { naturalOrder, personAliases } from '../../../src/lib/redact/anonymise.ts';
import { publicDataset, publicPositions } from '../../../src/lib/redact/public-dataset.ts';
import type { Dataset } from '../../../src/lib/types.ts';

const ds = JSON.parse(readFileSync('data/coalition.json', 'utf8')) as Dataset;

/**
 * Every way the dataset spells a person, as patterns: name, aliases and id, and each word of
 * 3+ letters of the name standing alone (not the first word of another name: the "Isa Yusup
 * Alptekin Foundation" is not Dolkun Isa).
 */
function personPatterns(data: Dataset): RegExp[] {
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const whole = (w: string, tail = '') =>
    new RegExp(`(?<![\\p{L}\\p{N}])${esc(w)}(?![\\p{L}\\p{N}])${tail}`, 'u');
  return data.nodes
    .filter((n) => n.kind === 'person')
    .flatMap((n) => [
      ...[n.name, ...n.aliases, n.id].map((w) => whole(w)),
      ...n.name
        .split(/\s+/)
        .filter((w) => /^\p{L}{3,}$/u.test(w))
        .map((w) => whole(w, '(?!\\s+\\p{Lu})')),
    ]);
}

describe('publicDataset', () => {
  const before = JSON.stringify(ds);
  const pub = publicDataset(ds);

  it('names no person anywhere: texts, titles, notes, ids, link ends', () => {
    const text = JSON.stringify(pub);
    const found = personPatterns(ds).filter((p) => p.test(text));
    expect(found).toEqual([]);
    expect(JSON.stringify(ds)).toBe(before);
  });

  it('is a dataset the app accepts, with the same actors and links', () => {
    const parsed = parseDataset(JSON.parse(JSON.stringify(pub)));
    expect(parsed.nodes.length).toBe(ds.nodes.length);
    expect(parsed.links.length).toBe(ds.links.length);
    const people = parsed.nodes.filter((n) => n.kind === 'person');
    expect(people.map((n) => n.id)).toEqual(
      people.map((n) => n.name.toLowerCase().replace(' ', '-')),
    );
  });

  it('hidden again, keeps its numbers (Person 2 stays before Person 10)', () => {
    const again = publicDataset(pub);
    const names = (d: Dataset) => d.nodes.filter((n) => n.kind === 'person').map((n) => n.name);
    expect(names(again)).toEqual(names(pub));
    expect(JSON.stringify(again.documents)).toBe(JSON.stringify(pub.documents));
  });

  it('moves positions to the stand-ins ids', () => {
    const aliases = personAliases(ds);
    const [person] = [...aliases.keys()];
    expect(
      publicPositions({ [person!]: [1, 2], 'amnesty-international': [3, 4] }, aliases),
    ).toEqual({
      [aliases.get(person!)!.toLowerCase().replace(' ', '-')]: [1, 2],
      'amnesty-international': [3, 4],
    });
  });
});

describe('naturalOrder', () => {
  it.each([
    {
      input: ['person-10', 'person-2', 'person-1'],
      expected: ['person-1', 'person-2', 'person-10'],
    },
    {
      input: ['wang-wenbin', 'adrian-zenz', 'joe-biden'],
      expected: ['adrian-zenz', 'joe-biden', 'wang-wenbin'],
    },
    { input: ['b', 'a-b', 'a'], expected: ['a', 'a-b', 'b'] },
  ])('$input', ({ input, expected }) => {
    expect([...input].sort(naturalOrder)).toEqual(expected);
  });
});
