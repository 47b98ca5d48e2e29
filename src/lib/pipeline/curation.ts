/**
 * Reading the curation files: shape checks entry by entry, so every bad entry is reported with
 * its file and key (`data/curation/signatories.json › "Japan Uyghur Association" › country.basis: …`).
 */
import { safeParse, type GenericSchema } from 'valibot';
import {
  ActorLinkSchema,
  ActorNodeSchema,
  ActorsFileSchema,
  SignatoriesFileSchema,
  SignatoryEntrySchema,
  SignatoryExtraSchema,
  SignatoryRefSchema,
  type ActorLink,
  type ActorNode,
  type SignatoryEntry,
  type SignatoryExtra,
  type SignatoryRef,
} from './curation-schema.ts';
import { describeIssues, SEP } from './issues.ts';
import { slugify } from '../text/slug.ts';

/** A checked entry and the place it came from, for later messages. */
export interface Placed<T> {
  entry: T;
  where: string;
}

/** One letter's signatories file: printed name → its classification, or a sameAs reference. */
export interface SignatoryList {
  file: string;
  entries: Map<string, Placed<SignatoryEntry | SignatoryRef>>;
  /** Keys whose entry failed its shape check: already reported. */
  rejected: Set<string>;
}

/** The curation files, shape-checked. Entries that failed are left out and reported. */
export interface Curation {
  /** One per letter, in the order of letters.json; keyed by the name exactly as printed. */
  lists: SignatoryList[];
  nodes: Placed<ActorNode>[];
  /** Keyed by signatory node id. */
  extras: Map<string, Placed<SignatoryExtra>>;
  links: Placed<ActorLink>[];
  /**
   * Node ids whose entry failed its shape check: already reported, so later steps stay quiet
   * about them instead of adding "no entry" or "not a node id" echoes.
   */
  rejected: { ids: Set<string> };
}

function check<T>(
  schema: GenericSchema<unknown, T>,
  raw: unknown,
  where: string,
  errors: string[],
): T | null {
  const result = safeParse(schema, raw);
  if (result.success) return result.output;
  errors.push(...describeIssues(where, result.issues));
  return null;
}

/** A short label for a node or link entry, so messages read without opening the file. */
function label(raw: unknown, keys: readonly string[]): string {
  if (typeof raw !== 'object' || raw === null) return '';
  const record = raw as Record<string, unknown>;
  const parts = keys.map((k) => record[k]).filter((v): v is string => typeof v === 'string');
  return parts.length > 0 ? ` (${parts.join(' ')})` : '';
}

/** An entry with `sameAs` is a reference; anything else must be a full classification. */
function isRef(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && 'sameAs' in raw;
}

/**
 * Shape-check the letters' signatories files and actors.json. `raw: undefined` means the file is
 * missing. `fatal`: a file is missing or not of the expected outer shape, so checking further
 * would only echo that one problem.
 */
export function readCuration(
  lists: readonly { file: string; raw: unknown }[],
  actorsRaw: unknown,
  actorsFile: string,
): { curation: Curation; errors: string[]; fatal: boolean } {
  const errors: string[] = [];
  const curation: Curation = {
    lists: [],
    nodes: [],
    extras: new Map(),
    links: [],
    rejected: { ids: new Set() },
  };
  const idOf = (raw: unknown, name: string | undefined) => {
    const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const id = typeof record['id'] === 'string' ? record['id'] : undefined;
    const named = name ?? (typeof record['name'] === 'string' ? record['name'] : '');
    return id ?? slugify(named);
  };
  const missing = (file: string) =>
    `${file}: file not found (see data/curation/README.md for its format)`;

  // A missing or unreadable file would echo as hundreds of "no entry" errors: stop at it.
  let fatal = false;
  for (const { file, raw: fileRaw } of lists) {
    const list: SignatoryList = { file, entries: new Map(), rejected: new Set() };
    curation.lists.push(list);
    if (fileRaw === undefined) {
      errors.push(missing(file));
      fatal = true;
      continue;
    }
    const all = check(SignatoriesFileSchema, fileRaw, file, errors);
    if (all === null) fatal = true;
    for (const [name, raw] of Object.entries(all ?? {})) {
      const where = `${file}${SEP}${JSON.stringify(name)}`;
      const ref = isRef(raw);
      const entry = ref
        ? check(SignatoryRefSchema, raw, where, errors)
        : check(SignatoryEntrySchema, raw, where, errors);
      if (entry) list.entries.set(name, { entry, where });
      else {
        list.rejected.add(name);
        if (!ref) curation.rejected.ids.add(idOf(raw, name));
      }
    }
  }

  if (actorsRaw === undefined) {
    errors.push(missing(actorsFile));
    fatal = true;
  } else {
    const file = check(ActorsFileSchema, actorsRaw, actorsFile, errors);
    if (file === null) fatal = true;
    file?.nodes.forEach((raw, i) => {
      const where = `${actorsFile}${SEP}nodes[${i}]${label(raw, ['id']) || label(raw, ['name'])}`;
      const entry = check(ActorNodeSchema, raw, where, errors);
      if (entry) curation.nodes.push({ entry, where });
      else curation.rejected.ids.add(idOf(raw, undefined));
    });
    for (const [id, raw] of Object.entries(file?.signatories ?? {})) {
      const where = `${actorsFile}${SEP}signatories${SEP}${JSON.stringify(id)}`;
      const entry = check(SignatoryExtraSchema, raw, where, errors);
      if (entry) curation.extras.set(id, { entry, where });
    }
    file?.links.forEach((raw, i) => {
      const where = `${actorsFile}${SEP}links[${i}]${label(raw, ['source', 'relation', 'target'])}`;
      const entry = check(ActorLinkSchema, raw, where, errors);
      if (entry) curation.links.push({ entry, where });
    });
  }
  return { curation, errors, fatal };
}
