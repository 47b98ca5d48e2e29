/**
 * The dataset of `?data=URL` requested while the HTML is still being parsed: index.html runs
 * `fetchEarly` inline (src/prerender/early.ts, built by scripts/prerender.ts), so the file comes
 * down while the page's script does, instead of after it (~130 ms at 5,000 actors, issue 10).
 * `loadDataset` then takes that response for the same address, or fetches as before: the early
 * request is an optimisation that changes no outcome, and its failure is reported by
 * `loadDataset` in the same words as its own.
 */
import { datasetSource } from './source.ts';

interface Early {
  url: string;
  response: Promise<Response>;
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
  // Unhandled until `takeEarly` hands it on; the rejection is reported there.
  response.catch(() => undefined);
  (scope as Holder)[KEY] = { url: source.url, response };
  return true;
}

/** The early request for `url` (once), or null: then the caller fetches. */
export function takeEarly(url: string, scope: object = globalThis): Promise<Response> | null {
  const early = (scope as Holder)[KEY];
  if (!early || early.url !== url) return null;
  delete (scope as Holder)[KEY];
  return early.response;
}
