/**
 * Long work in slices, so a large dataset never freezes the page: the work is a generator that
 * `yield`s between units (an entry checked, a node indexed); `runSliced` gives the main thread
 * back whenever a slice has used its budget, so input and frames get in between; `runSync`
 * runs the same generator to the end at once (Node, tests, and the callers that need the
 * answer now). One body of code either way, so both give the same result.
 */

/** A unit of work per `yield`; the generator's return value is the result. */
export type Steps<T> = Generator<void, T, void>;

/** Milliseconds of work per slice: well under the 50 ms a browser counts as a long task. */
export const SLICE_MS = 12;

/** Runs `steps` to the end now: `runSync(checkSteps(ds))`. */
export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets the browser run input, rendering and other tasks, then resumes: `scheduler.yield()`
 * where Chromium has it (the continuation keeps its place ahead of other tasks), else a
 * message to ourselves (a new task without `setTimeout`'s 4 ms clamp), else a timeout.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return yieldToTasks();
}

/**
 * Resumes in a new task queued behind those already waiting, messages included: where work
 * must let a message in (the layout worker's pause), which `scheduler.yield()`, resuming ahead
 * of other tasks, would keep waiting.
 */
export function yieldToTasks(): Promise<void> {
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      // addEventListener + start, which the page's and Node's MessagePort both have.
      channel.port1.addEventListener(
        'message',
        () => {
          channel.port1.close();
          resolve();
        },
        { once: true },
      );
      channel.port1.start();
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `steps` in slices of about `budget` ms, yielding to the main thread between them.
 * Small work (the built-in dataset) finishes in its first slice, without yielding at all.
 * `between` is what is awaited between slices: the work waits while it is pending (the
 * layout worker waits so while the reader types, layout/worker.ts). `every`: steps between
 * looks at the clock, for many cheap steps of even cost (a read costs ~0.5–1 µs in Chromium,
 * as much as checking one actor).
 */
export async function runSliced<T>(
  steps: Steps<T>,
  budget = SLICE_MS,
  between: () => Promise<void> = yieldToMain,
  every = 1,
): Promise<T> {
  let start = performance.now();
  for (let n = 1; ; n++) {
    const r = steps.next();
    if (r.done) return r.value;
    if (n % every === 0 && performance.now() - start >= budget) {
      await between();
      start = performance.now();
    }
  }
}
