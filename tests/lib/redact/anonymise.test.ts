import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { personAliases, personId, redact } from '../../../src/lib/redact/anonymise.ts';
import { citeView } from '../../../src/lib/export/cite.ts';
import { nodesToCsv } from '../../../src/lib/export/csv.ts';
import { toGexf } from '../../../src/lib/export/gexf.ts';
import { toGraphml } from '../../../src/lib/export/graphml.ts';
import type { Dataset } from '../../../src/lib/types.ts';
import { fixture, PEOPLE_NAMES } from '../export/helpers.ts';

describe('personAliases', () => {
  it('numbers the people in id order, whatever the dataset order', () => {
    const ds = fixture();
    const reversed = { ...ds, nodes: [...ds.nodes].reverse() };
    const expected = [
      ['aysel-tohti', 'Person 1'],
      ['jonas-odmark', 'Person 2'],
    ];
    expect([...personAliases(ds)]).toEqual(expected);
    expect([...personAliases(reversed)]).toEqual(expected);
  });

  it('gives a stand-in id that does not spell the name', () => {
    expect(personId('Person 12')).toBe('person-12');
  });
});

describe('redact', () => {
  const ds = fixture();
  const map = personAliases(ds);
  const news = ds.documents.find((d) => d.id === 'news')?.text ?? '';
  const at = (quote: string) => ({ doc: 'news', start: news.indexOf(quote) });

  const cases = [
    { name: 'a name', input: 'Aysel Tohti, individual', expected: 'Person 1, individual' },
    { name: 'an alias', input: 'as J. Ödmark wrote', expected: 'as Person 2 wrote' },
    { name: 'any case', input: 'AYSEL TOHTI and jonas ödmark', expected: 'Person 1 and Person 2' },
    {
      name: 'two people, two numbers',
      input: 'Jonas Ödmark met Aysel Tohti.',
      expected: 'Person 2 met Person 1.',
    },
    {
      name: 'no person: unchanged',
      input: 'The High Commissioner',
      expected: 'The High Commissioner',
    },
    {
      name: 'a name inside a longer word: unchanged',
      input: 'XAysel TohtiX',
      expected: 'XAysel TohtiX',
    },
    {
      name: 'a mention only the citation spans know',
      input: 'Ms Tohti spoke for the association',
      location: at('Ms Tohti spoke'),
      expected: 'Person 1 spoke for the association',
    },
    {
      name: 'a quote that starts inside a cited span',
      input: 'sel Tohti, who chairs',
      location: at('sel Tohti, who'),
      expected: 'Person 1, who chairs',
    },
    {
      name: 'spans of another document are not applied',
      input: 'ms tohti spoke',
      location: { doc: 'letter', start: 0 },
      expected: 'ms tohti spoke',
    },
    { name: 'the surname alone', input: 'Ms Tohti spoke', expected: 'Ms Person 1 spoke' },
    {
      name: 'the surname as the first word of another name: unchanged',
      input: 'Tohti Street',
      expected: 'Tohti Street',
    },
    { name: 'the first name alone', input: 'Ask Aysel first.', expected: 'Ask Person 1 first.' },
    {
      name: 'the first name as the first word of another name: unchanged',
      input: 'Aysel Street',
      expected: 'Aysel Street',
    },
    { name: 'a first name in lower case: unchanged', input: 'aysel', expected: 'aysel' },
  ];
  for (const { name, input, location, expected } of cases) {
    it(name, () => expect(redact(input, ds, map, location)).toBe(expected));
  }

  it('is the identity with an empty map', () => {
    expect(redact('Aysel Tohti', ds, new Map())).toBe('Aysel Tohti');
  });
});

/** Every export of every node, with people hidden or not. */
function allExports(ds: Dataset, hidePeople: boolean): Record<string, string> {
  const ids = ds.nodes.map((n) => n.id);
  const summary = `All actors, among them ${ds.nodes.find((n) => n.kind === 'person')?.name ?? ''}`;
  return {
    csv: nodesToCsv(ds, ids, { hidePeople }),
    gexf: toGexf(ds, ids, { hidePeople }),
    graphml: toGraphml(ds, ids, { hidePeople }),
    cite: citeView(ds, {
      url: 'https://example.org/#v',
      summary,
      accessed: '2026-11-22',
      hidePeople,
    }),
  };
}

/** XML escapes a name could hide behind (an apostrophe in a name is written &apos;). */
const plain = (text: string) =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .toLowerCase();

describe('hidePeople in every export', () => {
  const ds = fixture();
  // Names, aliases, bare surnames ("Ms Tohti") and the ids that spell them.
  const revealing = [...PEOPLE_NAMES, 'aysel-tohti', 'jonas-odmark'].map((s) => s.toLowerCase());

  for (const [format, text] of Object.entries(allExports(ds, true))) {
    it(`${format}: no person's name, alias, mention or id survives`, () => {
      const found = revealing.filter((name) => plain(text).includes(name));
      expect(found).toEqual([]);
      expect(text).toContain('Person 1');
    });
  }
  for (const [format, text] of Object.entries(allExports(ds, false))) {
    it(`${format}: without the option, the names are there (so the check above can fail)`, () => {
      expect(plain(text)).toContain('aysel tohti');
    });
  }

  const mini = new URL('../../fixtures/mini-dataset.json', import.meta.url);
  it.runIf(existsSync(mini))('the shared mini dataset: no person name or alias survives', () => {
    const data = JSON.parse(readFileSync(mini, 'utf8')) as Dataset;
    const names = data.nodes
      .filter((n) => n.kind === 'person')
      .flatMap((n) => [n.name, ...n.aliases])
      .map((s) => s.toLowerCase());
    expect(names.length).toBeGreaterThan(0);
    for (const text of Object.values(allExports(data, true))) {
      expect(names.filter((name) => plain(text).includes(name))).toEqual([]);
    }
  });
});
