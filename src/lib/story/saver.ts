/**
 * Saving as the speaker types, without slowing the typing: each change is scheduled, and only
 * the latest is written once the keys pause for `delay` ms (an IndexedDB write costs a few ms
 * a call; a keystroke's frame has 16). `flush` writes at once: on leaving the page, before
 * opening another story.
 */
export type SaveStatus = 'saved' | 'waiting' | 'saving' | 'failed';

export class Saver<T> {
  #pending: { value: T } | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> = Promise.resolve();
  readonly #write: (value: T) => Promise<void>;
  readonly #delay: number;
  readonly #onstatus: (status: SaveStatus, error?: unknown) => void;

  constructor(
    write: (value: T) => Promise<void>,
    delay = 400,
    onstatus: (status: SaveStatus, error?: unknown) => void = () => {},
  ) {
    this.#write = write;
    this.#delay = delay;
    this.#onstatus = onstatus;
  }

  /** True while a change waits for the pause. */
  get pending(): boolean {
    return this.#pending !== null;
  }

  /** The last value scheduled, until its write is done (waiting or being written); else null. */
  get unsaved(): T | null {
    return this.#unsaved?.value ?? null;
  }
  #unsaved: { value: T } | null = null;

  /** Save `value` after the pause (a newer value replaces one still waiting). */
  schedule(value: T): void {
    this.#pending = { value };
    this.#unsaved = this.#pending;
    clearTimeout(this.#timer);
    this.#onstatus('waiting');
    this.#timer = setTimeout(() => void this.flush(), this.#delay);
  }

  /** Write what is waiting now; resolves when it (and any write before it) is done. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    const next = this.#pending;
    this.#pending = null;
    if (!next) return this.#running;
    // Writes go one after another, so an older value never lands after a newer one.
    this.#running = this.#running.then(async () => {
      this.#onstatus('saving');
      try {
        await this.#write(next.value);
        if (this.#unsaved === next) this.#unsaved = null;
        if (!this.#pending) this.#onstatus('saved');
      } catch (e) {
        this.#onstatus('failed', e);
      }
    });
    return this.#running;
  }
}
