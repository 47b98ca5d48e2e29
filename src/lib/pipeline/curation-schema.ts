/**
 * The shape of the curation files (data/curation/README.md), as valibot schemas. Objects are
 * strict: a misspelt field stops the build instead of being ignored.
 */
import {
  array,
  integer,
  minLength,
  minValue,
  nullable,
  number,
  optional,
  picklist,
  pipe,
  record,
  regex,
  strictObject,
  string,
  union,
  unknown,
  type InferOutput,
} from 'valibot';
import { BASES, GROUPS, NODE_KINDS, RELATIONS } from '../types.ts';
import { TAGS } from './vocabulary.ts';

const text = pipe(string(), minLength(1, 'must not be empty'));
const occurrence = optional(
  pipe(number(), integer('expected a whole number'), minValue(1, 'counts from 1')),
);
const isoPartial = pipe(
  string(),
  regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD'),
);
const country = pipe(
  string(),
  regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code in capitals, such as "DE"'),
);

const factFields = {
  basis: picklist(BASES),
  doc: optional(text),
  quote: optional(text),
  occurrence,
  note: optional(text),
};

/** `{ value, basis, doc?, quote?, occurrence?, note? }` for a group. */
export const GroupFactSchema = strictObject({ value: nullable(picklist(GROUPS)), ...factFields });
/** The same for a country code. */
export const CountryFactSchema = strictObject({ value: nullable(country), ...factFields });
/** A group or country fact, once shape-checked. */
export type Fact = InferOutput<typeof GroupFactSchema> | InferOutput<typeof CountryFactSchema>;

/** A phrase to find, everywhere or only in some documents. */
export const MentionSchema = union(
  [
    text,
    strictObject({ text, docs: pipe(array(text), minLength(1, 'name at least one document')) }),
  ],
  'expected a phrase, or { "text": phrase, "docs": [document ids] }',
);
/** A mention phrase, once shape-checked. */
export type Mention = InferOutput<typeof MentionSchema>;

const names = {
  aliases: optional(array(text)),
  mentions: optional(array(MentionSchema)),
  description: optional(string()),
};

/** One value of signatories.json, keyed by the printed name. */
export const SignatoryEntrySchema = strictObject({
  kind: optional(picklist(NODE_KINDS)),
  id: optional(text),
  ...names,
  group: GroupFactSchema,
  country: CountryFactSchema,
  tags: optional(array(picklist(TAGS))),
});
/** A signatories.json entry, once shape-checked. */
export type SignatoryEntry = InferOutput<typeof SignatoryEntrySchema>;

/**
 * A value of a letter's signatories file that names an actor already classified elsewhere (in an
 * earlier letter's file or actors.json): `{ "sameAs": "world-uyghur-congress" }`. The printed
 * name signs as that node; `aliases` adds the printed variant's other names to it.
 */
export const SignatoryRefSchema = strictObject({ sameAs: text, aliases: optional(array(text)) });
/** A sameAs entry, once shape-checked. */
export type SignatoryRef = InferOutput<typeof SignatoryRefSchema>;

/** One element of actors.json `nodes`. */
export const ActorNodeSchema = strictObject({
  id: optional(text),
  kind: picklist(NODE_KINDS),
  name: text,
  ...names,
  group: optional(nullable(GroupFactSchema)),
  country: optional(nullable(CountryFactSchema)),
  tags: optional(array(picklist(TAGS))),
  date: optional(nullable(isoPartial)),
  dateNote: optional(nullable(string())),
});
/** An actors.json node, once shape-checked. */
export type ActorNode = InferOutput<typeof ActorNodeSchema>;

/** One value of actors.json `signatories`, keyed by node id: extra names for a signatory. */
export const SignatoryExtraSchema = strictObject({
  ...names,
  country: optional(CountryFactSchema),
});
/** An actors.json signatory addition, once shape-checked. */
export type SignatoryExtra = InferOutput<typeof SignatoryExtraSchema>;

/** A quote to locate: `{ doc, quote, occurrence? }`. */
export const CiteSchema = strictObject({ doc: text, quote: text, occurrence });
/** A cite, once shape-checked. */
export type Cite = InferOutput<typeof CiteSchema>;

/** One element of actors.json `links`. */
export const ActorLinkSchema = strictObject({
  source: text,
  // `co_signed` is drawn by the app from two signatures, never curated.
  relation: picklist(RELATIONS.filter((r) => r !== 'co_signed')),
  target: text,
  cite: pipe(
    array(CiteSchema),
    minLength(1, 'needs at least one cite: the sentence that states it'),
  ),
  date: optional(nullable(isoPartial)),
  until: optional(isoPartial),
  note: optional(nullable(string())),
});
/** An actors.json link, once shape-checked. */
export type ActorLink = InferOutput<typeof ActorLinkSchema>;

/** The outer shapes; entries are checked one by one so one bad entry does not hide the others. */
export const SignatoriesFileSchema = record(string(), unknown());
/** actors.json: three collections, each entry checked on its own. */
export const ActorsFileSchema = strictObject({
  nodes: array(unknown()),
  signatories: optional(record(string(), unknown())),
  links: array(unknown()),
});
