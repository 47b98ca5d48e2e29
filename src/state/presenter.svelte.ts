/**
 * The page side of presenter view: mirrors `app.present` to `<html data-present>` (styles/presenter.css
 * scales type and strokes under it), asks for full screen (falling back quietly when the
 * browser refuses), hides the cursor and the presenter bar after `IDLE_MS` without movement
 * (`<html data-idle>`), and leaves presenter view when the reader leaves full screen.
 * Create once, in the root component's initialisation (it sets up effects).
 */
import type { AppState } from './app-state.svelte.ts';

/** Time without pointer movement or keys after which the cursor hides. */
export const IDLE_MS = 2000;

/** Write the presenter attributes on `<html>`; a no-op outside a browser. */
function mark(present: boolean, idle: boolean, controls: boolean): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  root.toggleAttribute('data-present', present);
  root.toggleAttribute('data-idle', present && idle);
  root.toggleAttribute('data-controls', present && controls);
}

export class PresenterState {
  /** No movement for IDLE_MS: cursor and presenter bar hidden. */
  idle = $state(false);
  /** Header and sidebar shown again in presenter view (the "Controls" toggle). */
  controls = $state(false);
  /** Full screen was refused or is not available (e.g. inside a frame). */
  refused = $state(false);
  /** The page is full screen. */
  fullscreen = $state(false);
  readonly app: AppState;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Full screen was entered by presenter view (so leaving it leaves presenter view). */
  #ours = false;

  constructor(app: AppState) {
    this.app = app;
    // Synchronously, so the graph mounted right after measures the presenter's font size.
    mark(app.present, false, false);
    $effect.pre(() => mark(this.app.present, this.idle, this.controls));
    $effect(() => {
      if (!this.app.present) return;
      const wake = () => this.wake();
      const onfs = () => this.#onFullscreenChange();
      this.wake();
      const events = ['pointermove', 'pointerdown', 'keydown', 'wheel'] as const;
      for (const e of events) window.addEventListener(e, wake, { passive: true });
      document.addEventListener('fullscreenchange', onfs);
      return () => {
        for (const e of events) window.removeEventListener(e, wake);
        document.removeEventListener('fullscreenchange', onfs);
        clearTimeout(this.#timer);
        this.idle = false;
        this.controls = false;
        if (this.#ours && document.fullscreenElement) void document.exitFullscreen?.();
        this.#ours = false;
      };
    });
  }

  /** Enter presenter view; call from a click or key press (full screen needs a user gesture). */
  enter(): void {
    this.app.present = true;
    this.app.announcement = 'Presenter view. Escape leaves it.';
    void this.requestFullscreen();
  }

  leave(): void {
    this.app.present = false;
    this.app.announcement = 'Presenter view left.';
  }

  toggle(): void {
    if (this.app.present) this.leave();
    else this.enter();
  }

  /** Ask for full screen; when refused, presenter view carries on in the window. */
  async requestFullscreen(): Promise<void> {
    const root = document.documentElement;
    if (document.fullscreenElement) return;
    try {
      if (typeof root.requestFullscreen !== 'function') throw new Error('unsupported');
      await root.requestFullscreen({ navigationUI: 'hide' });
      this.#ours = true;
      this.fullscreen = true;
      this.refused = false;
    } catch {
      this.refused = true;
    }
  }

  /** Movement: show the cursor and bar again, and hide them after IDLE_MS more. */
  wake(): void {
    this.idle = false;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.idle = true), IDLE_MS);
  }

  #onFullscreenChange(): void {
    this.fullscreen = document.fullscreenElement !== null;
    if (!this.fullscreen && this.#ours) {
      this.#ours = false;
      this.leave(); // the browser took Escape to leave full screen: leave presenter view too
    }
  }
}
