/**
 * What the page asks the network for before its app runs: the app's modules (module preloads)
 * and its data (a `?data=` dataset's early download, else the built-in dataset's files).
 * scripts/prerender.ts lists the modules and files on the early script (`#ahead`).
 *
 * When is the question. With a parameter in the address there is no picture to wait for:
 * src/prerender/early.ts asks at once, from the head. With a plain address the prerendered
 * picture comes first and src/prerender/frame.ts asks once it is painted: fetched and
 * compiled while the picture was laid out and painted, the app's 80 KB of script and the
 * dataset held that first frame back on two cores (median 160 → 110 ms in sixteen alternated
 * loads from a server sending precompressed files, against the empty page's 54; issue 10).
 */
import { fetchEarly } from '../lib/dataset/early.ts';

export { AHEAD_ID } from './ids.ts';

export interface Ahead {
  /** The app's entry module first, then the modules it imports. */
  modules: string[];
  /** The built-in dataset's files (its JSON assets). */
  builtin: string[];
  /** The Canvas path's modules (components/graph/canvas-code.ts and what only it imports). */
  canvas: string[];
}

/** The lists scripts/prerender.ts wrote on the early script; empty ones when it wrote none. */
export function readAhead(script: Element | null): Ahead {
  const list = (name: string): string[] => {
    const value = script?.getAttribute(name);
    return value ? (JSON.parse(value) as string[]) : [];
  };
  return {
    modules: list('data-modules'),
    builtin: list('data-builtin'),
    canvas: list('data-canvas'),
  };
}

/**
 * Ask for all of it now: the modules as the app's script will ask (frame.ts `startApp`: CORS,
 * so the preloaded module is the one used), then the data: a `?data=` file's download and the
 * Canvas path that draws a large one (main.ts imports it for any published file), else the
 * built-in files as preloads that main.ts's `fetch()` takes up (so a page opening `?data=` does
 * not download them too). Asked for by the app only once its module ran, the Canvas path's
 * files came down behind the file's and held its first picture back after the parse (17 ms
 * median at 5,000 actors; issue 10).
 */
export function requestAhead(ahead: Ahead, doc: Document = document): void {
  const modules = { rel: 'modulepreload', crossorigin: '' };
  addLinks(doc, ahead.modules, modules);
  const { search, href } = doc.location;
  if (fetchEarly(search, href)) addLinks(doc, ahead.canvas, modules);
  else addLinks(doc, ahead.builtin, { rel: 'preload', as: 'fetch', crossorigin: 'anonymous' });
}

/** One `<link>` in the head per address, with these attributes. */
function addLinks(doc: Document, hrefs: readonly string[], attributes: Record<string, string>) {
  for (const href of hrefs) {
    const link = doc.createElement('link');
    for (const [name, value] of Object.entries(attributes)) link.setAttribute(name, value);
    link.setAttribute('href', href);
    doc.head.append(link);
  }
}
