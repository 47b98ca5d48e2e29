/**
 * The data contract: the shape of `data/coalition.json`.
 *
 * The pipeline (scripts/, src/lib/pipeline) writes it, the app (src/lib/dataset) reads it, and
 * nothing else couples the two. `data/README.md` documents every field for outside users;
 * `src/lib/dataset/schema.ts` checks it.
 */

/** Bumped when the shape changes in a way that old readers cannot follow. */
export const SCHEMA_VERSION = 1;

export const DOCUMENT_KINDS = ['open-letter', 'news-report', 'press-statement'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const NODE_KINDS = [
  'organisation',
  'person',
  'coalition',
  'government',
  'intergovernmental',
  'media',
  'report',
] as const;
/**
 * organisation: an NGO, association, foundation, university, party…
 * person: a named individual (signatories who sign as persons are `person` too).
 * coalition: a joint letter, statement or other joint (or one-sided, collective) action.
 * government: a state or one of its organs (ministry, head of state, legislator's office).
 * intergovernmental: the UN and its bodies and offices.
 * media: a news outlet that reported.
 * report: a published report or body of evidence (the OHCHR assessment, the Xinjiang Police Files).
 */
export type NodeKind = (typeof NODE_KINDS)[number];

export const GROUPS = [
  'diaspora',
  'international',
  'solidarity',
  'national',
  'faith',
  'academic',
  'professional',
  'individual',
] as const;
/** The classification of organisations and individual signatories (see data/README.md). */
export type Group = (typeof GROUPS)[number];

export const BASES = ['document', 'name', 'curated'] as const;
/** Where a classification comes from: a cited sentence, a locative name, or curation with a note. */
export type Basis = (typeof BASES)[number];

export const RELATIONS = [
  'signed',
  'addressed_to',
  'leads',
  'member_of',
  'spokesperson_for',
  'affiliated_with',
  'part_of',
  'authored',
  'published',
  'responded_to',
  'welcomed',
  'rejected',
  'criticised',
  'called_on',
  'reported',
  'cited',
  'testified_before',
  'co_signed',
] as const;
/**
 * A typed, directed relation: `source <relation> target` reads as a sentence.
 * signed: joined a joint letter or statement · addressed_to: a letter or report is addressed to ·
 * leads: heads (president, director, founder, CEO, prime minister) · member_of: an official or
 * member of · spokesperson_for · affiliated_with: fellow, staff, photographer for · part_of: an
 * organ of a larger body · authored: issued a statement, letter or response · published:
 * released a report · responded_to · welcomed · rejected · criticised · called_on: urged to act ·
 * reported: a medium reported on · cited: relies on the work of · testified_before ·
 * co_signed: signed letters together, drawn only by the co-signature graph (compare/cosign.ts)
 * from two `signed` links, never curated.
 */
export type Relation = (typeof RELATIONS)[number];

/** A span of a document: `documents[doc].text.slice(start, end) === quote`, in UTF-16 units. */
export interface Citation {
  doc: string;
  start: number;
  end: number;
  quote: string;
}

/** Why a classification holds. `citation` is present exactly when `basis` is `document`. */
export interface Provenance {
  basis: Basis;
  citation?: Citation;
  note?: string;
}

export interface SourceDocument {
  id: string;
  title: string;
  publisher: string;
  /** How the publisher is known when the text does not print it (e.g. curated from a byline). */
  publisherNote?: string;
  /** ISO date `YYYY-MM-DD`, or null when the document prints none. */
  date: string | null;
  /** How the date was read or resolved, or why it is null. */
  dateNote: string;
  kind: DocumentKind;
  /** File name under data/sources/. */
  file: string;
  /** The name the file was received under. */
  originalFile: string;
  /** The full verbatim text, byte for byte as received. */
  text: string;
}

export interface GraphNode {
  id: string;
  kind: NodeKind;
  /** The name exactly as printed (for signatories, as in the letter's list). */
  name: string;
  /** Other names and acronyms, searchable. */
  aliases: string[];
  /** Every mention of this actor in every document. At least one. */
  citations: Citation[];
  /** A person's role(s) or a body's function, as the documents give it; empty when none. */
  description: string;
  /** Organisations and individual signatories; null for other kinds. */
  group: Group | null;
  groupProvenance: Provenance | null;
  /** Secondary facets, e.g. `uyghur-solidarity`. */
  tags: string[];
  /** ISO 3166-1 alpha-2 of where the actor is based, or null when not known. */
  country: string | null;
  countryProvenance: Provenance | null;
  /** Derived from `country` at build time (world-countries): e.g. "Europe", "Western Europe". */
  region: string | null;
  subregion: string | null;
  /** Coalitions and reports: the ISO date they were issued or released, when the texts allow. */
  date: string | null;
  dateNote: string | null;
  /** True for the signatories of the letter whose list the dataset was built from. */
  signatory: boolean;
}

export interface GraphLink {
  /** Stable id: `${source}--${relation}--${target}`. */
  id: string;
  source: string;
  target: string;
  relation: Relation;
  /** The sentence(s) that state the relation. At least one. */
  citations: Citation[];
  /** When the relation holds, if the texts date it. */
  date: string | null;
  /** The last day it held, for a relation that ended (optional: absent while it holds). */
  until?: string;
  note: string | null;
}

export interface Dataset {
  version: number;
  /** ISO date of the newest source document: a human-readable dataset edition. */
  edition: string;
  /**
   * What the dataset is, in a line ("The coalition behind the 8 March 2022 open letter …"): the
   * app's subtitle and the citation's name for it. Without it the app words one from the
   * coalitions the nodes signed.
   */
  title?: string;
  /** What it covers and where from, in a sentence or two: the intro panel and the GEXF file. */
  description?: string;
  documents: SourceDocument[];
  nodes: GraphNode[];
  links: GraphLink[];
  /**
   * Optional: the dataset's own layout, `[x, y]` per node id (as `data/layout.json` holds for
   * the built-in data). Used when it places every node; else the app lays the graph out.
   */
  positions?: Record<string, [number, number]>;
}
