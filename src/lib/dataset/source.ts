/**
 * Where the app takes its dataset from: the built-in file, or `?data=URL` (a dataset someone
 * published elsewhere, as Retina opens Gephi files). Pure: the caller fetches.
 */

/** The dataset to load, and a notice when a `data` parameter was ignored. */
export interface DatasetSource {
  url: string;
  /** True when the address came from `?data=`: the error view then offers the built-in data. */
  external: boolean;
  notice: string | null;
}

/**
 * `datasetSource('?data=https://ex.org/a.json', 'assets/c.json', 'https://atlas.org/')`
 * → `{ url: 'https://ex.org/a.json', external: true, notice: null }`.
 * Only http(s) addresses (absolute or relative to the page) are followed; anything else
 * (`javascript:`, `file:`, an empty value) falls back to the built-in dataset with a notice.
 */
export function datasetSource(search: string, builtIn: string, pageUrl: string): DatasetSource {
  const raw = new URLSearchParams(search).get('data');
  if (raw === null) return { url: builtIn, external: false, notice: null };
  const value = raw.trim();
  if (value === '') {
    return { url: builtIn, external: false, notice: 'Ignored an empty data= parameter.' };
  }
  let resolved: URL;
  try {
    resolved = new URL(value, pageUrl);
  } catch {
    return { url: builtIn, external: false, notice: `Ignored data=${value}: not a web address.` };
  }
  if (resolved.protocol !== 'https:' && resolved.protocol !== 'http:') {
    return {
      url: builtIn,
      external: false,
      notice: `Ignored data=${value}: only http and https addresses can be opened.`,
    };
  }
  return { url: resolved.href, external: true, notice: null };
}
