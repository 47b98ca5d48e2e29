/**
 * Positions for the co-signature graph. Its links are not the ordinary graph's, so neither is
 * its layout: when it is switched on (or opened from a link), its own layout is computed (in
 * the page below 600 actors, else in the worker, as any dataset's: layout/open.ts) and the view
 * refits; switched off, the ordinary graph's positions come back as they were (pins included).
 * Until the new layout is ready the actors stay where they were, so nothing jumps twice.
 */
import { untrack } from 'svelte';
import { openLayout } from '../lib/layout/open.ts';
import type { LayoutJob } from '../lib/layout/client.ts';
import type { AppState } from './app-state.svelte.ts';

export class CoSignLayout {
  /** The threshold whose positions are on screen (null: the ordinary graph's). */
  #drawn: number | null = null;
  /** Bumped per switch, so a layout that comes after a newer switch is dropped. */
  #turn = 0;
  #job: LayoutJob | null = null;
  /** True while a co-signature layout is being computed (the graph says so). */
  busy = $state(false);

  /** Call while a component initialises: follows `app.cosign` until it is destroyed. */
  constructor(app: AppState) {
    $effect(() => {
      const k = app.cosign;
      untrack(() => void this.#follow(app, k));
    });
    $effect(() => () => this.#job?.cancel());
  }

  async #follow(app: AppState, k: number | null): Promise<void> {
    if (k === this.#drawn) return;
    const turn = ++this.#turn;
    this.#job?.cancel();
    this.#job = null;
    this.#drawn = k;
    if (k === null) {
      this.busy = false;
      app.viewport?.fit();
      return;
    }
    this.busy = true;
    const { positions, later } = await openLayout(app.dataset, null);
    if (turn !== this.#turn) return later?.cancel();
    app.positions = positions;
    app.viewport?.fit();
    this.busy = later !== null;
    if (!later) return;
    this.#job = later;
    const settled = await later.settled.catch(() => null);
    if (turn !== this.#turn || !settled) return;
    app.positions = settled;
    app.viewport?.settle?.();
    this.busy = false;
  }
}
