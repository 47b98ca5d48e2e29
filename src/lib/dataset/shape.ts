/**
 * The shape half of the gate, entry by entry: the file's top level against `DatasetSchema`
 * with its three lists taken as they are, then every document, node and link against its own
 * schema, one `yield` each (lib/schedule/slices.ts), so 20,000 actors are checked between
 * frames instead of in one frozen second. The issues are those of one `safeParse` of the whole
 * file, in the same order, with the same paths (`nodes[12].kind`).
 */
import { array, object, safeParse, unknown, type BaseIssue, type GenericSchema } from 'valibot';
import type { Steps } from '../schedule/slices.ts';
import { ACCEPT } from './accept.ts';
import { DatasetSchema, DocumentSchema, LinkSchema, NodeSchema } from './schema.ts';

/** The lists checked entry by entry, in the file's key order, with their entry schema. */
const LISTS = [
  ['documents', DocumentSchema],
  ['nodes', NodeSchema],
  ['links', LinkSchema],
] as const satisfies readonly (readonly [string, GenericSchema])[];

/** `DatasetSchema` with each list taken as an array of anything, checked apart. */
const TopSchema = object({
  ...DatasetSchema.entries,
  ...Object.fromEntries(LISTS.map(([key]) => [key, array(unknown())])),
});

/** A valibot issue and where it is: `prefix` is the entry's own path (`nodes[12]`). */
export interface PlacedIssue {
  prefix: string;
  issue: BaseIssue<unknown>;
}

export interface ShapeResult {
  /** The checked value (unknown keys dropped, as valibot does); partial when issues were found. */
  output: unknown;
  issues: PlacedIssue[];
}

/** Checks `raw` entry by entry; see the module comment. */
export function* shapeSteps(raw: unknown): Steps<ShapeResult> {
  const top = safeParse(TopSchema, raw);
  const topIssues: PlacedIssue[] = (top.issues ?? []).map((issue) => ({ prefix: '', issue }));
  if (top.output === null || typeof top.output !== 'object')
    return { output: top.output, issues: topIssues };
  const output: Record<string, unknown> = { ...top.output };
  const listIssues = new Map<string, PlacedIssue[]>();
  // Whether `raw` is its own output: every entry taken as it is, and the top level's keys as
  // valibot writes them (none unknown, same order). Its values are then equal: valibot changes
  // none (no transforms), it only copies the lists and the positions.
  let asItCame = Object.keys(raw as object).join() === Object.keys(output).join();
  for (const [key, schema] of LISTS) {
    const entries = output[key];
    if (!Array.isArray(entries)) continue;
    const found: PlacedIssue[] = [];
    const checked: unknown[] = [];
    const accept = ACCEPT[key];
    for (let i = 0; i < entries.length; i++) {
      // Valid entries as they are (accept.ts); valibot for the rest, which words the issues.
      if (accept(entries[i])) {
        checked.push(entries[i]);
        yield;
        continue;
      }
      asItCame = false;
      const r = safeParse(schema, entries[i]);
      checked.push(r.output);
      for (const issue of r.issues ?? []) found.push({ prefix: `${key}[${i}]`, issue });
      yield;
    }
    output[key] = checked;
    listIssues.set(key, found);
  }
  // The object given, not an equal copy: what was derived from it before the check (the
  // first picture's index and seeds, components/graph/preview.ts) is the app's (issue 10).
  if (asItCame && topIssues.length === 0) return { output: raw, issues: [] };
  // In the order one parse of the whole file gives: by top-level key, each list's entries
  // right after the list's own issues.
  const keys = Object.keys(DatasetSchema.entries);
  // A top-level issue's first path key is the file's key, a string (object keys).
  const keyOf = (p: PlacedIssue) => {
    const key: unknown = p.issue.path?.[0]?.key;
    return typeof key === 'string' ? key : '';
  };
  const issues = topIssues.filter((p) => !keys.includes(keyOf(p)));
  for (const key of keys) {
    issues.push(...topIssues.filter((p) => keyOf(p) === key), ...(listIssues.get(key) ?? []));
  }
  return { output, issues };
}
