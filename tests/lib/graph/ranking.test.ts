import { describe, expect, it } from 'vitest';
import { isHub, labelPriority } from '../../../src/lib/graph/encoding.ts';
import { indexGraph } from '../../../src/lib/graph/graph-index.ts';
import { byPriorityOf, hubsOf } from '../../../src/lib/graph/ranking.ts';
import { loadMini } from './mini.ts';

describe('rankings per dataset', () => {
  const ds = loadMini();
  const before = structuredClone(ds);
  const { degree } = indexGraph(ds);
  const priority = (id: string) =>
    labelPriority(
      ds.nodes.find((n) => n.id === id)!,
      degree.get(id)!,
    );

  it('orders the actors by label priority, highest first, dataset order among equals', () => {
    const order = byPriorityOf(ds).map((n) => n.id);
    expect(order[0]).toBe('open-letter-2022-03-08');
    expect(order).toHaveLength(ds.nodes.length);
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1]!, order[i]!];
      expect(priority(a)).toBeGreaterThanOrEqual(priority(b));
      if (priority(a) === priority(b))
        expect(ds.nodes.findIndex((n) => n.id === a)).toBeLessThan(
          ds.nodes.findIndex((n) => n.id === b),
        );
    }
  });

  it('names the hubs, and builds each once per dataset without touching it', () => {
    expect([...hubsOf(ds)]).toEqual(
      ds.nodes.filter((n) => isHub(n, degree.get(n.id)!)).map((n) => n.id),
    );
    expect(hubsOf(ds).size).toBeGreaterThan(0);
    expect(byPriorityOf(ds)).toBe(byPriorityOf(ds));
    expect(hubsOf(ds)).toBe(hubsOf(ds));
    expect(hubsOf(structuredClone(ds))).not.toBe(hubsOf(ds));
    expect(ds).toEqual(before);
  });
});
