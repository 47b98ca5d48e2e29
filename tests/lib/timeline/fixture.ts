/**
 * A hand-made timeline of 12 nodes and 9 links (no documents, no citations: the timeline reads
 * only ids, dates and ends). Written for the edge cases of the rule in src/lib/timeline:
 * a year-only date (`2020`), a month-only date (`2022-04`), links with and without their own
 * date, a node with no links, and an undated pair (spokesperson → ministry).
 */
import type { Dataset, GraphLink, GraphNode, NodeKind, Relation } from '../../../src/lib/types.ts';

function node(id: string, kind: NodeKind, date: string | null = null): GraphNode {
  return {
    id,
    kind,
    name: id.toUpperCase(),
    aliases: [],
    citations: [],
    description: '',
    group: null,
    groupProvenance: null,
    tags: [],
    country: null,
    countryProvenance: null,
    region: null,
    subregion: null,
    date,
    dateNote: null,
    signatory: false,
  };
}

function link(
  source: string,
  relation: Relation,
  target: string,
  date: string | null = null,
): GraphLink {
  return {
    id: `${source}--${relation}--${target}`,
    source,
    target,
    relation,
    citations: [],
    date,
    note: null,
  };
}

/** The fixture, freshly built each call so a test can never leak into another. */
export function timelineFixture(): Dataset {
  return {
    version: 1,
    edition: '2022-09-01',
    documents: [],
    nodes: [
      node('statement-2020', 'coalition', '2020'),
      node('letter', 'coalition', '2022-03-08'),
      node('joint-letter', 'coalition', '2022-04'),
      node('report', 'report', '2022-08-31'),
      node('ngo-a', 'organisation'),
      node('ngo-b', 'organisation'),
      node('ngo-c', 'organisation'),
      node('experts', 'intergovernmental'),
      node('person', 'person'),
      node('loner', 'organisation'),
      node('us', 'government'),
      node('spokesperson', 'person'),
      node('ministry', 'government'),
    ],
    links: [
      link('ngo-a', 'signed', 'letter', '2022-03-08'),
      link('ngo-b', 'signed', 'letter', '2022-03-08'),
      link('ngo-b', 'signed', 'joint-letter'),
      link('ngo-c', 'signed', 'joint-letter'),
      link('experts', 'authored', 'statement-2020'),
      link('person', 'leads', 'ngo-a'),
      link('us', 'welcomed', 'report', '2022-09-01'),
      link('spokesperson', 'spokesperson_for', 'ministry'),
      link('letter', 'cited', 'statement-2020', '2022-03-08'),
    ],
  };
}
