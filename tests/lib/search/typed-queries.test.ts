import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/lib/text/fold.ts';
import {
  makeQuery,
  rivalsOf,
  seeded,
  slip,
  typedQueries,
  typedWords,
} from '../../../src/lib/search/typed-queries.ts';
import type { Dataset } from '../../../src/lib/types.ts';
import { loadMini } from '../graph/mini.ts';

/** Optimal string alignment distance: edits, a swap of neighbours counting one. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

const NAMES = [
  'Norwegian Uyghur Committee',
  'Tibetan Youth Association in Europe',
  'Human Rights in China (HRIC)',
  'Comité de Apoyo al Tíbet - CAT',
  'Le Comité pour la Liberté à Hong-Kong',
  'Uyghur Association of Victoria, Australia',
  "Lawyers' Rights Watch Canada",
  'World Organisation Against Torture (OMCT)',
  'Dolkun Isa',
  'OMCT',
  'U.N.',
  'Mulgangcho',
];

describe('seeded', () => {
  it('gives the same numbers for the same seed, others for another, in [0, 1)', () => {
    const draw = (seed: string) => Array.from({ length: 50 }, seeded(seed));
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
    for (const x of draw('c')) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('typedWords', () => {
  it.each([
    { name: 'Human Rights in China (HRIC)', expected: ['Human', 'Rights', 'in', 'China', 'HRIC'] },
    {
      name: 'Comité de Apoyo al Tíbet - CAT',
      expected: ['Comité', 'de', 'Apoyo', 'al', 'Tíbet', 'CAT'],
    },
    {
      name: 'Uyghur Association of Victoria, Australia',
      expected: ['Uyghur', 'Association', 'of', 'Victoria', 'Australia'],
    },
    {
      name: 'Le Comité pour la Liberté à Hong-Kong',
      expected: ['Le', 'Comité', 'pour', 'la', 'Liberté', 'à', 'Hong-Kong'],
    },
    { name: 'U.N.', expected: ['U.N.'] },
  ])('$name', ({ name, expected }) => expect(typedWords(name)).toEqual(expected));
});

describe('slip', () => {
  it('makes one slip, never on the first letter', () => {
    for (const w of ['Norwegian', 'Uyghur', 'Committee', 'Tibet', 'Liberté', 'Hong-Kong']) {
      for (let s = 0; s < 40; s++) {
        const out = slip(w, seeded(`${w}${s}`));
        expect(out, w).not.toBe(w);
        expect(out[0], w).toBe(w[0]);
        expect(osa(out, w), `${w} → ${out}`).toBe(1);
      }
    }
  });
});

describe('makeQuery', () => {
  const random = () => seeded('test');
  it.each(NAMES)('%s: each class as defined', (name) => {
    const words = typedWords(name);
    const long = words.filter((w) => [...w].filter((c) => /\p{L}/u.test(c)).length >= 5);

    const left = makeQuery('left-out', name, random());
    if (words.length < 2) expect(left).toBeNull();
    else {
      const kept = left!.split(' ');
      expect(kept).toHaveLength(words.length - 1);
      const gone = words.find((w, i) => w !== kept[i])!;
      expect(['de', 'in', 'al', 'la', 'le', 'of']).not.toContain(fold(gone));
    }

    const reordered = makeQuery('reordered', name, random());
    if (words.length < 2) expect(reordered).toBeNull();
    else {
      expect(reordered).not.toBe(words.join(' '));
      expect(reordered!.split(' ').sort()).toEqual([...words].sort());
    }

    const slips = makeQuery('slips', name, random());
    const prefixes = makeQuery('prefixes', name, random());
    if (long.length === 0) {
      expect(slips).toBeNull();
      expect(prefixes).toBeNull();
    } else {
      slips!.split(' ').forEach((w, i) => {
        const was = words[i]!;
        expect(w === was).toBe(!long.includes(was));
      });
      prefixes!.split(' ').forEach((w, i) => {
        const was = words[i]!;
        if (long.includes(was)) {
          expect(was.startsWith(w) && w.length >= 4 && w.length < was.length, w).toBe(true);
        } else expect(w).toBe(was);
      });
    }

    expect(makeQuery('plain', name, random())).toBe(fold(name));
  });

  it('makes the examples of the issue', () => {
    expect(makeQuery('plain', 'Le Comité pour la Liberté à Hong-Kong', random())).toBe(
      'le comite pour la liberte a hong-kong',
    );
  });
});

describe('rivalsOf', () => {
  const mini = loadMini();
  const like = (id: string, name: string) => ({ ...mini.nodes[0]!, id, name, aliases: [] });
  const ds: Dataset = {
    ...mini,
    nodes: [
      like('ua', 'Uyghur Academy'),
      ...['Japan', 'USA', 'Europe', 'Canada', 'Australia'].map((c) =>
        like(`ua-${c.toLowerCase()}`, `Uyghur Academy ${c}`),
      ),
      like('ua-foundation-of-the-long-name', 'Uyghur Academy Foundation of the Long Name'),
    ],
  };
  const rivals = rivalsOf(ds);
  it.each([
    // Four names of three words or fewer hold both words, and the shorter one: ambiguous.
    {
      query: 'Uyghur Academy',
      expected: ['ua', 'ua-usa', 'ua-europe', 'ua-canada', 'ua-australia'],
    },
    { query: 'Uygh Acad', expected: ['ua', 'ua-usa', 'ua-europe', 'ua-canada', 'ua-australia'] },
    { query: 'Academy Japan', expected: [] },
    { query: 'Academy Jap', expected: [] },
  ])('"$query" from Uyghur Academy Japan → $expected', ({ query, expected }) => {
    expect(rivals('ua-japan', 'Uyghur Academy Japan', query)).toEqual(expected);
  });
});

describe('typedQueries on the mini fixture', () => {
  const ds = loadMini();
  const before = structuredClone(ds);
  const queries = typedQueries(ds);

  it('is the same every time, and another seed draws others', () => {
    expect(typedQueries(ds)).toEqual(queries);
    expect(typedQueries(ds, 'another')).not.toEqual(queries);
  });

  it('covers every name and alias of every actor, plain at least', () => {
    const sources = new Set(
      queries.filter((q) => q.cls === 'plain').map((q) => `${q.id}|${q.source}`),
    );
    const names = ds.nodes.flatMap((n) => [n.name, ...n.aliases].map((s) => `${n.id}|${s}`));
    expect([...sources].sort()).toEqual(names.sort());
  });

  it('counts the classes that apply', () => {
    const count = (cls: string) => queries.filter((q) => q.cls === cls).length;
    // 14 names and 8 aliases, of which FEMED, HKDC, OMCT, WUC and OHCHR are one word each.
    expect(count('plain')).toBe(22);
    expect(count('left-out')).toBe(17);
    expect(count('reordered')).toBe(17);
  });

  it('does not mutate the dataset', () => expect(ds).toEqual(before));
});
