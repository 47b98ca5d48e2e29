/**
 * Build errors: every problem is collected, then all are printed at once, each naming the file,
 * the entry and the reason: `data/curation/actors.json › links[3] › relation: "leads_to" is not one of …`.
 */
import type { BaseIssue } from 'valibot';
import { plural } from '../text/plural.ts';

/** Joins the parts of a place: file › entry › field. */
export const SEP = ' › ';

/** The build failed; `errors` holds every problem found, one line each. */
export class BuildError extends Error {
  readonly errors: string[];

  constructor(errors: string[], options?: ErrorOptions) {
    const n = errors.length;
    super(
      `The data build stopped: ${plural(n, 'problem')}.\n${errors.map((e) => `  - ${e}`).join('\n')}`,
      options,
    );
    this.name = 'BuildError';
    this.errors = errors;
  }
}

/** `[{key:'cite'},{key:0},{key:'quote'}]` → `cite[0].quote`. */
function pathOf(issue: BaseIssue<unknown>): string {
  let path = '';
  for (const { key } of issue.path ?? []) {
    path += typeof key === 'number' ? `[${key}]` : `${path === '' ? '' : '.'}${String(key)}`;
  }
  return path;
}

/** Why a valibot issue failed, in words: `"place" is not one of document, name, curated`. */
function reasonOf(issue: BaseIssue<unknown>): string {
  if (issue.kind === 'validation') return issue.message; // our own wording in the schema
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return 'is not a known field (a typo? see data/curation/README.md)';
  }
  if (issue.received === 'undefined') return 'is missing';
  if (issue.type === 'picklist' && issue.expected !== null) {
    // valibot prints options as `("a" | "b")`; a curator wants `a, b`.
    return `${issue.received} is not one of ${issue.expected.replace(/[()"]/g, '').split(' | ').join(', ')}`;
  }
  if (issue.type === 'union' || issue.type === 'custom') return issue.message;
  return `expected ${issue.expected ?? 'another value'}, got ${issue.received}`;
}

/** One message per valibot issue: `${where} › ${path}: ${reason}`. */
export function describeIssues(where: string, issues: readonly BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = pathOf(issue);
    return `${where}${path === '' ? '' : SEP + path}: ${reasonOf(issue)}`;
  });
}
