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
}

/** The lists scripts/prerender.ts wrote on the early script; empty ones when it wrote none. */
export function readAhead(script: Element | null): Ahead {
  const list = (name: string): string[] => {
    const value = script?.getAttribute(name);
    return value ? (JSON.parse(value) as string[]) : [];
  };
  return { modules: list('data-modules'), builtin: list('data-builtin') };
}

/**
 * Ask for all of it now: the modules as the app's script will ask (frame.ts `startApp`: CORS,
 * so the preloaded module is the one used), then the data: a `?data=` file's download, else the
 * built-in files as preloads that main.ts's `fetch()` takes up (so a page opening `?data=` does
 * not download them too).
 */
export function requestAhead(ahead: Ahead, doc: Document = document): void {
  addLinks(doc, ahead.modules, { rel: 'modulepreload', crossorigin: '' });
  const { search, href } = doc.location;
  if (!fetchEarly(search, href)) {
    addLinks(doc, ahead.builtin, { rel: 'preload', as: 'fetch', crossorigin: 'anonymous' });
  }
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
