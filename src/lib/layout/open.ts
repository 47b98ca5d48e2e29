/**
 * Which positions a dataset opens with, fastest first: its own (`positions` in the file), the
 * prebuilt layout file when it fits, a layout computed here for small graphs (synchronously,
 * as always: ~100 ms at 250 nodes, the picture people rehearse with), and for large ones the
 * layout worker, whose first answer is the stored layout or the seed positions, refined later.
 */
import { cachedPositions, carriedPositions } from '../graph/layout-cache.ts';
import type { Dataset } from '../types.ts';
import type { LayoutJob } from './client.ts';
import { dropSpareLayoutWorker, layoutClient } from './client-lazy.ts';
import type { Positions } from '../graph/positions.ts';
import { nextMark } from '../schedule/marks.ts';

/** From this many actors the layout runs in the worker; below, in the page before mounting. */
export const WORKER_THRESHOLD = 600;

export interface OpenedLayout {
  positions: Positions;
  /** The settled layout still to come (large graphs), or null when `positions` is final. */
  later: LayoutJob | null;
}

/**
 * What the explorer (App) and the embedded view (Embed) are mounted with: by main.ts, then by
 * Root for each dataset file opened.
 */
export interface ViewProps extends Partial<OpenedLayout> {
  dataset: Dataset;
  /** Notices from outside the view state (e.g. an ignored `?data=`). */
  notices?: string[];
  /** URL parameters owned by the loader, kept when the view rewrites the URL. */
  keep?: Record<string, string>;
  /** The layout: node id → position (prebuilt or computed, see graph/layout-cache.ts). */
  positions: Positions;
}

/**
 * The longest a layout waits for its graph's first frame (`firstFrameFirst`): that frame comes
 * ~1.5 s after navigation at 20,000 actors on the development machine.
 */
const HOLD_MAX_MS = 3000;

/**
 * See the module comment. `prebuilt`: the parsed layout file, or null. `firstFrameFirst`: the
 * caller mounts the graph it lays out, so the worker's ticks wait for that graph on screen
 * (Graph.svelte marks `graph:live`) and leave the cores to the first picture (at 5,000 and
 * 20,000 actors it came 5–20 % sooner, issue 10).
 */
export async function openLayout(
  ds: Dataset,
  prebuilt: unknown,
  { firstFrameFirst = false } = {},
): Promise<OpenedLayout> {
  const ready = carriedPositions(ds) ?? cachedPositions(ds, prebuilt);
  if (ready || ds.nodes.length < WORKER_THRESHOLD) dropSpareLayoutWorker();
  if (ready) return { positions: ready, later: null };
  if (ds.nodes.length < WORKER_THRESHOLD) {
    const { computeLayout } = await import('../graph/layout.ts');
    return { positions: computeLayout(ds), later: null };
  }
  // Observed from now, before the graph mounts: its mark cannot come earlier.
  const heldUntil = firstFrameFirst ? nextMark('graph:live', HOLD_MAX_MS) : undefined;
  const job = (await layoutClient()).layoutInWorker(ds, { heldUntil });
  const first = await job.first;
  return { positions: first.positions, later: first.settled ? null : job };
}
