/**
 * Writing the view into the address: when to push a history entry, when to replace the
 * current one, and when to wait. A new entry (the selection, the open document or the story
 * step changed: its "key") is pushed at once, so Back and Forward step through selections; a
 * replacement (typing, filters) waits for a pause of `delay` ms, since `replaceState` costs up
 * to a few ms a call in Chromium, which a keystroke's 16 ms cannot spare. History and timers
 * are passed in, so the choice is tested with fake ones (tests/lib/url/sync.test.ts).
 */

/** The part of `window.history` the sync uses. */
export interface HistoryWriter {
  pushState(data: null, unused: string, url: string): void;
  replaceState(data: null, unused: string, url: string): void;
}

/** The timers the sync uses (the page's own, or fake ones in tests). */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The page's timers, looked up at each call (so test fakes installed later apply). */
export const PAGE_TIMERS: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface UrlSyncOptions {
  history: HistoryWriter;
  timers: Timers;
  /** The path and hash kept around the query: `() => [location.pathname, location.hash]`. */
  around: () => [path: string, hash: string];
  /** Pause (ms) after the last change before a replacement is written. */
  delay: number;
}

export class UrlSync {
  readonly #o: UrlSyncOptions;
  /** The query last written or read, and the history key it was written under. */
  #lastUrl = '';
  #lastKey = '';
  /** A replacement waiting for a pause. */
  #pending: { handle: unknown; write: () => void } | null = null;

  constructor(options: UrlSyncOptions) {
    this.#o = options;
  }

  /** The address as it is now (on load, and after Back or Forward): nothing to write for it. */
  reset(query: string, key: string): void {
    // A replacement still waiting would overwrite the entry the reader just went back to.
    this.cancel();
    this.#pending = null;
    this.#lastUrl = query;
    this.#lastKey = key;
  }

  /**
   * The view changed: `query` is it serialised (`?node=…` or ''), `key` its history key. A
   * replacement still waiting is for a view this one replaces: dropped, unless this one starts
   * a new entry, in which case the entry being left keeps that view first (a query typed, then
   * Enter within the pause: Back returns to the query).
   */
  update(query: string, key: string): void {
    const waiting = this.#pending;
    this.cancel();
    this.#pending = null;
    if (waiting && key !== this.#lastKey) waiting.write();
    if (query === this.#lastUrl) return;
    const [path, hash] = this.#o.around();
    const url = `${path}${query}${hash}`;
    const write = () => {
      if (key !== this.#lastKey) this.#o.history.pushState(null, '', url);
      else this.#o.history.replaceState(null, '', url);
      this.#lastUrl = query;
      this.#lastKey = key;
    };
    if (key !== this.#lastKey) return write();
    const handle = this.#o.timers.setTimeout(() => {
      this.#pending = null;
      write();
    }, this.#o.delay);
    this.#pending = { handle, write };
  }

  /** Write a replacement that is still waiting, now (before reading the address, or leaving). */
  flush(): void {
    const pending = this.#pending;
    if (!pending) return;
    this.cancel();
    this.#pending = null;
    pending.write();
  }

  /** Stop the clock of a waiting replacement (it is kept for `update` to decide on). */
  cancel(): void {
    if (this.#pending) this.#o.timers.clearTimeout(this.#pending.handle);
  }
}
