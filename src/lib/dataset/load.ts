/**
 * Fetch a dataset and pass it through the one gate (`parseDatasetText`). Every failure becomes
 * an Error whose message says what went wrong and what to try; validation failures stay
 * `DatasetError`s so the error view can list each issue.
 *
 * The source is only a URL, so a later `?data=URL` or a file picker (`URL.createObjectURL(file)`)
 * reuses it unchanged; `parseDatasetText` is there for text already in hand.
 */
import type { Dataset } from '../types.ts';
import { parseDatasetText } from './parse.ts';

/** A load failure that is not about the dataset's content (network, HTTP status). */
export class DatasetLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

/** `await loadDataset('/data/coalition.json')` → a checked Dataset, or throws with a reason. */
export async function loadDataset(url: string, init?: RequestInit): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetLoadError(
      `Could not load the dataset from ${url}: ${reason}. Check your connection and reload.`,
    );
  }
  if (!response.ok) {
    const hint =
      response.status === 404 ? ' Run `npm run data` to build it, then `npm run build`.' : '';
    throw new DatasetLoadError(
      `Could not load the dataset from ${url}: HTTP ${response.status}.${hint}`,
    );
  }
  const text = await response.text();
  performance.mark('dataset:fetched');
  const dataset = parseDatasetText(text);
  performance.mark('dataset:checked');
  return dataset;
}
