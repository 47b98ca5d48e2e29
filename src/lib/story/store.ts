/**
 * The speaker's drafts in the browser (IndexedDB, through idb-keyval): one record per story,
 * in a versioned shape. A record written by an older version is brought up to date by the
 * `MIGRATIONS` table when it is read; a record nothing can read is left where it is (counted,
 * never deleted or overwritten), so a bug or a newer tab never costs a speaker their talk.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { isObject, type JsonObject } from './fields.ts';
import type { Draft } from './draft.ts';
import { pageStorage } from '../storage/page-storage.ts';

/** The shape of the records this code writes. */
export const DRAFT_VERSION = 1;

/**
 * From version N to N+1, one row each. Version 0 (no `version` field: the first drafts) kept
 * steps without `notes`.
 */
const MIGRATIONS: Record<number, (old: JsonObject) => JsonObject> = {
  0: (old) => {
    const draft = isObject(old.draft) ? old.draft : {};
    const story = isObject(draft.story) ? draft.story : {};
    const steps = Array.isArray(story.steps) ? story.steps : [];
    return {
      version: 1,
      draft: {
        ...draft,
        story: {
          ...story,
          steps: steps.map((s: unknown) => (isObject(s) ? { notes: '', ...s } : s)),
        },
      },
    };
  },
};

/** True when `d` has a draft's shape (the story itself is checked when it is opened). */
export function isDraft(d: unknown): d is Draft {
  if (!isObject(d) || !isObject(d.story)) return false;
  const { story } = d;
  return (
    typeof d.id === 'string' &&
    typeof d.created === 'string' &&
    typeof d.updated === 'string' &&
    typeof story.title === 'string' &&
    isObject(story.dataset) &&
    typeof story.dataset.edition === 'string' &&
    typeof story.dataset.title === 'string' &&
    Array.isArray(story.steps)
  );
}

/** A stored record brought to `DRAFT_VERSION`, or null when it cannot be read. */
export function migrate(raw: unknown): Draft | null {
  if (!isObject(raw)) return null;
  let record: JsonObject = raw;
  let version = typeof raw.version === 'number' ? raw.version : 0;
  while (version < DRAFT_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return null;
    record = step(record);
    version += 1;
  }
  if (version !== DRAFT_VERSION) return null; // written by a newer version: leave it be
  return isDraft(record.draft) ? record.draft : null;
}

/** A new draft id: time, then randomness (`crypto.randomUUID` needs a secure context). */
export function draftId(now = Date.now(), random = Math.random): string {
  return `${now.toString(36)}-${random().toString(36).slice(2, 10)}`;
}

/** What the journal needs of `localStorage` (tests pass a Map-backed one). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The journal's keys: `coalition-atlas:unsaved:<draft id>`. */
const JOURNAL = 'coalition-atlas:unsaved:';

/**
 * The drafts of this browser. `store` defaults to the database `coalition-atlas`; `journal`
 * to `localStorage`.
 */
export class DraftStore {
  #store: UseStore | null;
  readonly #journal: JournalStorage | null;

  constructor(store?: UseStore, journal: JournalStorage | null = pageStorage()) {
    this.#store = store ?? null;
    this.#journal = journal;
  }

  /**
   * A change the page is leaving with, written synchronously: IndexedDB may drop a write a
   * page starts while it unloads (a reload a few milliseconds after adding a step lost it),
   * localStorage does not. `list` moves it into IndexedDB when it is newer than what is there.
   */
  journal(draft: Draft): void {
    try {
      this.#journal?.setItem(
        `${JOURNAL}${draft.id}`,
        JSON.stringify({ version: DRAFT_VERSION, draft }),
      );
    } catch {
      // Full or forbidden: the IndexedDB write still runs; nothing more can be done here.
    }
  }

  /** Journal entries newer than the stored draft replace it; every entry is then let go. */
  async #replay(): Promise<void> {
    const j = this.#journal;
    if (!j) return;
    const keys: string[] = [];
    for (let i = 0; i < j.length; i++) {
      const key = j.key(i);
      if (key?.startsWith(JOURNAL)) keys.push(key);
    }
    for (const key of keys) {
      let raw: unknown = null;
      try {
        raw = JSON.parse(j.getItem(key) ?? 'null');
      } catch {
        // unreadable: let it go below
      }
      const draft = migrate(raw);
      if (draft) {
        const stored = await this.get(draft.id);
        if (!stored || stored.updated < draft.updated) await this.put(draft);
      }
      j.removeItem(key);
    }
  }

  /** Opened at first use: a page that never writes a story never creates the database. */
  get #db(): UseStore {
    this.#store ??= createStore('coalition-atlas', 'stories');
    return this.#store;
  }

  /** Every readable draft, newest first, and how many records could not be read. */
  async list(): Promise<{ drafts: Draft[]; unreadable: number }> {
    await this.#replay();
    const all = await entries<string, unknown>(this.#db);
    const drafts: Draft[] = [];
    let unreadable = 0;
    for (const [, raw] of all) {
      const d = migrate(raw);
      if (d) drafts.push(d);
      else unreadable += 1;
    }
    drafts.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
    return { drafts, unreadable };
  }

  async get(id: string): Promise<Draft | null> {
    return migrate(await get(id, this.#db));
  }

  /** Write a draft; anything without a draft's shape is refused, so it cannot replace one. */
  async put(draft: Draft): Promise<void> {
    if (!isDraft(draft)) throw new Error('Not saved: the story is not in a draft’s shape.');
    // A plain copy: a Svelte state proxy cannot be stored (structured clone refuses it).
    await set(
      draft.id,
      { version: DRAFT_VERSION, draft: JSON.parse(JSON.stringify(draft)) as typeof draft },
      this.#db,
    );
  }

  async remove(id: string): Promise<void> {
    await del(id, this.#db);
  }
}
