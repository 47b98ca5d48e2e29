import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/dataset/parse.ts';
import { generateDataset, kindCounts } from '../../../src/lib/synthetic/generate.ts';
import { seededRandom, zipf, zipfTable } from '../../../src/lib/synthetic/random.ts';

const degrees = (ds: ReturnType<typeof generateDataset>) => {
  const deg = new Map<string, number>(ds.nodes.map((n) => [n.id, 0]));
  for (const l of ds.links) for (const e of [l.source, l.target]) deg.set(e, deg.get(e)! + 1);
  return [...deg.values()].sort((a, b) => b - a);
};

describe('generateDataset', () => {
  const cases = [
    { nodes: 40, links: 48 },
    { nodes: 250, links: 300 },
    { nodes: 1000, links: 1200 },
    { nodes: 3000, links: 3600 },
  ];
  for (const { nodes, links } of cases) {
    it(`${nodes} nodes: ${links} links, accepted by the app's own gate`, () => {
      const ds = generateDataset({ nodes, seed: 7 });
      // Through JSON, as the app receives it.
      const parsed = parseDataset(JSON.parse(JSON.stringify(ds)));
      expect(parsed.nodes).toHaveLength(nodes);
      expect(parsed.links).toHaveLength(links);
      expect(new Set(parsed.nodes.map((n) => n.name)).size).toBe(nodes);
    });
  }

  it('has a few big hubs: the largest letter holds over a third of the signatures at 1,000', () => {
    const deg = degrees(generateDataset({ nodes: 1000, seed: 1 }));
    expect(deg[0]).toBeGreaterThan(333);
    expect(deg[Math.floor(deg.length / 2)]).toBeLessThanOrEqual(2);
  });

  it('every citation is the exact text of its document at its offsets', () => {
    const ds = generateDataset({ nodes: 400, seed: 3 });
    const text = new Map(ds.documents.map((d) => [d.id, d.text]));
    const all = [...ds.nodes.flatMap((n) => n.citations), ...ds.links.flatMap((l) => l.citations)];
    expect(all.length).toBeGreaterThan(800);
    for (const c of all) expect(text.get(c.doc)!.slice(c.start, c.end)).toBe(c.quote);
    const link = ds.links.find((l) => l.relation === 'signed')!;
    const source = ds.nodes.find((n) => n.id === link.source)!;
    const target = ds.nodes.find((n) => n.id === link.target)!;
    expect(link.citations[0]!.quote).toBe(`${source.name} signed ${target.name}.`);
  });

  it('is deterministic per seed, and another seed gives another dataset', () => {
    const a = JSON.stringify(generateDataset({ nodes: 300, seed: 5 }));
    expect(JSON.stringify(generateDataset({ nodes: 300, seed: 5 }))).toBe(a);
    expect(JSON.stringify(generateDataset({ nodes: 300, seed: 6 }))).not.toBe(a);
  });

  it('says it is invented, in every document title', () => {
    const ds = generateDataset({ nodes: 2000, seed: 1 });
    expect(ds.documents.length).toBeGreaterThan(1);
    for (const d of ds.documents)
      expect(d.title).toMatch(/^Synthetic document \d+ \(generated, seed 1\)$/);
  });

  it('refuses fewer than 10 nodes with the reason', () => {
    expect(() => generateDataset({ nodes: 5 })).toThrow('need at least 10 nodes, got 5');
  });
});

describe('kindCounts', () => {
  const cases = [
    {
      n: 250,
      expected: { coalition: 3, government: 2, intergovernmental: 1, media: 1, report: 1 },
    },
    {
      n: 20000,
      expected: { coalition: 50, government: 20, intergovernmental: 10, media: 13, report: 7 },
    },
  ];
  for (const { n, expected } of cases) {
    it(`${n}: hubs and institutions, the rest organisations and people`, () => {
      const counts = kindCounts(n);
      expect(counts).toMatchObject(expected);
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(n);
    });
  }
});

describe('random', () => {
  it('repeats per seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('zipf favours the first index about twice as often as the second', () => {
    const r = seededRandom(1);
    const table = zipfTable(5);
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < 20000; i++) counts[zipf(r, table)]! += 1;
    expect(counts[0]! / counts[1]!).toBeGreaterThan(1.8);
    expect(counts[0]! / counts[1]!).toBeLessThan(2.2);
    expect(counts[4]).toBeGreaterThan(0);
  });
});
