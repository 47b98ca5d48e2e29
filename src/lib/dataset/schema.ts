/**
 * The valibot schema of `data/coalition.json`: the shape half of the contract in `types.ts`.
 *
 * Semantic rules (ids resolve, quotes are verbatim) live in `check.ts`; both run in
 * `parseDataset`. The pipeline also feeds this schema to @valibot/to-json-schema to write
 * `data/coalition.schema.json`, so the checks here are the ones outside users get too.
 */
import {
  array,
  boolean,
  integer,
  literal,
  minLength,
  minValue,
  nullable,
  number,
  object,
  optional,
  picklist,
  pipe,
  record,
  regex,
  string,
  tuple,
  type InferOutput,
} from 'valibot';
import {
  BASES,
  DOCUMENT_KINDS,
  GROUPS,
  NODE_KINDS,
  RELATIONS,
  SCHEMA_VERSION,
  type Citation,
  type Dataset,
  type GraphLink,
  type GraphNode,
  type Provenance,
  type SourceDocument,
} from '../types.ts';

/** `YYYY-MM-DD`: document dates and the edition. */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: coalitions and links may be dated only to a year or month. */
export const ISO_PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** ISO 3166-1 alpha-2. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;

const offset = pipe(
  number(),
  integer('expected a whole number'),
  minValue(0, 'expected 0 or more'),
);
const nonEmpty = pipe(string(), minLength(1, 'must not be empty'));
/** Words for people to read: a string with at least one character that is not a space. */
const prose = pipe(string(), regex(/\S/, 'must not be blank'));
const isoDay = pipe(string(), regex(ISO_DAY, 'expected an ISO date YYYY-MM-DD'));
const isoPartial = pipe(
  string(),
  regex(ISO_PARTIAL, 'expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** A span of a document; `check.ts` verifies that `quote` is the text at `start…end`. */
export const CitationSchema = object({
  doc: nonEmpty,
  start: offset,
  end: offset,
  quote: string(),
});

const citations = pipe(array(CitationSchema), minLength(1, 'needs at least one citation'));

/** Why a classification holds; `check.ts` enforces "citation iff basis is document". */
export const ProvenanceSchema = object({
  basis: picklist(BASES),
  citation: optional(CitationSchema),
  note: optional(string()),
});

/** One source document with its full verbatim text. */
export const DocumentSchema = object({
  id: nonEmpty,
  title: string(),
  publisher: string(),
  publisherNote: optional(string()),
  date: nullable(isoDay),
  dateNote: string(),
  kind: picklist(DOCUMENT_KINDS),
  file: string(),
  originalFile: string(),
  text: string(),
});

/** One actor. */
export const NodeSchema = object({
  id: nonEmpty,
  kind: picklist(NODE_KINDS),
  name: nonEmpty,
  aliases: array(string()),
  citations,
  description: string(),
  group: nullable(picklist(GROUPS)),
  groupProvenance: nullable(ProvenanceSchema),
  tags: array(string()),
  country: nullable(
    pipe(string(), regex(COUNTRY_CODE, 'expected an ISO 3166-1 alpha-2 code such as "DE"')),
  ),
  countryProvenance: nullable(ProvenanceSchema),
  region: nullable(string()),
  subregion: nullable(string()),
  date: nullable(isoPartial),
  dateNote: nullable(string()),
  signatory: boolean(),
});

/** One typed, directed relation. */
export const LinkSchema = object({
  id: nonEmpty,
  source: nonEmpty,
  target: nonEmpty,
  relation: picklist(RELATIONS),
  citations,
  date: nullable(isoPartial),
  until: optional(isoPartial),
  note: nullable(string()),
});

/** The whole file. `version` must equal the version this code reads. */
export const DatasetSchema = object({
  version: literal(SCHEMA_VERSION),
  edition: isoDay,
  title: optional(prose),
  description: optional(prose),
  documents: array(DocumentSchema),
  nodes: array(NodeSchema),
  links: array(LinkSchema),
  positions: optional(record(string(), tuple([number(), number()]))),
});

// Compile-time proof that the schema and types.ts describe the same shape: if a field is added
// to one and not the other, `npx tsc` fails here (and nothing of it reaches the bundle).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AllTrue<T extends true[]> = T;
/** Exists only to be type-checked: each entry is `true` when schema and type agree. */
export type SchemaMatchesTypes = AllTrue<
  [
    Same<InferOutput<typeof CitationSchema>, Citation>,
    Same<InferOutput<typeof ProvenanceSchema>, Provenance>,
    Same<InferOutput<typeof DocumentSchema>, SourceDocument>,
    Same<InferOutput<typeof NodeSchema>, GraphNode>,
    Same<InferOutput<typeof LinkSchema>, GraphLink>,
    // `version` is the literal 1 in the schema and a number in the type: compare the rest.
    Same<Omit<InferOutput<typeof DatasetSchema>, 'version'>, Omit<Dataset, 'version'>>,
  ]
>;
