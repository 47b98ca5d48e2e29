/**
 * Issues as a person fixing a file reads them: the field, the entry it belongs to (by id, which
 * they can search for in their editor), and the reason without the place repeated.
 */
import type { DatasetIssue } from './check.ts';

export interface ExplainedIssue {
  /** `nodes[12].kind`, or '' for the file as a whole (not JSON, "… and N more"). */
  field: string;
  /** The id of the top-level entry the field is in (`"amnesty-international"`), or null. */
  entry: string | null;
  reason: string;
}

const ENTRY = /^(documents|nodes|links)\[(\d+)\]/;
/** The owner prefix check.ts writes: `nodes[3] (id "x"): ` or `documents[0]: `. */
const OWNER = /^(?:documents|nodes|links)\[\d+\](?: \(id "[^"]*"\))?: /;

/**
 * `explainIssues({nodes: [{id: 'a', kind: 'x'}]}, [{path: 'nodes[0].kind', message: 'expected …'}])`
 * → `[{ field: 'nodes[0].kind', entry: 'a', reason: 'expected …' }]`. `raw` is the parsed
 * JSON (or null when it is not JSON); it is only read.
 */
export function explainIssues(raw: unknown, issues: readonly DatasetIssue[]): ExplainedIssue[] {
  return issues.map(({ path, message }) => ({
    field: path,
    entry: entryId(raw, path),
    reason: message.replace(OWNER, ''),
  }));
}

function entryId(raw: unknown, path: string): string | null {
  const match = ENTRY.exec(path);
  if (!match || typeof raw !== 'object' || raw === null) return null;
  const list = (raw as Record<string, unknown>)[match[1]!];
  if (!Array.isArray(list)) return null;
  const item: unknown = list[Number(match[2])];
  if (typeof item !== 'object' || item === null) return null;
  const id = (item as Record<string, unknown>).id;
  return typeof id === 'string' && id !== '' ? id : null;
}
