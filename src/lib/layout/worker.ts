/**
 * The layout worker: runs `runLayout` off the main thread, so a 20,000-actor graph lays out
 * without freezing the page. A layout already computed for this dataset (same fingerprint)
 * comes from the layout store instead, at once. Messages: protocol.ts.
 */
import type { LayoutReply, LayoutRequest } from './protocol.ts';
import { runLayout } from './run.ts';
import { openStore, readLayout, writeLayout } from './store.ts';

// Opened now: the page may start this worker before its dataset has arrived (client.ts).
openStore();

const post = (reply: LayoutReply) =>
  (self as unknown as Worker).postMessage(
    reply,
    'positions' in reply ? [reply.positions.buffer] : [],
  );

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  const { job } = request;
  try {
    const stored = await readLayout(request.key, request.ids).catch(() => null);
    if (stored) return post({ type: 'done', job, positions: stored, fromStore: true });
    post({ type: 'miss', job });
    const positions = runLayout(request, (type, p) => post({ type, job, positions: p }));
    // Stored before it is transferred (transferring empties the buffer); a failing store
    // (private mode, quota) only means the next open computes again.
    await writeLayout(request.key, request.ids, positions).catch(() => undefined);
    post({ type: 'done', job, positions, fromStore: false });
  } catch (error) {
    post({ type: 'error', job, message: error instanceof Error ? error.message : String(error) });
  }
};
