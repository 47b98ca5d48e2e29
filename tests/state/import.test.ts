import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { datasetKey } from '../../src/lib/import/base.ts';
import { idbStore } from '../../src/lib/import/store.ts';
import { serialise } from '../../src/lib/pipeline/build.ts';
import type { Dataset } from '../../src/lib/types.ts';
import { ImportState } from '../../src/state/import.svelte.ts';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Dataset;
const mini = read('tests/fixtures/mini-dataset.json');
const hand = read('tests/fixtures/two-letters.json');
const letterA = readFileSync('tests/fixtures/import/letter-a.txt', 'utf8');
const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
};
let n = 0;
/** A fresh browser's storage; `open()` is a page (re)loading on it. */
function browser() {
  const raw = createStore(`import-state-${(n += 1)}`, 'import');
  const journal = memory();
  return { raw, open: () => new ImportState(idbStore(raw, journal)) };
}
const opened = (dataset: Dataset, title = 'Mini') => ({ dataset, title, built: false });

describe('ImportState on a map opened from a file', () => {
  it('starts on a map that rebuilds unchanged, keeps it, and finds it again after a reload', async () => {
    const b = browser();
    const first = b.open();
    await first.load(opened(mini));
    expect([first.base.check, first.project.base]).toEqual([
      null,
      { title: 'Mini', key: datasetKey(mini) },
    ]);
    first.addLetter(letterA, 'letter-a.txt');
    await first.flush();
    // A reload on the built-in map: the work still adds to the opened map, kept in IndexedDB.
    const again = b.open();
    await again.load('builtin');
    expect([again.project.base, again.elsewhere, again.message]).toEqual([
      { title: 'Mini', key: datasetKey(mini) },
      true,
      null,
    ]);
    expect(serialise(again.base.dataset)).toBe(serialise(mini));
    expect(again.project.letters.map((l) => l.list.length)).toEqual([9]);
    const built = again.build();
    if (!('dataset' in built)) throw new Error(built.errors.join('\n'));
    // Every actor of the opened map is still there, and letter A's 9 signed it.
    const ids = new Set(built.dataset.nodes.map((n) => n.id));
    expect(mini.nodes.filter((n) => !ids.has(n.id))).toEqual([]);
    const letter = again.project.letters[0]!.node;
    expect(built.dataset.links.filter((l) => l.target === letter).length).toBe(9);
    // The same map opened again is the base, not "elsewhere".
    const same = b.open();
    await same.load(opened(read('tests/fixtures/mini-dataset.json')));
    expect(same.elsewhere).toBe(false);
  });

  it('starts over on the same map, or on the map open now', async () => {
    const b = browser();
    const first = b.open();
    await first.load(opened(mini));
    first.addLetter(letterA, 'letter-a.txt');
    await first.flush();
    const state = b.open();
    await state.load('builtin');
    await state.reset('builtin', true);
    expect([state.project.base, state.project.letters.length, state.elsewhere]).toEqual([
      { title: 'Mini', key: datasetKey(mini) },
      0,
      true,
    ]);
    await state.reset('builtin');
    expect([state.project.base, state.elsewhere]).toEqual(['builtin', false]);
    const built = state.build();
    expect('dataset' in built && built.dataset.nodes.length).toBe(247);
  });

  it('moves a project with no letter yet to the map open now', async () => {
    const b = browser();
    await b.open().load('builtin');
    const state = b.open();
    await state.load(opened(mini));
    expect([state.project.base, state.elsewhere]).toEqual([
      { title: 'Mini', key: datasetKey(mini) },
      false,
    ]);
  });

  it('waits for the person when the rebuild changes the map: go on, or an empty map', async () => {
    const b = browser();
    const state = b.open();
    await state.load(opened(hand, 'River'));
    expect(
      state.base.check && 'changes' in state.base.check && state.base.check.changes.length,
    ).toBe(5);
    await state.decide(true);
    expect([state.base.check, state.project.base]).toEqual([
      null,
      { title: 'River', key: datasetKey(hand) },
    ]);
    const other = b.open();
    await other.reset(opened(hand, 'River'));
    await other.decide(false);
    expect([other.base.check, other.project.base, other.base.dataset]).toEqual([
      null,
      'empty',
      null,
    ]);
  });

  it('says so when the map the work adds to is no longer kept, and builds nothing', async () => {
    const b = browser();
    const first = b.open();
    await first.load(opened(mini));
    first.addLetter(letterA, 'letter-a.txt');
    await first.flush();
    const { del } = await import('idb-keyval');
    await del('base', b.raw);
    const state = b.open();
    await state.load('builtin');
    expect(state.message).toBe(
      'The letters here are added to the map “Mini”, which this browser no longer keeps: open its file again and choose “Start over” to add them to it, or start over on the map open now.',
    );
    const built = state.build();
    expect('errors' in built && built.errors).toEqual([state.message]);
  });
});
