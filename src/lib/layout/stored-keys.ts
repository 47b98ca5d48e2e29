/**
 * The keys the layout store holds, as this page last wrote them, in `localStorage`: read at once,
 * where the store (IndexedDB, in the worker) answers only after the worker has received the
 * request and read it: 40–190 ms after the request at 5,000 actors on this machine (issue 10).
 * On a dataset whose key is not listed, the page draws its seeds without waiting for that answer.
 *
 * A hint, never the truth: a key listed but no longer stored (another tab's writes dropped it)
 * waits for the worker's answer, as before; a key stored but not listed (another tab wrote it)
 * draws the seeds, then the stored layout when the worker sends it. The store's entries from
 * before this list (its `VERSION` 1) are not read, so a fresh list means an empty store.
 */
import { STORE_LIMIT } from './store.ts';
import { pageStorage } from '../storage/page-storage.ts';

/** What this needs of `localStorage` (a test passes a Map-backed one). */
export type KeyStorage = Pick<Storage, 'getItem' | 'setItem'>;

const LIST = 'coalition-atlas:stored-layouts';

function read(storage: KeyStorage): string[] | null {
  try {
    const list: unknown = JSON.parse(storage.getItem(LIST) ?? '[]');
    return Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : null;
  } catch {
    return null;
  }
}

/**
 * False only when `key` is surely not stored: the list is readable and lacks it. Without
 * `localStorage` (Node, a browser that forbids it) nothing is sure: true.
 */
export function mayBeStored(key: string, storage: KeyStorage | null = pageStorage()): boolean {
  const list = storage ? read(storage) : null;
  return list === null || list.includes(key);
}

/**
 * True only when surely nothing is stored: the list is readable and empty (a browser that never
 * laid a large graph out). Then no key needs computing to know a dataset is not stored.
 */
export function nothingStored(storage: KeyStorage | null = pageStorage()): boolean {
  const list = storage ? read(storage) : null;
  return list !== null && list.length === 0;
}

/** The worker stored the layout of `key`: listed first, the list cut as the store cuts its own. */
export function noteStored(key: string, storage: KeyStorage | null = pageStorage()): void {
  if (!storage) return;
  const list = (read(storage) ?? []).filter((k) => k !== key);
  list.unshift(key);
  try {
    storage.setItem(LIST, JSON.stringify(list.slice(0, STORE_LIMIT)));
  } catch {
    // Full or forbidden: the next open waits for the worker's answer, as without the list.
  }
}
