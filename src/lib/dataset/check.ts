/**
 * The semantic half of the contract: rules a shape schema cannot say (ids resolve, citations
 * are verbatim, provenance carries its citation). Runs after the shape check, on typed data.
 */
import { runSync, type Steps } from '../schedule/slices.ts';
import type { Citation, Dataset, Provenance } from '../types.ts';

/** One problem found in a dataset, with the place to look (`nodes[12].citations[0].quote`). */
export interface DatasetIssue {
  path: string;
  message: string;
}

/** All semantic problems of a shape-valid dataset, in file order; [] when it is sound. */
export function checkDataset(data: Dataset): DatasetIssue[] {
  return runSync(checkSteps(data));
}

/** `checkDataset` one node or link per step (lib/schedule/slices.ts). */
export function* checkSteps(data: Dataset): Steps<DatasetIssue[]> {
  const issues: DatasetIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const texts = new Map<string, string>();

  data.documents.forEach((doc, i) => {
    if (texts.has(doc.id))
      add(`documents[${i}].id`, `documents[${i}]: duplicate document id "${doc.id}"`);
    texts.set(doc.id, doc.text);
  });

  // Run for every entry and citation (44,000 entries at 20,000 actors): the places and names
  // in the messages are written only for a problem found, and a quote is compared where it
  // stands in its document, without copying that span out (issue 10).
  type List = 'nodes' | 'links';
  const owner = (list: List, i: number) => `${list}[${i}] (id "${data[list][i]!.id}")`;
  /** `nodes[3].citations[0]`; `j` < 0: a field holding one citation (`….groupProvenance.citation`). */
  const place = (list: List, i: number, field: string, j = -1) =>
    `${list}[${i}].${field}${j < 0 ? '' : `[${j}]`}`;

  const citation = (c: Citation, list: List, i: number, field: string, j: number) => {
    const text = texts.get(c.doc);
    if (text === undefined) {
      add(
        `${place(list, i, field, j)}.doc`,
        `${owner(list, i)}: citation names document "${c.doc}", which is not in documents`,
      );
    } else if (c.end < c.start || c.end > text.length) {
      add(
        place(list, i, field, j),
        `${owner(list, i)}: citation offsets ${c.start}–${c.end} are outside document "${c.doc}" (length ${text.length})`,
      );
    } else if (c.quote.length !== c.end - c.start || !text.startsWith(c.quote, c.start)) {
      add(
        `${place(list, i, field, j)}.quote`,
        `${owner(list, i)}: citation quote does not match the document text at ${c.start}–${c.end}`,
      );
    }
  };

  const provenance = (p: Provenance | null, i: number, field: string) => {
    if (p === null) return;
    if (p.basis === 'document' && p.citation === undefined) {
      add(
        `${place('nodes', i, field)}.citation`,
        `${owner('nodes', i)}: basis "document" needs a citation`,
      );
    } else if (p.basis !== 'document' && p.citation !== undefined) {
      add(
        `${place('nodes', i, field)}.citation`,
        `${owner('nodes', i)}: a citation is allowed only with basis "document", not "${p.basis}"`,
      );
    }
    if (p.citation) citation(p.citation, 'nodes', i, `${field}.citation`, -1);
  };

  const nodeIds = new Set<string>();
  for (let i = 0; i < data.nodes.length; i++) {
    const node = data.nodes[i]!;
    if (nodeIds.has(node.id)) add(`nodes[${i}].id`, `${owner('nodes', i)}: duplicate node id`);
    nodeIds.add(node.id);
    for (let j = 0; j < node.citations.length; j++)
      citation(node.citations[j]!, 'nodes', i, 'citations', j);
    provenance(node.groupProvenance, i, 'groupProvenance');
    provenance(node.countryProvenance, i, 'countryProvenance');
    yield;
  }

  const linkIds = new Set<string>();
  for (let i = 0; i < data.links.length; i++) {
    const link = data.links[i]!;
    if (linkIds.has(link.id)) add(`links[${i}].id`, `${owner('links', i)}: duplicate link id`);
    linkIds.add(link.id);
    const expected = `${link.source}--${link.relation}--${link.target}`;
    if (link.id !== expected)
      add(
        `links[${i}].id`,
        `${owner('links', i)}: id should be "${expected}" (source--relation--target)`,
      );
    if (!nodeIds.has(link.source))
      add(`links[${i}].source`, `${owner('links', i)}: source "${link.source}" is not a node id`);
    if (!nodeIds.has(link.target))
      add(`links[${i}].target`, `${owner('links', i)}: target "${link.target}" is not a node id`);
    for (let j = 0; j < link.citations.length; j++)
      citation(link.citations[j]!, 'links', i, 'citations', j);
    // A coarse date covers its whole period: until "2021" may follow date "2021-05".
    if (
      link.until !== undefined &&
      link.date !== null &&
      link.until < link.date.slice(0, link.until.length)
    )
      add(
        `links[${i}].until`,
        `${owner('links', i)}: until "${link.until}" is before its date "${link.date}"`,
      );
    yield;
  }

  return issues;
}
