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
  type ActorLink,
  type ActorNode,
  type SignatoryEntry,
  type SignatoryExtra,
} from './curation-schema.ts';
import { describeIssues, SEP } from './issues.ts';
import { slugify } from '../text/slug.ts';

/** A checked entry and the place it came from, for later messages. */
export interface Placed<T> {
  entry: T;
  where: string;
}

/** Both curation files, shape-checked. Entries that failed are left out and reported. */
export interface Curation {
  /** Keyed by the name exactly as printed in the letter. */
  signatories: Map<string, Placed<SignatoryEntry>>;
  nodes: Placed<ActorNode>[];
  /** Keyed by signatory node id. */
  extras: Map<string, Placed<SignatoryExtra>>;
  links: Placed<ActorLink>[];
  /**
   * Entries that failed their shape check (signatory keys, node ids): already reported, so later
   * steps stay quiet about them instead of adding "no entry" or "not a node id" echoes.
   */
  rejected: { signatories: Set<string>; ids: Set<string> };
}

/** Where the curation lives, as named in messages. */
export interface CurationFiles {
  signatories: string;
  actors: string;
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

/**
 * Shape-check both files. `undefined` means the file is missing. `fatal`: a file is missing or
 * not of the expected outer shape, so checking further would only echo that one problem.
 */
export function readCuration(
  signatoriesRaw: unknown,
  actorsRaw: unknown,
  files: CurationFiles,
): { curation: Curation; errors: string[]; fatal: boolean } {
  const errors: string[] = [];
  const curation: Curation = {
    signatories: new Map(),
    nodes: [],
    extras: new Map(),
    links: [],
    rejected: { signatories: new Set(), ids: new Set() },
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
  let fatal = signatoriesRaw === undefined || actorsRaw === undefined;
  if (signatoriesRaw === undefined) errors.push(missing(files.signatories));
  else {
    const all = check(SignatoriesFileSchema, signatoriesRaw, files.signatories, errors);
    if (all === null) fatal = true;
    for (const [name, raw] of Object.entries(all ?? {})) {
      const where = `${files.signatories}${SEP}${JSON.stringify(name)}`;
      const entry = check(SignatoryEntrySchema, raw, where, errors);
      if (entry) curation.signatories.set(name, { entry, where });
      else {
        curation.rejected.signatories.add(name);
        curation.rejected.ids.add(idOf(raw, name));
      }
    }
  }

  if (actorsRaw === undefined) errors.push(missing(files.actors));
  else {
    const file = check(ActorsFileSchema, actorsRaw, files.actors, errors);
    if (file === null) fatal = true;
    file?.nodes.forEach((raw, i) => {
      const where = `${files.actors}${SEP}nodes[${i}]${label(raw, ['id']) || label(raw, ['name'])}`;
      const entry = check(ActorNodeSchema, raw, where, errors);
      if (entry) curation.nodes.push({ entry, where });
      else curation.rejected.ids.add(idOf(raw, undefined));
    });
    for (const [id, raw] of Object.entries(file?.signatories ?? {})) {
      const where = `${files.actors}${SEP}signatories${SEP}${JSON.stringify(id)}`;
      const entry = check(SignatoryExtraSchema, raw, where, errors);
      if (entry) curation.extras.set(id, { entry, where });
    }
    file?.links.forEach((raw, i) => {
      const where = `${files.actors}${SEP}links[${i}]${label(raw, ['source', 'relation', 'target'])}`;
      const entry = check(ActorLinkSchema, raw, where, errors);
      if (entry) curation.links.push({ entry, where });
    });
  }
  return { curation, errors, fatal };
}
