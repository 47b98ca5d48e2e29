/**
 * The inline script that shows the prerendered page (index.html; scripts/prerender.ts builds
 * it), run while the HTML is parsed, before the first paint. With no parameter in the address
 * the app opens on exactly what was prerendered, so the page shows it at once, framed for the
 * graph's size as the app frames it (`openingTransform`, the same function), and marks
 * `graph:first-frame` after two frames: the graph is on screen then. The app, once mounted,
 * replaces it with the same picture and marks `graph:live` (Graph.svelte).
 *
 * Any parameter (a selection, filters, a search, a story, `?data=`, `?embed=1`, presenter
 * view) asks for another picture: the page keeps "Loading…" until the app draws that one.
 * The app's module is started from here too (`boot`), after the picture when there is one.
 */
import { openingTransform } from '../lib/graph/fit.ts';
import { AHEAD_ID, readAhead, requestAhead } from './ahead.ts';
import { TEMPLATE_ID } from './ids.ts';
import { measureAhead } from './stage.ts';
import type { Bounds } from '../lib/graph/viewport.ts';

/**
 * Shows the prerendered page if the address is plain; true when it did. `painted` is called
 * once it is on screen (after the `graph:first-frame` mark).
 */
export function showPrerendered(painted: () => void = () => {}): boolean {
  if (location.search !== '') return false;
  const template = document.getElementById(TEMPLATE_ID);
  const app = document.getElementById('app');
  if (!(template instanceof HTMLTemplateElement) || !app) return false;
  const b = JSON.parse(template.dataset.bounds ?? 'null') as Bounds | null;
  if (!b) return false;
  const boot = [...app.childNodes];
  app.replaceChildren(template.content.cloneNode(true));
  // A picture, not yet the app: nothing in it takes focus, a click or a key (which the app,
  // replacing it, would lose), and tools wait for the live elements (Playwright waits while
  // an element is inert).
  for (const el of app.children) el.setAttribute('inert', '');
  const svg = app.querySelector('.graph > svg');
  const layer = svg?.querySelector(':scope > g');
  // Unframed, the picture would be wrong: "Loading…" until the app draws it.
  if (!svg || !layer) {
    app.replaceChildren(...boot);
    return false;
  }
  // The first layout of the page, which the browser does before painting anyway.
  const r = svg.getBoundingClientRect();
  const t = openingTransform(b, r.width || 800, r.height || 600);
  layer.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
  document.documentElement.dataset.prerendered = '';
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      performance.mark('graph:first-frame');
      painted();
    }),
  );
  return true;
}

/**
 * Runs the app: its module, which scripts/prerender.ts named on the template. Run only once
 * the picture is painted: running the app's modules takes the main thread for 40–70 ms, which
 * before the first frame would hold the picture back by as much (issue 10).
 */
export function startApp(src: string): void {
  const script = document.createElement('script');
  script.type = 'module';
  // As the preload asked for it, so the fetched module is the one used.
  script.crossOrigin = '';
  script.src = src;
  document.body.append(script);
}

/**
 * The page's boot: the picture if the address is plain, and the app after it. A plain address
 * asks for the app's modules and data here, once the picture is painted (or at once if there is
 * none to paint); any other was asked for by the early script in the head (ahead.ts).
 */
export function boot(): void {
  const src = document.getElementById(TEMPLATE_ID)?.dataset.app;
  const start = () => {
    if (location.search === '') requestAhead(readAhead(document.getElementById(AHEAD_ID)));
    if (src) startApp(src);
  };
  if (!showPrerendered(start)) {
    start();
    // While the app's module comes down: where a published file's first picture will go.
    measureAhead();
  }
}

boot();
