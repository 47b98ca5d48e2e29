/**
 * d3's zoom and drag (behaviours.ts, about 9 KB gzip with d3-selection) load when the graph
 * attaches them, not with the page: nothing is dragged or zoomed before the graph is on screen.
 * Until they arrive the camera moves its transform itself (state/camera.svelte.ts).
 */
export type Behaviours = typeof import('./behaviours.ts');

let loaded: Behaviours | null = null;
let pending: Promise<Behaviours> | null = null;

/** The behaviours, fetched once; a failed fetch is tried again at the next call. */
export function loadBehaviours(): Promise<Behaviours> {
  pending ??= import('./behaviours.ts').then(
    (m) => (loaded = m),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** The behaviours if they are here already, else null. */
export const behaviours = (): Behaviours | null => loaded;
