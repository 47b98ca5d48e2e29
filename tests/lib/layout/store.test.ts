import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readLayout, STORE_LIMIT, writeLayout } from '../../../src/lib/layout/store.ts';

const positions = (...xs: number[]) => Float32Array.from(xs);

describe('layout store', () => {
  it('gives back what was written, in the order asked for', async () => {
    await writeLayout('k1', ['a', 'b'], positions(1, 2, 3, 4));
    expect([...(await readLayout('k1', ['a', 'b']))!]).toEqual([1, 2, 3, 4]);
    expect([...(await readLayout('k1', ['b', 'a']))!]).toEqual([3, 4, 1, 2]);
  });

  const misses = [
    { name: 'an unknown key', key: 'nope', ids: ['a', 'b'] },
    { name: 'another node set', key: 'k2', ids: ['a', 'c'] },
    { name: 'fewer nodes', key: 'k2', ids: ['a'] },
  ];
  for (const m of misses) {
    it(`misses on ${m.name}`, async () => {
      await writeLayout('k2', ['a', 'b'], positions(1, 2, 3, 4));
      expect(await readLayout(m.key, m.ids)).toBeNull();
    });
  }

  it('misses on a damaged entry (a non-finite coordinate)', async () => {
    await writeLayout('k3', ['a'], positions(NaN, 1));
    expect(await readLayout('k3', ['a'])).toBeNull();
  });

  it('does not keep the caller’s buffer: transferring it later leaves the entry whole', async () => {
    const p = positions(5, 6);
    await writeLayout('k4', ['a'], p);
    structuredClone(p, { transfer: [p.buffer] });
    expect([...(await readLayout('k4', ['a']))!]).toEqual([5, 6]);
  });

  it(`keeps the ${STORE_LIMIT} most recent layouts`, async () => {
    for (let i = 0; i <= STORE_LIMIT; i++) await writeLayout(`r${i}`, ['a'], positions(i, i));
    expect(await readLayout('r0', ['a'])).toBeNull();
    expect([...(await readLayout('r1', ['a']))!]).toEqual([1, 1]);
    expect([...(await readLayout(`r${STORE_LIMIT}`, ['a']))!]).toEqual([STORE_LIMIT, STORE_LIMIT]);
  });
});
