import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  coSignature,
  coSignedId,
  MAX_PAIRS,
  strokeWeight,
} from '../../../src/lib/compare/cosign.ts';
import { compareLetters, lettersOf } from '../../../src/lib/compare/letters.ts';
import { parseDataset } from '../../../src/lib/dataset/parse.ts';
import { parseViewState, serializeViewState } from '../../../src/lib/url/state.ts';
import type { Dataset, GraphLink } from '../../../src/lib/types.ts';
import { timelineStops } from '../../../src/lib/timeline/stops.ts';
import { twoLetters } from '../import/fixture.ts';

// The built-in map with letters A and B added: three letters, overlapping lists.
const { dataset, project } = twoLetters();
const [a, b] = project.letters.map((l) => l.node) as [string, string];
const builtin = JSON.parse(readFileSync('data/coalition.json', 'utf8')) as Dataset;

/** Every pair's shared letters, the slow obvious way, to check the fast one against. */
function bruteForce(ds: Dataset): Map<string, number> {
  const letters = lettersOf(ds).map((l) => l.id);
  const signed = new Map<string, Set<string>>();
  for (const l of ds.links)
    if (l.relation === 'signed' && letters.includes(l.target))
      signed.set(l.source, (signed.get(l.source) ?? new Set()).add(l.target));
  const ids = [...signed.keys()];
  const out = new Map<string, number>();
  for (const x of ids)
    for (const y of ids) {
      if (x >= y) continue;
      const n = [...(signed.get(x) ?? [])].filter((t) => signed.get(y)?.has(t)).length;
      if (n > 0) out.set(coSignedId(x, y), n);
    }
  return out;
}

describe('coSignature', () => {
  const expected = bruteForce(dataset);
  it.each([1, 2, 3])('at %i letters together: exactly the pairs that signed that many', (k) => {
    const drawn = coSignature(dataset, k);
    if (!drawn.ok) throw new Error(drawn.reason);
    const want = [...expected].filter(([, n]) => n >= k);
    expect(drawn.dataset.links.map((l) => l.id).sort()).toEqual(want.map(([id]) => id).sort());
    expect(Object.fromEntries(drawn.weight)).toEqual(Object.fromEntries(want));
    // The actors are the pairs' ends, with their own ids and data.
    const ends = new Set(want.flatMap(([id]) => id.split('--co_signed--')));
    expect(new Set(drawn.dataset.nodes.map((n) => n.id))).toEqual(ends);
    for (const n of drawn.dataset.nodes) expect(n).toBe(dataset.nodes.find((m) => m.id === n.id));
  });

  it('at 3 letters: one pair, the two actors who signed all three', () => {
    const drawn = coSignature(dataset, 3);
    if (!drawn.ok) throw new Error(drawn.reason);
    expect(drawn.dataset.links).toHaveLength(1);
    expect(drawn.dataset.nodes).toHaveLength(2);
  });

  it('the signers of both A and B are pairwise linked at 2 letters', () => {
    const drawn = coSignature(dataset, 2);
    if (!drawn.ok) throw new Error(drawn.reason);
    const both = compareLetters(dataset, a, b).both.map((n) => n.id);
    expect(both).toHaveLength(3);
    for (const x of both)
      for (const y of both)
        if (x < y) expect(drawn.weight.get(coSignedId(x, y))).toBeGreaterThanOrEqual(2);
  });

  it('cites, for each letter signed together, the signature sentence of each end, verbatim', () => {
    const drawn = coSignature(dataset, 2);
    if (!drawn.ok) throw new Error(drawn.reason);
    const signed = (src: string): GraphLink[] =>
      dataset.links.filter((l) => l.relation === 'signed' && l.source === src);
    for (const link of drawn.dataset.links) {
      expect(link.relation).toBe('co_signed');
      const shared = signed(link.source)
        .map((l) => l.target)
        .filter((t) => signed(link.target).some((l) => l.target === t));
      const cited = [link.source, link.target].flatMap((end) =>
        signed(end)
          .filter((l) => shared.includes(l.target))
          .flatMap((l) => l.citations),
      );
      expect(new Set(link.citations)).toEqual(new Set(cited));
      for (const c of link.citations) {
        const doc = dataset.documents.find((d) => d.id === c.doc);
        expect(doc?.text.slice(c.start, c.end)).toBe(c.quote);
      }
      expect(link.note).toMatch(/^Both signed \d letters: /);
    }
  });

  it('is a dataset of the contract: the schema takes it', () => {
    const drawn = coSignature(dataset, 2);
    if (!drawn.ok) throw new Error(drawn.reason);
    expect(() => parseDataset(JSON.parse(JSON.stringify(drawn.dataset)))).not.toThrow();
    expect(drawn.dataset.positions).toBeUndefined();
  });

  it('refuses a dataset with one letter, with a reason', () => {
    expect(coSignature(builtin, 2)).toEqual({
      ok: false,
      pairs: 0,
      reason: 'it needs two letters or more, each with two signers',
    });
  });

  it(`refuses more than ${MAX_PAIRS} pairs, and asks for a higher number`, () => {
    // Two letters signed by the same 250 actors: 31,125 pairs at any threshold.
    const doc = { ...builtin.documents[0]! };
    const cite = { doc: doc.id, start: 0, end: 1, quote: doc.text.slice(0, 1) };
    const actor = (id: string, kind: 'organisation' | 'coalition') => ({
      ...builtin.nodes.find((n) => n.kind === kind)!,
      id,
      name: id,
      citations: [cite],
    });
    const ids = Array.from({ length: 250 }, (_, i) => `org-${i}`);
    const ds: Dataset = {
      ...builtin,
      documents: [doc],
      nodes: [
        ...ids.map((id) => actor(id, 'organisation')),
        actor('l1', 'coalition'),
        actor('l2', 'coalition'),
      ],
      links: ['l1', 'l2'].flatMap((t) =>
        ids.map((s) => ({
          id: `${s}--signed--${t}`,
          source: s,
          target: t,
          relation: 'signed' as const,
          citations: [cite],
          date: null,
          note: null,
        })),
      ),
    };
    const drawn = coSignature(ds, 2);
    expect(drawn.ok).toBe(false);
    if (!drawn.ok)
      expect(drawn.reason).toBe(
        'over 20,000 pairs signed 2 letters together; choose a higher number',
      );
  });
});

describe('cosign= in a link', () => {
  it('opens the co-signature graph, and names its actors and links', () => {
    const drawn = coSignature(dataset, 2);
    if (!drawn.ok) throw new Error(drawn.reason);
    const link = drawn.dataset.links[0]!;
    const { state, notices } = parseViewState(`?cosign=2&link=${link.id}`, dataset);
    expect(notices).toEqual([]);
    expect(state.cosign).toBe(2);
    expect(state.selection).toEqual({ type: 'link', id: link.id });
    expect(serializeViewState(state)).toBe(`?cosign=2&link=${link.id}`);
  });
  it.each([
    {
      search: '?cosign=4',
      notice: 'Ignored cosign "4": expected a number of letters from 1 to 3.',
    },
    {
      search: '?cosign=two',
      notice: 'Ignored cosign "two": expected a number of letters from 1 to 3.',
    },
  ])('$search is dropped with a notice', ({ search, notice }) => {
    const { state, notices } = parseViewState(search, dataset);
    expect(state.cosign).toBeNull();
    expect(notices).toEqual([notice]);
  });
  it('a letter cannot be selected in the co-signature graph: it draws none', () => {
    const { state, notices } = parseViewState(`?cosign=2&node=${a}`, dataset);
    expect(state.selection).toBeNull();
    expect(notices).toEqual([`Ignored node "${a}": no such node in this dataset.`]);
  });
  it('the built-in map has one letter: no co-signature graph', () => {
    const { state, notices } = parseViewState('?cosign=1', builtin);
    expect(state.cosign).toBeNull();
    expect(notices).toEqual([
      'Ignored cosign "1": this dataset has fewer than two letters to compare.',
    ]);
  });
});

describe('a threshold no pair reaches', () => {
  it('is refused with a reason, not drawn as an empty graph', () => {
    const two = JSON.parse(readFileSync('tests/fixtures/two-letters.json', 'utf8')) as Dataset;
    // One actor signed both letters of this fixture: no pair signed two together.
    expect(coSignature(two, 2)).toEqual({
      ok: false,
      pairs: 0,
      reason: 'no two actors signed 2 letters together',
    });
    const one = coSignature(two, 1);
    expect(one.ok && one.dataset.links.length).toBe(bruteForce(two).size);
  });
});

describe('on the timeline', () => {
  it('the letters are stops in date order, and a pair appears when it reaches the threshold', () => {
    const letters = lettersOf(dataset);
    const days = timelineStops(dataset).map((s) => s.day);
    const at = letters.map((l) => days.indexOf(l.date!));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    const drawn = coSignature(dataset, 2);
    if (!drawn.ok) throw new Error(drawn.reason);
    for (const link of drawn.dataset.links) {
      const together = letters.filter((l) =>
        [link.source, link.target].every((end) =>
          dataset.links.some(
            (s) => s.relation === 'signed' && s.source === end && s.target === l.id,
          ),
        ),
      );
      expect(link.date).toBe(together[1]!.date);
    }
  });
});

describe('strokeWeight', () => {
  it.each([
    [1, 1],
    [2, 2.5],
    [3, 4],
    [6, 8.5],
    [9, 8.5],
  ])('%i letters together → %f', (n, w) => expect(strokeWeight(n)).toBe(w));
});
