import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { debounce, idbStore } from '../../../src/lib/import/store.ts';
import { twoLetters } from './fixture.ts';

let n = 0;
const fresh = () => createStore(`test-${(n += 1)}`, 'import');

describe('idbStore', () => {
  it('gives back what was saved, letters and decisions included', async () => {
    const store = idbStore(fresh());
    expect(await store.load()).toBeNull();
    const { project } = twoLetters();
    await store.save(project);
    expect(await store.load()).toEqual({ project });
    await store.clear();
    expect(await store.load()).toBeNull();
  });

  it('sets aside a save of another shape and says so', async () => {
    const raw = fresh();
    await set('project', { version: 99 }, raw);
    const store = idbStore(raw);
    expect(await store.load()).toEqual({
      error:
        'The saved import does not fit version 2 at version: Invalid type: Expected 2 but received 99. It was set aside and a new import started.',
    });
    expect(await store.load()).toBeNull();
  });
});

describe('debounce', () => {
  it('writes the last value once, or at once on flush', async () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const save = debounce((v: string) => Promise.resolve(void written.push(v)), 300);
    save('a');
    save('b');
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(written).toEqual(['b']);
    save('c');
    await save.flush();
    expect(written).toEqual(['b', 'c']);
    vi.useRealTimers();
  });
});

describe('the journal: the project the page left with', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
      m,
    };
  };
  it('is preferred to the older save, moved into IndexedDB, and let go', async () => {
    const raw = fresh();
    const journal = memory();
    const { project } = twoLetters();
    const before = { ...project, letters: project.letters.slice(0, 1) };
    const store = idbStore(raw, journal);
    await store.save(before);
    store.journal?.(project);
    expect(await idbStore(raw, journal).load()).toEqual({ project });
    expect(journal.m.size).toBe(0);
    expect(await idbStore(raw, null).load()).toEqual({ project });
  });
  it('an unreadable journal changes nothing', async () => {
    const raw = fresh();
    const journal = memory();
    const { project } = twoLetters();
    await idbStore(raw, journal).save(project);
    journal.setItem('coalition-atlas:unsaved-import', '{"version": 99}');
    expect(await idbStore(raw, journal).load()).toEqual({ project });
    expect(journal.m.size).toBe(0);
  });
});
