/**
 * The dataset of `?data=URL` requested while the HTML is still being parsed: index.html runs
 * `fetchEarly` inline (src/prerender/early.ts, built by scripts/prerender.ts), so the file comes
 * down while the page's script does, instead of after it (~130 ms at 5,000 actors, issue 10).
 * `loadDataset` then takes that response for the same address, or fetches as before: the early
 * request is an optimisation that changes no outcome, and its failure is reported by
 * `loadDataset` in the same words as its own. Its body is read as it comes (an answer that is
 * not OK is left unread): until read, a body waits in a pipe of a few hundred KB and the
 * download waits with it, and the app's code, which read it, runs ~100 ms after the request
 * (alternated at 5,000 actors, four rounds: the file read 11–27 ms sooner, its picture drawn
 * 14–37 ms sooner in three and 25 ms later in one; issue 10).
 */
import { datasetSource } from './source.ts';
import { readTextSliced } from './read-body.ts';

/** The early request: its response, and its body's text read as it comes (null: not read). */
export interface Early {
  url: string;
  response: Promise<Response>;
  text: Promise<string | null>;
}

const KEY = '__atlasEarlyDataset';
type Holder = { [KEY]?: Early };

/**
 * Start fetching the address's `?data=` dataset, if it names one that would be followed; true
 * when it does (the page then needs none of the built-in dataset's files).
 */
export function fetchEarly(search: string, pageUrl: string, scope: object = globalThis): boolean {
  const source = datasetSource(search, '', pageUrl);
  if (!source.external) return false;
  if (typeof fetch !== 'function') return true;
  const response = fetch(source.url);
  const text = response.then((r) => (r.ok && r.body ? readTextSliced(r) : null));
  // Unhandled until `takeEarly` hands them on; a rejection is reported there.
  response.catch(() => undefined);
  text.catch(() => undefined);
  (scope as Holder)[KEY] = { url: source.url, response, text };
  return true;
}

/** The early request for `url` (once), or null: then the caller fetches. */
export function takeEarly(url: string, scope: object = globalThis): Early | null {
  const early = (scope as Holder)[KEY];
  if (!early || early.url !== url) return null;
  delete (scope as Holder)[KEY];
  return early;
}
