/**
 * Links: the `signed` link of each printed signatory (citing its printed line) plus the curated
 * links of actors.json, quotes located, ends checked, duplicates merged.
 */
import type { Citation, GraphLink } from '../types.ts';
import type { Placed } from './curation.ts';
import type { ActorLink } from './curation-schema.ts';
import { SEP } from './issues.ts';
import type { NodeDraft } from './nodes.ts';
import { locateQuote } from './quotes.ts';
import type { IndexedDocument } from './sources.ts';

/** `world-uyghur-congress--signed--open-letter-2022-03-08`. */
export const linkId = (source: string, relation: string, target: string) =>
  `${source}--${relation}--${target}`;

interface LinkDraft {
  link: GraphLink;
  where: string;
}

/** Merge a draft into `byId`: same id → citations join; dates and notes must agree or be absent. */
function merge(byId: Map<string, LinkDraft>, next: LinkDraft, errors: string[]): void {
  const prev = byId.get(next.link.id);
  if (!prev) {
    byId.set(next.link.id, next);
    return;
  }
  const a = prev.link;
  const b = next.link;
  a.citations.push(...b.citations);
  if (a.date !== null && b.date !== null && a.date !== b.date) {
    errors.push(
      `${next.where}: date "${b.date}" contradicts "${a.date}" of the same link (${prev.where})`,
    );
  }
  a.date ??= b.date;
  if (a.until !== undefined && b.until !== undefined && a.until !== b.until) {
    errors.push(
      `${next.where}: until "${b.until}" contradicts "${a.until}" of the same link (${prev.where})`,
    );
  }
  if (b.until !== undefined) a.until ??= b.until;
  if (a.note !== null && b.note !== null && a.note !== b.note) a.note = `${a.note} ${b.note}`;
  a.note ??= b.note;
}

/**
 * All links, unsorted (the caller sorts). `letter` is the signed letter's coalition node id and
 * document; its absence is an error because the 192 signed links have nowhere to point.
 * `rejected`: ids of entries that failed their shape check, already reported.
 */
export function buildLinks(
  drafts: readonly NodeDraft[],
  curated: readonly Placed<ActorLink>[],
  docs: ReadonlyMap<string, IndexedDocument>,
  letter: { node: string; doc: string; where: string },
  rejected: ReadonlySet<string> = new Set(),
): { links: GraphLink[]; errors: string[] } {
  const errors: string[] = [];
  const byId = new Map<string, LinkDraft>();
  const ids = new Set(drafts.map((d) => d.node.id));
  const letterDate = docs.get(letter.doc)?.doc.date ?? null;

  if (!ids.has(letter.node) && !rejected.has(letter.node)) {
    errors.push(
      `${letter.where}: no node with id "${letter.node}" (kind coalition): the signatories' "signed" links point to it`,
    );
  }
  for (const d of drafts) {
    if (!d.printed) continue;
    const { start, end, name } = d.printed;
    const citation: Citation = { doc: letter.doc, start, end, quote: name };
    const link = {
      id: linkId(d.node.id, 'signed', letter.node),
      source: d.node.id,
      target: letter.node,
    };
    merge(
      byId,
      {
        link: { ...link, relation: 'signed', citations: [citation], date: letterDate, note: null },
        where: d.where,
      },
      errors,
    );
  }

  for (const { entry, where } of curated) {
    const { source, relation, target } = entry;
    let ok = true;
    for (const [end, id] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (!ids.has(id)) {
        // A node whose entry was malformed is reported there; the link just waits for it.
        if (!rejected.has(id)) errors.push(`${where}${SEP}${end}: "${id}" is not a node id`);
        ok = false;
      }
    }
    if (source === target) {
      errors.push(`${where}: a link from "${source}" to itself`);
      ok = false;
    }
    const citations: Citation[] = [];
    entry.cite.forEach((ref, i) => {
      const found = locateQuote(docs, ref);
      if (found.error !== undefined) errors.push(`${where}${SEP}cite[${i}]: ${found.error}`);
      else citations.push(found.citation);
    });
    if (!ok || citations.length < entry.cite.length) continue;
    const link: GraphLink = {
      id: linkId(source, relation, target),
      source,
      target,
      relation,
      citations,
      date: entry.date ?? null,
      ...(entry.until === undefined ? {} : { until: entry.until }),
      note: entry.note ?? null,
    };
    merge(byId, { link, where }, errors);
  }
  return { links: [...byId.values()].map((d) => d.link), errors };
}
