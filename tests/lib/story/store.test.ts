import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../src/lib/story/draft.ts';
import { Saver, type SaveStatus } from '../../../src/lib/story/saver.ts';
import { DRAFT_VERSION, DraftStore, draftId, migrate } from '../../../src/lib/story/store.ts';

const REF = { edition: '2022-09-01', title: 'Open letter' };
const VIEW = { filters: {}, highlight: [], selection: null, zoom: 'fit' as const, asOf: null };

function draft(id: string, updated: string, title = 'Talk'): Draft {
  return {
    id,
    created: '2026-12-01T10:00:00.000Z',
    updated,
    story: {
      title,
      dataset: REF,
      steps: [
        { id: 'step-1', title: 'One', caption: 'A.', notes: 'N.', citations: [], view: VIEW },
      ],
    },
  };
}

let n = 0;
/** A fresh database per test, so tests do not see each other's drafts. */
function fresh() {
  n += 1;
  const raw = createStore(`test-${n}`, 'stories');
  return { raw, store: new DraftStore(raw) };
}

describe('migrate: stored records brought to the current shape', () => {
  const current = { version: DRAFT_VERSION, draft: draft('a', '2026-12-02T00:00:00.000Z') };
  it.each([
    { name: 'current record', raw: current, expected: current.draft },
    { name: 'a newer version is not read', raw: { ...current, version: 99 }, expected: null },
    { name: 'not a record', raw: 'hello', expected: null },
    { name: 'a record without a story', raw: { version: 1, draft: { id: 'x' } }, expected: null },
  ])('$name', ({ raw, expected }) => {
    const before = JSON.stringify(raw);
    expect(migrate(raw)).toEqual(expected);
    expect(JSON.stringify(raw)).toBe(before);
  });

  it('version 0 steps get notes "" when they had none', () => {
    const old = {
      draft: { ...draft('a', 'x'), story: { title: 't', dataset: REF, steps: [{ id: 's' }] } },
    };
    expect(migrate(old)?.story.steps[0]).toEqual({ notes: '', id: 's' });
  });
});

describe('DraftStore (IndexedDB)', () => {
  it('keeps several drafts, newest first, and reads one back', async () => {
    const { store } = fresh();
    await store.put(draft('a', '2026-12-02T09:00:00.000Z', 'Seminar'));
    await store.put(draft('b', '2026-12-03T09:00:00.000Z', 'Briefing'));
    const { drafts, unreadable } = await store.list();
    expect(drafts.map((d) => d.story.title)).toEqual(['Briefing', 'Seminar']);
    expect(unreadable).toBe(0);
    expect(await store.get('a')).toEqual(draft('a', '2026-12-02T09:00:00.000Z', 'Seminar'));
    await store.remove('a');
    expect((await store.list()).drafts.map((d) => d.id)).toEqual(['b']);
  });

  it('refuses to write something that is not a draft, and the good one stays', async () => {
    const { store } = fresh();
    await store.put(draft('a', '2026-12-02T09:00:00.000Z'));
    const bad = { id: 'a', story: { title: 'x' } } as unknown as Draft;
    await expect(store.put(bad)).rejects.toThrow('Not saved');
    expect((await store.get('a'))?.story.steps).toHaveLength(1);
  });

  it('an unreadable record is counted, not lost', async () => {
    const { raw, store } = fresh();
    await set('weird', { version: 99, draft: {} }, raw);
    await store.put(draft('a', '2026-12-02T09:00:00.000Z'));
    expect(await store.list()).toMatchObject({ unreadable: 1, drafts: [{ id: 'a' }] });
  });

  it('draftId: time then randomness', () => {
    expect(draftId(0, () => 0.5)).toBe('0-i');
    expect(draftId(1_700_000_000_000, () => 0.123456789)).toMatch(/^loyw3v28-4fzzzxjy/);
  });
});

describe('Saver: debounced saves that never block typing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes only the latest value once typing pauses', async () => {
    const written: string[] = [];
    const statuses: SaveStatus[] = [];
    const saver = new Saver<string>(
      async (v) => void written.push(v),
      300,
      (s) => statuses.push(s),
    );
    saver.schedule('T');
    vi.advanceTimersByTime(100);
    saver.schedule('Ta');
    vi.advanceTimersByTime(100);
    saver.schedule('Tal');
    expect(written).toEqual([]);
    expect(saver.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(300);
    expect(written).toEqual(['Tal']);
    expect(statuses.at(-1)).toBe('saved');
    expect(saver.pending).toBe(false);
  });

  it('flush writes at once (leaving the page), and then nothing is left to write', async () => {
    const written: string[] = [];
    const saver = new Saver<string>(async (v) => void written.push(v), 300);
    saver.schedule('Talk');
    await saver.flush();
    expect(written).toEqual(['Talk']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual(['Talk']);
  });

  it('a failed write says so; the next change tries again', async () => {
    let fail = true;
    const statuses: SaveStatus[] = [];
    const saver = new Saver<string>(
      async () => {
        if (fail) throw new Error('quota');
      },
      10,
      (s) => statuses.push(s),
    );
    saver.schedule('a');
    await saver.flush();
    expect(statuses.at(-1)).toBe('failed');
    fail = false;
    saver.schedule('b');
    await saver.flush();
    expect(statuses.at(-1)).toBe('saved');
  });
});

/** A Map-backed stand-in for localStorage. */
function memoryStorage() {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    key: (i: number) => [...m.keys()][i] ?? null,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    map: m,
  };
}

describe('the journal: a change the page left with', () => {
  it('a journalled draft newer than the stored one replaces it on the next list, once', async () => {
    n += 1;
    const raw = createStore(`test-${n}`, 'stories');
    const journal = memoryStorage();
    const store = new DraftStore(raw, journal);
    await store.put(draft('a', '2026-12-02T09:00:00.000Z', 'Before'));
    // The page went away with a newer version not yet in IndexedDB.
    store.journal(draft('a', '2026-12-02T09:00:05.000Z', 'After'));
    const next = new DraftStore(raw, journal);
    const { drafts } = await next.list();
    expect(drafts.map((d) => d.story.title)).toEqual(['After']);
    expect(journal.map.size).toBe(0);
    expect((await new DraftStore(raw, journal).get('a'))?.story.title).toBe('After');
  });

  it('an older or unreadable journal entry changes nothing and is let go', async () => {
    n += 1;
    const raw = createStore(`test-${n}`, 'stories');
    const journal = memoryStorage();
    const store = new DraftStore(raw, journal);
    await store.put(draft('a', '2026-12-02T09:00:05.000Z', 'Newer'));
    store.journal(draft('a', '2026-12-02T09:00:00.000Z', 'Older'));
    journal.setItem('coalition-atlas:unsaved:b', '{not json');
    const { drafts, unreadable } = await store.list();
    expect(drafts.map((d) => d.story.title)).toEqual(['Newer']);
    expect(unreadable).toBe(0);
    expect(journal.map.size).toBe(0);
  });

  it('Saver.unsaved holds the last value until its write is done', async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const saver = new Saver<string>(() => gate, 1000);
    saver.schedule('x');
    expect(saver.unsaved).toBe('x');
    const done = saver.flush();
    expect(saver.unsaved).toBe('x');
    release();
    await done;
    expect(saver.unsaved).toBeNull();
  });
});
