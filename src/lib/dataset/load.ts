/**
 * Fetch a dataset and pass it through the one gate (`parseDatasetTextSliced`). Every failure becomes
 * an Error whose message says what went wrong and what to try; validation failures stay
 * `DatasetError`s so the error view can list each issue.
 *
 * The built-in file and `?data=URL` come through here; a chosen or dropped file goes through
 * `readDatasetFile` (read-file.ts), which shares the gate.
 */
import type { Dataset } from '../types.ts';
import { takeEarly } from './early.ts';
import { parseDatasetTextSliced } from './parse.ts';
import { readTextSliced } from './read-body.ts';

/** A load failure that is not about the dataset's content (network, HTTP status). */
export class DatasetLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

/**
 * `await loadDataset('/data/coalition.json')` → a checked Dataset, or throws with a reason.
 * `published`: the address came from `?data=`, so the advice is about that address (wrong,
 * down, or not shared with other sites), not about rebuilding the built-in file. `parsed`:
 * given the JSON before its check (`parseDatasetTextSliced`).
 */
export async function loadDataset(
  url: string,
  {
    published = false,
    parsed,
  }: { published?: boolean; parsed?: (raw: unknown) => Promise<unknown> } = {},
): Promise<Dataset> {
  let response: Response;
  const early = takeEarly(url);
  try {
    response = await (early?.response ?? fetch(url));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError(
      published
        ? `Could not fetch the dataset at ${url}: the request failed (${reason}). The address ` +
            'may be wrong, the server may be down, or it may not let other sites read the file ' +
            '(it must send an Access-Control-Allow-Origin header).'
        : `Could not load the dataset from ${url}: ${reason}. Check your connection and reload.`,
    );
  }
  // What failed, in the words of the address's origin (a published file, or the built-in one).
  const verb = published ? 'fetch the dataset at' : 'load the dataset from';
  if (!response.ok) {
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const hint = published
      ? ' Check the address, or ask whoever published the file.'
      : response.status === 404
        ? ' Run `npm run data` to build it, then `npm run build`.'
        : '';
    throw new DatasetLoadError(`Could not ${verb} ${url}: ${status}.${hint}`);
  }
  let text: string;
  try {
    text = (await early?.text) ?? (await readTextSliced(response));
  } catch (error) {
    // The connection dropped while the body came down.
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError(
      `Could not ${verb} ${url}: the download stopped before the end (${reason}). Reload to try again.`,
    );
  }
  performance.mark('dataset:fetched');
  // Checked in slices between frames: a large file must not freeze the page (issue 10).
  const dataset = await parseDatasetTextSliced(text, parsed);
  performance.mark('dataset:checked');
  return dataset;
}
