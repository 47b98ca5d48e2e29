/**
 * The page's side of the layout worker: start a layout, get the first picture as soon as the
 * worker has one (the stored layout, else the seed positions) and the settled one later.
 * Where workers cannot run (unit tests under Node, very old browsers) the same pure function
 * runs here instead, so the caller never needs to care.
 */
import type { Dataset } from '../types.ts';
import { layoutKey } from '../graph/layout-cache.ts';
import { graphIndexOf } from '../graph/graph-index.ts';
import { seedPositionsOf } from '../graph/seeds.ts';
import { yieldToMain } from '../schedule/slices.ts';
import { watchInput } from './input-pause.ts';
import { mayBeStored, noteStored } from './stored-keys.ts';
import {
  layoutRequest,
  unpackPositions,
  type LayoutPause,
  type LayoutReply,
  type Point,
} from './protocol.ts';

/**
 * Ticks of a layout: `DEFAULT_TICKS` of graph/layout.ts (a test keeps them equal), not imported
 * from there since that module brings d3-force into the page's bundle; here it stays in the
 * worker's file, and in a chunk loaded only when no worker can start.
 */
export const LAYOUT_TICKS = 150;

/** A layout under way. */
export interface LayoutJob {
  /** The first positions to draw: settled (stored) or the seeds. */
  first: Promise<{ positions: Map<string, Point>; settled: boolean }>;
  /** The settled positions (the same Map as `first` when it was settled already). */
  settled: Promise<Map<string, Point>>;
  /** Intermediate positions, as the worker sends them; returns an unsubscribe. */
  onProgress(cb: (positions: Map<string, Point>) => void): () => void;
  /** Stop the worker (a new dataset replaced this one). */
  cancel(): void;
}

let jobs = 0;

/**
 * A worker started before its dataset is known (`warmLayoutWorker`), so that loading its
 * script and opening the layout store overlap the dataset's check and the page's mount
 * instead of following them (~150 ms at 5,000 actors on this machine, issue 10). main.ts
 * starts it once a published file is parsed (and its first picture drawn), not with the
 * download, whose second core it would take.
 */
let spare: { worker: Worker; failed: boolean } | null = null;

const newWorker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

/** Start the layout worker ahead of `layoutInWorker`; a no-op where workers cannot run. */
export function warmLayoutWorker(): void {
  if (spare || typeof Worker !== 'function') return;
  try {
    const entry = { worker: newWorker(), failed: false };
    // A worker that cannot start says so before anyone listens: remember it, so that the
    // layout is run here instead of waiting for an answer that will not come.
    entry.worker.onerror = (e) => {
      e.preventDefault();
      entry.failed = true;
    };
    spare = entry;
  } catch {
    spare = null;
  }
}

/** Stop the worker `warmLayoutWorker` started, when the dataset turned out not to need it. */
export function dropSpareWorker(): void {
  spare?.worker.terminate();
  spare = null;
}

/**
 * Lay `ds` out in a worker; `progressMs` > 0 also sends intermediate positions. `heldUntil`: the
 * worker answers at once (stored layout or seeds) but starts its ticks only when this settles,
 * so they do not take a core from the page while it draws the first picture (issue 10).
 */
export function layoutInWorker(
  ds: Dataset,
  opts: { progressMs?: number; ticks?: number; heldUntil?: Promise<unknown> } = {},
): LayoutJob {
  const job = ++jobs;
  const key = layoutKey(ds);
  // Surely not stored (stored-keys.ts): the seeds are the first picture, without waiting for the
  // worker to say so.
  const unstored = !mayBeStored(key);
  const { request } = layoutRequest(ds, job, key, {
    ticks: opts.ticks ?? LAYOUT_TICKS,
    progressMs: opts.progressMs ?? 0,
  });
  const ids = request.ids;
  const listeners = new Set<(positions: Map<string, Point>) => void>();
  let resolveFirst!: (v: { positions: Map<string, Point>; settled: boolean }) => void;
  let resolveSettled!: (v: Map<string, Point>) => void;
  let reject!: (e: Error) => void;
  const first = new Promise<{ positions: Map<string, Point>; settled: boolean }>((res, rej) => {
    resolveFirst = res;
    reject = rej;
  });
  const settled = new Promise<Map<string, Point>>((res, rej) => {
    resolveSettled = res;
    const previous = reject;
    reject = (e) => {
      previous(e);
      rej(e);
    };
  });
  // Unhandled when the caller only awaits `first`; the rejection still reaches `first`.
  settled.catch(() => undefined);

  /** The first picture is the seeds computed here: on `miss`, or sooner for a key not stored. */
  let seeded = false;
  /** The worker has said whether it had the layout stored (`miss` or `done`). */
  let answered = false;
  /** The seeds, computed once: before that answer if the page is idle meanwhile, else on a miss. */
  let early: Map<string, Point> | null = null;
  const seeds = () => (early ??= seedPositionsOf(ds));
  const drawSeeds = () => {
    seeded = true;
    resolveFirst({ positions: seeds(), settled: false });
  };
  const receive = (reply: LayoutReply) => {
    if (reply.job !== job) return;
    if (reply.type === 'error') {
      unwatch();
      return reject(new Error(`The layout failed: ${reply.message}`));
    }
    if (reply.type === 'miss' || reply.type === 'done') answered = true;
    if (reply.type === 'miss') {
      if (seeded) return; // drawn already: the key was not listed as stored
      // The same seeds as the worker's `seed` report (then ignored): computed here from the
      // index the page builds anyway, while the worker builds its own; each in a task of its
      // own (tens of ms each at 5,000 actors).
      if (early) return drawSeeds();
      seeded = true;
      void yieldToMain()
        .then(() => graphIndexOf(ds))
        .then(async () => {
          await yieldToMain();
          drawSeeds();
        });
      return;
    }
    if (reply.type === 'seed' && seeded) return;
    const positions = unpackPositions(ids, reply.positions);
    if (reply.type === 'seed') resolveFirst({ positions, settled: false });
    else if (reply.type === 'progress') for (const cb of listeners) cb(positions);
    else {
      // A layout computed by the worker is now in its store (a failed write only costs the
      // next open its wait for the worker's answer).
      if (reply.type === 'done' && !reply.fromStore && worker !== null) noteStored(key);
      resolveFirst({ positions, settled: true });
      resolveSettled(positions);
      stop();
    }
  };

  const runHere = () =>
    void import('./run.ts').then(({ runLayout }) => {
      try {
        const done = runLayout(request, (type, positions) => receive({ type, job, positions }));
        receive({ type: 'done', job, positions: done, fromStore: false });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        receive({ type: 'error', job, message });
      }
    });
  let worker: Worker | null = null;
  let unwatch = () => {};
  const stop = () => {
    unwatch();
    worker?.terminate();
  };
  const warm = spare;
  spare = null;
  if (warm?.failed) warm.worker.terminate();
  if (typeof Worker !== 'function' || warm?.failed) runHere();
  else {
    worker = warm?.worker ?? newWorker();
    worker.onmessage = (e: MessageEvent<LayoutReply>) => receive(e.data);
    // A worker that cannot start (the offline file opened from disk has no worker file):
    // lay out here, slower but the same picture.
    worker.onerror = (e) => {
      e.preventDefault();
      stop();
      worker = null;
      runHere();
    };
    // Sent a copy: the request's buffers stay usable for running here after a failed start.
    worker.postMessage(request);
    // Paused while held for the first picture or while the reader works (input-pause.ts).
    let held = opts.heldUntil !== undefined;
    let working = false;
    const pause = () =>
      worker?.postMessage({ type: 'pause', paused: held || working } satisfies LayoutPause);
    if (held) pause();
    void opts.heldUntil?.finally(() => {
      held = false;
      pause();
    });
    // The page's index (which it needs anyway) while the worker looks in its store, then the
    // seeds if it has not answered yet: the answer took 20–60 ms more at 5,000 actors, and is a
    // miss on every first open, which then has its picture at once. A stored layout coming
    // meanwhile waits for them (20–70 ms at 5,000–20,000 actors).
    void yieldToMain().then(async () => {
      graphIndexOf(ds);
      await yieldToMain();
      if (answered) return;
      if (unstored) drawSeeds();
      else seeds();
    });
    // The reader's input goes first (input-pause.ts); the page's own window, where there is one.
    const page = globalThis as Partial<EventTarget>;
    if (typeof page.addEventListener === 'function')
      unwatch = watchInput(page as EventTarget, (paused) => {
        working = paused;
        pause();
      });
  }
  return {
    first,
    settled,
    onProgress(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    cancel() {
      stop();
      listeners.clear();
    },
  };
}
