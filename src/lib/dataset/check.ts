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

  const citation = (c: Citation, path: string, owner: string) => {
    const text = texts.get(c.doc);
    if (text === undefined) {
      add(`${path}.doc`, `${owner}: citation names document "${c.doc}", which is not in documents`);
    } else if (c.end < c.start || c.end > text.length) {
      add(
        path,
        `${owner}: citation offsets ${c.start}–${c.end} are outside document "${c.doc}" (length ${text.length})`,
      );
    } else if (text.slice(c.start, c.end) !== c.quote) {
      add(
        `${path}.quote`,
        `${owner}: citation quote does not match the document text at ${c.start}–${c.end}`,
      );
    }
  };

  const provenance = (p: Provenance | null, path: string, owner: string) => {
    if (p === null) return;
    if (p.basis === 'document' && p.citation === undefined) {
      add(`${path}.citation`, `${owner}: basis "document" needs a citation`);
    } else if (p.basis !== 'document' && p.citation !== undefined) {
      add(
        `${path}.citation`,
        `${owner}: a citation is allowed only with basis "document", not "${p.basis}"`,
      );
    }
    if (p.citation) citation(p.citation, `${path}.citation`, owner);
  };

  const nodeIds = new Set<string>();
  for (const [i, node] of data.nodes.entries()) {
    const owner = `nodes[${i}] (id "${node.id}")`;
    if (nodeIds.has(node.id)) add(`nodes[${i}].id`, `${owner}: duplicate node id`);
    nodeIds.add(node.id);
    node.citations.forEach((c, j) => citation(c, `nodes[${i}].citations[${j}]`, owner));
    provenance(node.groupProvenance, `nodes[${i}].groupProvenance`, owner);
    provenance(node.countryProvenance, `nodes[${i}].countryProvenance`, owner);
    yield;
  }

  const linkIds = new Set<string>();
  for (const [i, link] of data.links.entries()) {
    const owner = `links[${i}] (id "${link.id}")`;
    if (linkIds.has(link.id)) add(`links[${i}].id`, `${owner}: duplicate link id`);
    linkIds.add(link.id);
    const expected = `${link.source}--${link.relation}--${link.target}`;
    if (link.id !== expected)
      add(`links[${i}].id`, `${owner}: id should be "${expected}" (source--relation--target)`);
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(link[end]))
        add(`links[${i}].${end}`, `${owner}: ${end} "${link[end]}" is not a node id`);
    }
    link.citations.forEach((c, j) => citation(c, `links[${i}].citations[${j}]`, owner));
    // A coarse date covers its whole period: until "2021" may follow date "2021-05".
    if (
      link.until !== undefined &&
      link.date !== null &&
      link.until < link.date.slice(0, link.until.length)
    )
      add(`links[${i}].until`, `${owner}: until "${link.until}" is before its date "${link.date}"`);
    yield;
  }

  return issues;
}
