/**
 * When the graph frames itself again without being asked: a filter change frames what it
 * leaves (a story step frames its own view instead), and on a phone, closing the bottom sheet
 * frames the same actors in the whole height again. Call while the graph initialises.
 */
import { untrack } from 'svelte';
import type { AppState } from './app-state.svelte.ts';
import type { Camera } from './camera.svelte.ts';

export function followFraming(app: AppState, camera: Camera, fit: (animate: boolean) => void) {
  // The panel is a bottom sheet below 700 px, which the camera framed above.
  let sheetOpen = false;
  $effect(() => {
    const open = app.selection !== null || app.doc !== null;
    const closed = sheetOpen && !open;
    sheetOpen = open;
    if (closed && matchMedia('(max-width: 700px)').matches) untrack(() => camera.reframe());
  });

  // Only on a change: the opening frame (Graph's ResizeObserver) already fits a filtered address.
  let framedFilters = untrack(() => app.filters);
  $effect(() => {
    const filters = app.filters;
    if (filters === framedFilters) return;
    framedFilters = filters;
    untrack(() => {
      if (app.story === null) fit(true);
    });
  });
}
