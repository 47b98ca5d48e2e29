import { describe, expect, it } from 'vitest';
import { STORE_LIMIT } from '../../../src/lib/layout/store.ts';
import { mayBeStored, noteStored, nothingStored } from '../../../src/lib/layout/stored-keys.ts';

const LISTED = 'coalition-atlas:stored-layouts';

function storage(entries: Record<string, string> = {}, full = false) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      map.set(k, v);
    },
  };
}

describe('the keys the layout store holds, as the page listed them', () => {
  it('nothing listed yet: surely not stored', () => {
    expect(mayBeStored('k1', storage())).toBe(false);
  });

  it('listed once the worker stored it, most recent first', () => {
    const s = storage();
    noteStored('k1', s);
    noteStored('k2', s);
    noteStored('k1', s);
    expect(mayBeStored('k1', s)).toBe(true);
    expect(mayBeStored('k2', s)).toBe(true);
    expect(mayBeStored('k3', s)).toBe(false);
    expect(JSON.parse(s.map.get(LISTED)!)).toEqual(['k1', 'k2']);
  });

  it(`keeps the ${STORE_LIMIT} most recent, as the store keeps its layouts`, () => {
    const s = storage();
    for (let i = 0; i <= STORE_LIMIT; i++) noteStored(`k${i}`, s);
    expect(mayBeStored('k0', s)).toBe(false);
    expect(mayBeStored(`k${STORE_LIMIT}`, s)).toBe(true);
    expect(JSON.parse(s.map.get(LISTED)!)).toHaveLength(STORE_LIMIT);
  });

  it('no localStorage, or a damaged list: nothing is sure, so the store is asked', () => {
    expect(mayBeStored('k1', null)).toBe(true);
    expect(mayBeStored('k1', storage({ [LISTED]: '{not json' }))).toBe(true);
    expect(mayBeStored('k1', storage({ [LISTED]: '{"k1":1}' }))).toBe(true);
  });

  it('a full localStorage loses the note, not the page', () => {
    const s = storage({}, true);
    expect(() => noteStored('k1', s)).not.toThrow();
    expect(mayBeStored('k1', s)).toBe(false);
  });

  it('nothingStored: only a readable, empty list is sure of it', () => {
    expect(nothingStored(storage())).toBe(true);
    expect(nothingStored(storage({ [LISTED]: '[]' }))).toBe(true);
    const s = storage();
    noteStored('k1', s);
    expect(nothingStored(s)).toBe(false);
    expect(nothingStored(null)).toBe(false);
    expect(nothingStored(storage({ [LISTED]: '{"not":"a list"}' }))).toBe(false);
  });
});
