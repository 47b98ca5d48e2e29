/**
 * The layout store: settled layouts kept in IndexedDB per dataset fingerprint (`layoutKey`),
 * so opening the same dataset again draws its settled picture at once instead of laying it
 * out again. A cache of a pure function: a miss, a stale or damaged entry, or no IndexedDB at
 * all (private windows may refuse it) only means computing again. The few most recent
 * layouts are kept; older ones are dropped so the store does not grow without end.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/** Layouts kept; a 20,000-node layout is 160 KB of positions plus its ids. */
export const STORE_LIMIT = 8;
/**
 * Bumped when the stored shape changes; older entries are then ignored. 2: the page lists the
 * keys it stored (stored-keys.ts), so entries written before that list are not read.
 */
const VERSION = 2;

interface Entry {
  version: number;
  ids: string[];
  positions: Float32Array;
}

let store: UseStore | null = null;
const db = () => (store ??= createStore('coalition-atlas-layouts', 'layouts'));
const RECENT = 'recent';

/**
 * Open the database now (idb-keyval opens it lazily, at the first read) so that the first
 * read does not wait for it; failures are the first read's to report.
 */
export function openStore(): void {
  get(RECENT, db()).catch(() => undefined);
}

/**
 * The stored positions for `key`, in the order of `ids`, or null. An entry whose nodes are not
 * exactly `ids` (another order is fine) counts as a miss.
 */
export async function readLayout(
  key: string,
  ids: readonly string[],
): Promise<Float32Array | null> {
  const entry = (await get<Entry>(`layout:${key}`, db())) ?? null;
  if (!entry || entry.version !== VERSION || entry.ids.length !== ids.length) return null;
  if (!(entry.positions instanceof Float32Array) || entry.positions.length !== ids.length * 2) {
    return null;
  }
  const at = new Map(entry.ids.map((id, i) => [id, i]));
  const out = new Float32Array(ids.length * 2);
  for (let i = 0; i < ids.length; i++) {
    const j = at.get(ids[i]!);
    if (j === undefined) return null;
    const x = entry.positions[2 * j]!;
    const y = entry.positions[2 * j + 1]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
    out[2 * i] = x;
    out[2 * i + 1] = y;
  }
  return out;
}

/** Keep `positions` (in the order of `ids`) for `key`; drops the oldest past STORE_LIMIT. */
export async function writeLayout(
  key: string,
  ids: readonly string[],
  positions: Float32Array,
): Promise<void> {
  const entry: Entry = { version: VERSION, ids: [...ids], positions: positions.slice() };
  await set(`layout:${key}`, entry, db());
  const recent = ((await get<string[]>(RECENT, db())) ?? []).filter((k) => k !== key);
  recent.unshift(key);
  for (const old of recent.splice(STORE_LIMIT)) await del(`layout:${old}`, db());
  await set(RECENT, recent, db());
}
