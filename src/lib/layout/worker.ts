/**
 * The layout worker: runs `runLayout` off the main thread, so a 20,000-actor graph lays out
 * without freezing the page. A layout already computed for this dataset (same fingerprint)
 * comes from the layout store instead, at once. While the reader types, clicks or zooms, the
 * page asks it to pause (input-pause.ts), and the ticks wait. Messages: protocol.ts.
 */
import { runSliced, SLICE_MS, yieldToTasks } from '../schedule/slices.ts';
import type { LayoutReply, PageMessage } from './protocol.ts';
import { layoutSteps } from './run.ts';
import { openStore, readLayout, writeLayout } from './store.ts';

// Opened now: the page may start this worker before its dataset has arrived (client.ts).
openStore();

const post = (reply: LayoutReply) =>
  (self as unknown as Worker).postMessage(
    reply,
    'positions' in reply ? [reply.positions.buffer] : [],
  );

/** Resolved when the page says the reader has stopped; null while no pause is asked. */
let paused: { promise: Promise<void>; resume: () => void } | null = null;

/**
 * Awaited between slices of ticks: a task behind the page's messages (so a pause asked meanwhile
 * is read), then, if paused, until the pause ends.
 */
async function unpaused(): Promise<void> {
  await yieldToTasks();
  await paused?.promise;
}

function pause(on: boolean): void {
  if (on && !paused) {
    let resume!: () => void;
    const promise = new Promise<void>((r) => (resume = r));
    paused = { promise, resume };
  } else if (!on && paused) {
    paused.resume();
    paused = null;
  }
}

self.onmessage = async (event: MessageEvent<PageMessage>) => {
  if (event.data.type === 'pause') return pause(event.data.paused);
  const request = event.data;
  const { job } = request;
  try {
    const stored = await readLayout(request.key, request.ids).catch(() => null);
    if (stored) return post({ type: 'done', job, positions: stored, fromStore: true });
    post({ type: 'miss', job });
    // In slices, so that a pause asked meanwhile is read between them.
    const positions = await runSliced(
      layoutSteps(
        request,
        (type, p) => post({ type, job, positions: p }),
        () => performance.now(),
      ),
      SLICE_MS,
      unpaused,
    );
    // Stored before it is transferred (transferring empties the buffer); a failing store
    // (private mode, quota) only means the next open computes again.
    await writeLayout(request.key, request.ids, positions).catch(() => undefined);
    post({ type: 'done', job, positions, fromStore: false });
  } catch (error) {
    post({ type: 'error', job, message: error instanceof Error ? error.message : String(error) });
  }
};
