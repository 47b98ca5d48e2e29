/**
 * The work in progress kept in the browser (IndexedDB through idb-keyval), saved as the person
 * works: a reload loses nothing. What is read back is checked first; a save that does not fit
 * is set aside under another key, never silently replaced.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { readProject, type ImportProject } from './project.ts';

const KEY = 'project';
const SET_ASIDE = 'unreadable-project';

/** Where the project lives; a test passes its own (fake-indexeddb). */
export interface ProjectStore {
  /** The saved project, null when there is none, or why it could not be used. */
  load(): Promise<{ project: ImportProject } | { error: string } | null>;
  save(project: ImportProject): Promise<void>;
  clear(): Promise<void>;
}

/** The page's store: database "coalition-atlas", object store "import". */
export function idbStore(store: UseStore = createStore('coalition-atlas', 'import')): ProjectStore {
  return {
    async load() {
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
