/**
 * The work in progress of "Map another letter", as data: the letters brought so far, each with
 * its text, its list as adjusted, and a decision per printed name. Saved as the person works
 * and checked when read back (a version field, so a later shape can migrate this one).
 */
import {
  array,
  boolean,
  literal,
  nullable,
  number,
  object,
  optional,
  picklist,
  record,
  safeParse,
  string,
  union,
  variant,
  type InferOutput,
} from 'valibot';
import { BASES, DOCUMENT_KINDS, GROUPS } from '../types.ts';
import { TAGS } from '../pipeline/vocabulary.ts';

/** Bumped when the saved shape changes; `readProject` migrates or refuses older ones. */
export const PROJECT_VERSION = 2;

/** A group or country as decided: the value, its basis and its note or quote. */
const FactChoiceSchema = object({
  value: nullable(string()),
  basis: picklist(BASES),
  note: optional(string()),
  /** Basis document: the words chosen in the letter, and which occurrence (1-based). */
  quote: optional(string()),
  occurrence: optional(number()),
});
export type FactChoice = InferOutput<typeof FactChoiceSchema>;

/** The same actor as a node of the map (found by name, alias, or merged by the person). */
const SameSchema = object({
  as: literal('same'),
  id: string(),
  how: picklist(['name', 'alias', 'merged']),
});
/** A new actor, classified by draft or by the person. */
const NewSchema = object({
  as: literal('new'),
  kind: picklist(['organisation', 'person']),
  group: object({ ...FactChoiceSchema.entries, value: nullable(picklist(GROUPS)) }),
  country: FactChoiceSchema,
  tags: array(picklist(TAGS)),
  /** The person looked at it and confirmed (or changed) the draft. */
  confirmed: boolean(),
});
const ReviewSchema = variant('as', [SameSchema, NewSchema]);
export type Review = InferOutput<typeof ReviewSchema>;
export type NewActor = InferOutput<typeof NewSchema>;

const LetterSchema = object({
  /** Document id (sources.json) and the coalition node its signers sign. */
  doc: string(),
  node: string(),
  /** File name under sources/, and the one it was received under. */
  file: string(),
  originalFile: string(),
  title: string(),
  publisher: string(),
  date: nullable(string()),
  dateNote: string(),
  kind: picklist(DOCUMENT_KINDS),
  text: string(),
  /** The list as the person left it: names exactly as printed, in order, each with its line. */
  list: array(object({ name: string(), line: number() })),
  /** Where the list starts and ends (lines), for moving them again. */
  range: object({ start: number(), end: number() }),
  /** Decision per printed name. */
  review: record(string(), ReviewSchema),
});
export type ImportedLetter = InferOutput<typeof LetterSchema>;

/**
 * A map the person opened (or built) as the base: its name, and the key of its copy kept
 * beside the project (`ProjectStore.saveBase`), which is too big to rewrite on every change.
 */
const OpenedSchema = object({ title: string(), key: string() });

export const ProjectSchema = object({
  version: literal(PROJECT_VERSION),
  /** What the letters are added to: the built-in map, an empty one, or an opened one (v2). */
  base: union([picklist(['builtin', 'empty']), OpenedSchema]),
  letters: array(LetterSchema),
  /** Near-match pairs the person kept apart: `"name A\u0000name B"`. */
  apart: array(string()),
});
export type ImportProject = InferOutput<typeof ProjectSchema>;
/** What a project adds its letters to. */
export type ProjectBase = ImportProject['base'];

/** A fresh project on the built-in map, an empty one or an opened one. */
export function emptyProject(base: ImportProject['base']): ImportProject {
  return { version: PROJECT_VERSION, base, letters: [], apart: [] };
}

/** A saved project checked, or null with the reason (a bad save never replaces good work). */
export function readProject(raw: unknown): { project: ImportProject } | { error: string } {
  // Version 1 differs only in knowing two bases, which version 2 still has.
  const v1 = typeof raw === 'object' && raw !== null && 'version' in raw && raw.version === 1;
  const parsed = safeParse(ProjectSchema, v1 ? { ...raw, version: PROJECT_VERSION } : raw);
  if (parsed.success) return { project: parsed.output };
  const first = parsed.issues[0];
  const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
  return {
    error: `The saved import does not fit version ${PROJECT_VERSION}${path ? ` at ${path}` : ''}: ${first?.message ?? 'unknown shape'}.`,
  };
}

/** The key of a near-match pair, the same whichever way round. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
