/**
 * The view in the address bar: the one effect that writes it as the view changes (through
 * lib/url/sync.ts, which decides between a new history entry and a replacement), and the
 * reading back on Back and Forward. With people hidden, the address names them by stand-in.
 */
import { publicId, hidePeople } from '../lib/redact/hide-people.ts';
import { PAGE_TIMERS, UrlSync } from '../lib/url/sync.ts';
import { parseViewState, serializeViewState, type ViewState } from '../lib/url/state.ts';
import type { AppState } from './app-state.svelte.ts';

/** Pause (ms) after typing or filtering before the URL is replaced (see lib/url/sync.ts). */
export const URL_REPLACE_DELAY = 250;

export class ViewUrl {
  readonly #app: AppState;
  constructor(app: AppState) {
    this.#app = app;
  }

  /** The view for the URL: with people hidden, a person's id would spell their name. */
  #urlView(): ViewState {
    const s = this.#app.viewState;
    if (!s.hidePeople || s.selection === null) return s;
    const { aliases } = hidePeople(this.#app.source);
    return { ...s, selection: { ...s.selection, id: publicId(s.selection.id, aliases) } };
  }

  /** The address writer (lib/url/sync.ts): push for a new entry, replace after a pause. */
  #url = new UrlSync({
    history: typeof history === 'undefined' ? { pushState() {}, replaceState() {} } : history,
    timers: PAGE_TIMERS,
    around: () => [location.pathname, location.hash],
    delay: URL_REPLACE_DELAY,
  });

  /** Talk, story step, selection and open document: when these change the URL is pushed, else replaced. */
  #historyKey(): string {
    return `${this.#app.talk ?? ''}:${this.#app.story ?? ''}|${this.#app.selection?.type ?? ''}:${this.#app.selection?.id ?? ''}|${this.#app.doc?.id ?? ''}:${this.#app.doc?.start ?? ''}`;
  }

  /**
   * Keep the URL in step with the view: one effect hands every new view to the writer. Call
   * once from the root component's initialisation; pair it with `read` on popstate. `keep`
   * holds parameters owned elsewhere (`data`).
   */
  sync(keep: Record<string, string> = {}): void {
    const extra = Object.entries(keep)
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&');
    this.#url.reset(location.search, this.#historyKey());
    $effect(() => {
      const search = serializeViewState(this.#urlView());
      const full = extra === '' ? search : `${search === '' ? '?' : `${search}&`}${extra}`;
      this.#url.update(full, this.#historyKey());
      // A re-run (a newer view) or teardown stops the clock; the re-run decides (see update).
      return () => this.#url.cancel();
    });
    // Leaving or reloading the page within the pause keeps what was just typed.
    $effect(() => {
      const flush = () => this.flush();
      addEventListener('pagehide', flush);
      return () => removeEventListener('pagehide', flush);
    });
  }

  /** Write a URL replacement that is still waiting, now: call before reading `location`. */
  flush(): void {
    this.#url.flush();
  }

  /** Re-read the view from the URL (back/forward), showing notices for anything dropped. */
  read(): void {
    const app = this.#app;
    const { state, notices } = parseViewState(location.search, this.#app.source);
    app.apply(state);
    this.#url.reset(location.search, this.#historyKey());
    if (notices.length > 0) app.notices = [...app.notices, ...notices];
    const node = app.selectedNode;
    app.announcement = node
      ? `Selected ${node.name}.`
      : app.selection
        ? 'Selected a link.'
        : 'No selection.';
  }
}
