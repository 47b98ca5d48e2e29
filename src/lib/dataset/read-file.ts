/**
 * "Open a dataset…": read a file a person chose or dropped and pass it through the one gate
 * (`parseDatasetText`) before anything changes. The answer is a value, never a throw, so the
 * caller either switches datasets or shows what is wrong and leaves the view alone.
 */
import type { Dataset } from '../types.ts';
import { plural } from '../text/plural.ts';
import { explainIssues, type ExplainedIssue } from './explain.ts';
import { DatasetError, parseDatasetText } from './parse.ts';

/** Files past this size are refused unread: the built-in dataset is about 0.4 MB. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ReadResult =
  | { ok: true; dataset: Dataset; notice: string }
  | { ok: false; name: string; message: string; issues: ExplainedIssue[] };

/** The parts of a `File` this needs, so tests can pass a plain object. */
export interface NamedText {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** `await readDatasetFile(input.files[0])` → the checked dataset, or the reasons it is refused. */
export async function readDatasetFile(file: NamedText): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(0);
    return refuse(file.name, `${file.name} is ${mb} MB; a dataset file should be under 50 MB.`);
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return refuse(file.name, `${file.name} could not be read (${reason(error)}). Try again.`);
  }
  return readDatasetText(text, file.name);
}

/** The same for text already in hand: `readDatasetText('{…}', 'a.json')`. */
export function readDatasetText(text: string, name: string): ReadResult {
  try {
    const dataset = parseDatasetText(text);
    return { ok: true, dataset, notice: openedNotice(name, dataset) };
  } catch (error) {
    if (!(error instanceof DatasetError)) return refuse(name, `${name}: ${reason(error)}`);
    const n = error.issues.length;
    const syntax = n === 1 && error.issues[0]?.path === '';
    const message = syntax
      ? `${name} is not a JSON file.`
      : `${name} does not fit the Coalition Atlas dataset format: ${problems(error)}.`;
    return { ok: false, name, message, issues: explainIssues(rawOrNull(text), error.issues) };
  }
}

/** `openedNotice('a.json', ds)` → "Opened a.json: 3 actors, 2 links, 1 document". */
export function openedNotice(name: string, ds: Dataset): string {
  return `Opened ${name}: ${plural(ds.nodes.length, 'actor')}, ${plural(ds.links.length, 'link')}, ${plural(ds.documents.length, 'document')}`;
}

function problems(error: DatasetError): string {
  // The capped list ends with an "… and N more" line; the true count is in the message.
  const counted = /: (\d+) problems?\./.exec(error.message)?.[1];
  return plural(Number(counted ?? error.issues.length), 'problem');
}

function refuse(name: string, message: string): ReadResult {
  return { ok: false, name, message, issues: [] };
}

function rawOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
