/**
 * Loads the Canvas path (canvas-code.ts) before a large graph mounts, so that Graph.svelte can
 * use it synchronously while mounting: its drag must be registered on the <svg> before d3-zoom.
 * Every way a dataset reaches the screen (main.ts, Root's opened file and imported map) awaits
 * `prepareGraph` first; below CANVAS_THRESHOLD it resolves at once and loads nothing.
 */
import { CANVAS_THRESHOLD } from '../../lib/render/lod.ts';
import type { Dataset } from '../../lib/types.ts';

export type CanvasCode = typeof import('./canvas-code.ts');

let code: CanvasCode | null = null;

let loading: Promise<CanvasCode> | null = null;

/** Starts fetching the Canvas path before it is known to be needed (a published dataset). */
export function preloadCanvas(): Promise<void> {
  loading ??= import('./canvas-code.ts');
  return loading.then(
    (c) => void (code = c),
    // Only a head start: `prepareGraph` tries again, and reports a failure, if it is needed.
    () => void (loading = null),
  );
}

/** Fetches the Canvas path if `dataset` needs it. */
export async function prepareGraph(dataset: Dataset): Promise<void> {
  if (dataset.nodes.length < CANVAS_THRESHOLD || code) return;
  code = await (loading ??= import('./canvas-code.ts'));
}

/** The Canvas path once `prepareGraph` fetched it, else null. */
export const canvasCode = (): CanvasCode | null => code;
