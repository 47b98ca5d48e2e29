/**
 * The work in progress kept in the browser (IndexedDB through idb-keyval), saved as the person
 * works: a reload loses nothing. What is read back is checked first; a save that does not fit
 * is set aside under another key, never silently replaced.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { readProject, type ImportProject } from './project.ts';
import { pageStorage } from '../storage/page-storage.ts';

const KEY = 'project';
const SET_ASIDE = 'unreadable-project';
/** The opened map a project adds to, with its key: `{ key, dataset }`. */
const BASE = 'base';
/** localStorage key of the project the page last left with (see `journal`). */
export const JOURNAL_KEY = 'coalition-atlas:unsaved-import';

/** Where the project lives; a test passes its own (fake-indexeddb). */
export interface ProjectStore {
  /** The saved project, null when there is none, or why it could not be used. */
  load(): Promise<{ project: ImportProject } | { error: string } | null>;
  save(project: ImportProject): Promise<void>;
  clear(): Promise<void>;
  /** Keep the opened map a project adds to (once, when the project starts on it). */
  saveBase(key: string, dataset: unknown): Promise<void>;
  /** The opened map kept under `key`, or undefined when another or none is kept. */
  loadBase(key: string): Promise<unknown>;
  /**
   * The project as the page leaves, written synchronously: IndexedDB may drop a write a page
   * starts while it unloads, localStorage does not. The next `load` prefers it (it is the
   * newest by construction) and moves it into IndexedDB.
   */
  journal?(project: ImportProject): void;
}

/** What the journal needs of localStorage (a test passes a Map-backed one). */
export type Journal = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The page's store: database "coalition-atlas", object store "import". */
export function idbStore(
  store: UseStore = createStore('coalition-atlas', 'import'),
  journal: Journal | null = pageStorage(),
): ProjectStore {
  /** The journalled project moved into IndexedDB (an unusable one is let go). */
  async function replay(): Promise<void> {
    const text = journal?.getItem(JOURNAL_KEY) ?? null;
    if (text === null) return;
    let raw: unknown = null;
    try {
      raw = JSON.parse(text);
    } catch {
      // unreadable: IndexedDB keeps what it has
    }
    const read = readProject(raw);
    if ('project' in read) await set(KEY, read.project, store);
    journal?.removeItem(JOURNAL_KEY);
  }
  return {
    journal(project) {
      try {
        journal?.setItem(JOURNAL_KEY, JSON.stringify(project));
      } catch {
        // Full (a long PDF's text) or forbidden: the IndexedDB write still runs.
      }
    },
    async load() {
      await replay();
      const raw: unknown = await get(KEY, store);
      if (raw === undefined) return null;
      const read = readProject(raw);
      if ('error' in read) {
        // Kept for whoever can mend it; the importer starts afresh beside it.
        await set(SET_ASIDE, raw, store);
        await del(KEY, store);
        return { error: `${read.error} It was set aside and a new import started.` };
      }
      return read;
    },
    save: (project) => set(KEY, project, store),
    clear: () => del(KEY, store),
    saveBase: (key, dataset) => set(BASE, { key, dataset }, store),
    async loadBase(key) {
      const raw: unknown = await get(BASE, store);
      const kept = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      return kept['key'] === key ? kept['dataset'] : undefined;
    },
  };
}

/**
 * `const save = debounce((p) => store.save(p), 300)`: the last call within `ms` wins;
 * `save.flush()` writes at once (on pagehide).
 */
export function debounce<T>(
  write: (value: T) => Promise<void>,
  ms: number,
): ((value: T) => void) & { flush(): Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;
  const flush = async () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const next = pending;
    pending = null;
    if (next) await write(next.value);
  };
  const call = (value: T) => {
    pending = { value };
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  };
  return Object.assign(call, { flush });
}
