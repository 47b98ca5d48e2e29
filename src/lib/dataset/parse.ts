/**
 * The app's one gate for data: check a dataset once, at load time, and throw errors a person
 * can act on. After this the types hold and nothing re-checks.
 */
import type { BaseIssue } from 'valibot';
import type { Dataset } from '../types.ts';
import { checkDataset, checkSteps, type DatasetIssue } from './check.ts';
import { shapeSteps, type PlacedIssue } from './shape.ts';
import { runSliced, runSync, SLICE_MS, yieldToMain, type Steps } from '../schedule/slices.ts';
import { plural } from '../text/plural.ts';

export type { DatasetIssue } from './check.ts';

/** Most issues listed; past it one "… and N more" line stands for the rest. */
export const MAX_ISSUES = 50;
/** Issues quoted in the error message itself; the full list is on `error.issues`. */
const ISSUES_IN_MESSAGE = 5;

/** A dataset that is not valid JSON or breaks the contract; `issues` lists every problem. */
export class DatasetError extends Error {
  readonly issues: DatasetIssue[];

  constructor(issues: DatasetIssue[], summary = 'The dataset is not valid') {
    const capped = capIssues(issues);
    const n = issues.length;
    const shown = capped.slice(0, ISSUES_IN_MESSAGE).map(line);
    const rest = n - Math.min(n, ISSUES_IN_MESSAGE);
    const more = rest > 0 ? [`… and ${rest} more`] : [];
    super(`${summary}: ${plural(n, 'problem')}. ${[...shown, ...more].join('; ')}`);
    this.name = 'DatasetError';
    this.issues = capped;
  }
}

/** Check `raw` (parsed JSON of unknown origin) against the contract; return it typed, or throw. */
export function parseDataset(raw: unknown): Dataset {
  return runSync(parseSteps(raw));
}

/**
 * `parseDataset` in slices between frames (lib/schedule/slices.ts): same answer, same errors,
 * but a 20,000-actor file no longer freezes the page while it is checked.
 */
export function parseDatasetSliced(raw: unknown): Promise<Dataset> {
  return runSliced(parseSteps(raw), SLICE_MS, yieldToMain, CLOCK_EVERY);
}

/**
 * Entries checked between looks at the clock: one entry is ~5–20 µs, so a slice overruns by
 * well under a ms, and 40,000 clock reads (20–40 ms at 20,000 actors) become 2,500.
 */
const CLOCK_EVERY = 16;

/** The check, one entry per step: the shape (shape.ts), then the semantic rules (check.ts). */
function* parseSteps(raw: unknown): Steps<Dataset> {
  const result = yield* shapeSteps(raw);
  if (result.issues.length > 0) {
    const shape = result.issues.map(fromValibot);
    throw new DatasetError([...shape, ...semanticAlongside(result.output, shape)]);
  }
  const dataset = result.output as Dataset;
  const issues = yield* checkSteps(dataset);
  if (issues.length > 0) throw new DatasetError(issues);
  return dataset;
}

/** Parse JSON text then check it: `parseDatasetText(await res.text())`. */
export function parseDatasetText(text: string): Dataset {
  return parseDataset(parseJson(text));
}

/**
 * `parseDatasetText` with the check in slices (`parseDatasetSliced`), after the JSON's own task.
 * `parsed` sees the JSON before it is checked (unchecked, so only to look at: main.ts draws a
 * large file's first picture from it) and is awaited first; whatever it throws is ignored.
 */
export async function parseDatasetTextSliced(
  text: string,
  parsed?: (raw: unknown) => Promise<unknown>,
): Promise<Dataset> {
  // A task of its own: a body already downloaded is read in the task that asked for it (at
  // 20,000 actors, the one running the app's module), and that task then ran the JSON too.
  await yieldToMain();
  const raw = parseJson(text);
  await yieldToMain();
  await parsed?.(raw).catch(() => undefined);
  return parseDatasetSliced(raw);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetError(
      [
        {
          path: '',
          message: `not valid JSON (${reason}); is this the data/coalition.json built by npm run data?`,
        },
      ],
      'The dataset file could not be read',
    );
  }
}

/**
 * When the shape check fails, still run the semantic checks where they can run, so one pass
 * lists every problem (a wrong kind here and a dangling link there). Entries that already
 * broke the shape are skipped: their semantic issues would only echo the shape ones.
 */
function semanticAlongside(output: unknown, shape: DatasetIssue[]): DatasetIssue[] {
  const o = output as Record<string, unknown> | null;
  const lists = ['documents', 'nodes', 'links'].map((k) => o?.[k]);
  const entries = lists.every(
    (l) => Array.isArray(l) && l.every((e) => typeof e === 'object' && e !== null),
  );
  if (!entries) return [];
  const broken = new Set(shape.map((i) => entryOf(i.path)));
  broken.delete(null);
  try {
    return checkDataset(o as unknown as Dataset).filter((i) => !broken.has(entryOf(i.path)));
  } catch {
    return []; // a field the checks read is missing; the shape issues already say which
  }
}

/** `nodes[12].kind` → `nodes[12]`; `version` → null. */
function entryOf(path: string): string | null {
  return /^(?:documents|nodes|links)\[\d+\]/.exec(path)?.[0] ?? null;
}

function capIssues(issues: DatasetIssue[]): DatasetIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const more = { path: '', message: `… and ${issues.length - MAX_ISSUES} more` };
  return [...issues.slice(0, MAX_ISSUES), more];
}

function line(issue: DatasetIssue): string {
  // Semantic messages already name their place ("nodes[3] (id …): …"); shape ones do not.
  return issue.path === '' || issue.message.startsWith(issue.path.split('.')[0] ?? '')
    ? issue.message
    : `${issue.path}: ${issue.message}`;
}

/** `[{key:'nodes'},{key:12},{key:'kind'}]` → `nodes[12].kind`; after `prefix` when given. */
function issuePath(issue: BaseIssue<unknown>, prefix: string): string {
  let path = prefix;
  for (const item of issue.path ?? []) {
    const key = item.key;
    path += typeof key === 'number' ? `[${key}]` : `${path === '' ? '' : '.'}${String(key)}`;
  }
  return path;
}

function fromValibot({ issue, prefix }: PlacedIssue): DatasetIssue {
  const path = issuePath(issue, prefix) || '(top level)';
  let message: string;
  if (issue.kind === 'validation') {
    message = issue.message; // our own wording, set in schema.ts
  } else if (issue.received === 'undefined') {
    message = 'is missing';
  } else if (issue.type === 'picklist' && issue.expected !== null) {
    // valibot writes the options as `("a" | "b")`; a reader wants `a, b`.
    const options = issue.expected.replace(/[()"]/g, '').split(' | ').join(', ');
    message = `expected one of ${options}, got ${issue.received}`;
  } else if (issue.type === 'literal' && path === 'version') {
    message = `this app reads version ${issue.expected ?? '?'} files, got ${issue.received}`;
  } else {
    message = `expected ${issue.expected ?? 'another value'}, got ${issue.received}`;
  }
  return { path, message };
}
