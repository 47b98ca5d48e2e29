/**
 * The pipeline run backwards: a dataset (every document's full text, the nodes with their
 * classifications and bases, the links with their citations) turned back into the files
 * `npm run data` reads, so letters are added to an opened map exactly as to the built-in one.
 * Every actor becomes an actors.json node (its facts with their basis, its aliases, and as
 * `mentions` the other phrases it is cited by, limited to the documents citing them); every
 * printed list becomes a letters.json entry whose names all point at those nodes (`sameAs`).
 * A dataset this pipeline built comes back byte for byte (a test holds it); what another one
 * loses is for `baseChanges` to say.
 */
import type { BuildInput } from '../pipeline/build.ts';
import { placeOf } from '../pipeline/countries.ts';
import { foldPhrase, foldText } from '../pipeline/fold.ts';
import { findPhrase } from '../pipeline/phrase.ts';
import { TAGS } from '../pipeline/vocabulary.ts';
import type { Citation, Dataset, GraphLink, GraphNode, Provenance } from '../types.ts';
import { printedLists, sameSpan, type PrintedList } from './printed-lists.ts';

/** Said when a dataset gives a value but no basis for it (the build requires a note). */
export const NO_BASIS = 'The opened file gives no basis for this.';

type Json = Record<string, unknown>;
type Folded = ReadonlyMap<string, ReturnType<typeof foldText>>;
type Owners = ReadonlyMap<string, string>;

/** A citation as a curated quote: its words, and which occurrence when they recur; null if lost. */
function cite(c: Citation, folded: Folded): Json | null {
  const doc = folded.get(c.doc);
  const spans = doc ? findPhrase(doc, foldPhrase(c.quote)) : [];
  const index = spans.findIndex((s) => s.start === c.start && s.end === c.end);
  if (index === -1) return null;
  return spans.length === 1
    ? { doc: c.doc, quote: c.quote }
    : { doc: c.doc, quote: c.quote, occurrence: index + 1 };
}

/** A group or country with its basis, as curation writes it; null when there is none. */
function fact(value: string | null, p: Provenance | null, folded: Folded): Json | null {
  if (p === null && value === null) return null;
  const note = p?.note === undefined ? {} : { note: p.note };
  if (p?.basis === 'document' && p.citation) {
    const quote = cite(p.citation, folded);
    if (quote) return { value, basis: 'document', ...quote, ...note };
  }
  const basis = p === null || p.basis === 'document' ? 'curated' : p.basis;
  return { value, basis, note: p?.note ?? NO_BASIS };
}

/**
 * The phrases other than its name and aliases that cite a node, each with its documents; none
 * that names another actor (`others`: folded phrase → the node it names).
 */
function mentions(node: GraphNode, claimed: readonly Citation[], others: Owners): Json[] {
  const own = new Set([node.name, ...node.aliases].map(foldPhrase));
  const docs = new Map<string, { text: string; docs: string[] }>();
  for (const c of node.citations) {
    const key = foldPhrase(c.quote);
    if (own.has(key) || claimed.some((p) => sameSpan(p, c))) continue;
    if ((others.get(key) ?? node.id) !== node.id) continue;
    const entry = docs.get(key) ?? { text: c.quote, docs: [] };
    if (!entry.docs.includes(c.doc)) entry.docs.push(c.doc);
    docs.set(key, entry);
  }
  return [...docs.values()];
}

/**
 * Who each name and alias names. The pipeline lets a phrase name one actor only; a hand-made
 * file may give two actors one acronym, which then stays with the first (names before aliases)
 * and the change is said.
 */
function owners(nodes: readonly GraphNode[]): Owners {
  const out = new Map<string, string>();
  for (const n of nodes) if (!out.has(foldPhrase(n.name))) out.set(foldPhrase(n.name), n.id);
  for (const n of nodes)
    for (const a of n.aliases) if (!out.has(foldPhrase(a))) out.set(foldPhrase(a), n.id);
  return out;
}

/** A node as actors.json holds it. */
function actor(node: GraphNode, claimed: readonly Citation[], folded: Folded, others: Owners) {
  const country = placeOf(node.country ?? '') ? node.country : null;
  const aliases = node.aliases.filter((a) => others.get(foldPhrase(a)) === node.id);
  const out: Json = { id: node.id, kind: node.kind, name: node.name, aliases };
  const phrases = mentions(node, claimed, others);
  if (phrases.length > 0) out['mentions'] = phrases;
  if (node.description !== '') out['description'] = node.description;
  const group = fact(node.group, node.groupProvenance, folded);
  if (group) out['group'] = group;
  const place = fact(country, node.countryProvenance, folded);
  if (place) out['country'] = place;
  out['tags'] = node.tags.filter((t) => (TAGS as readonly string[]).includes(t));
  if (node.date !== null) out['date'] = node.date;
  if (node.dateNote !== null) out['dateNote'] = node.dateNote;
  return out;
}

/** A link as actors.json holds it: what the printed lists do not already give. */
function curatedLink(link: GraphLink, printed: readonly Citation[], ds: Dataset, folded: Folded) {
  if (link.relation === 'co_signed') return null;
  const listDate =
    printed.length > 0 ? ds.documents.find((d) => d.id === printed[0]!.doc)!.date : null;
  const rest = link.citations.filter((c) => !printed.some((p) => sameSpan(p, c)));
  const dated = link.date !== null && link.date !== listDate;
  if (printed.length > 0 && rest.length === 0 && !dated && link.note === null && !link.until)
    return null;
  // A note or date on a printed signing rides on its own citation again (merged, not doubled).
  const cites = (rest.length > 0 ? rest : printed.slice(0, 1)).map((c) => cite(c, folded));
  const out: Json = { source: link.source, relation: link.relation, target: link.target };
  out['cite'] = cites.filter((c) => c !== null);
  if (dated) out['date'] = link.date;
  if (link.until !== undefined) out['until'] = link.until;
  if (link.note !== null) out['note'] = link.note;
  return (out['cite'] as Json[]).length > 0 ? out : null;
}

/** A letters.json entry and its list file (every name a `sameAs`). */
function letter(list: PrintedList): { entry: Json; file: string; names: Json } {
  const file = `signatories-${list.doc}.json`;
  const names: Json = {};
  for (const { signer, citation } of list.printed) names[citation.quote] = { sameAs: signer };
  // In printed order (an object's keys would put a name like "1989" first).
  const printed = list.printed.map((p) => p.citation.quote);
  const entry = {
    doc: list.doc,
    node: list.node,
    signatories: file,
    list: { ...(list.after ? { after: list.after } : {}), names: printed },
  };
  return { entry, file, names };
}

/** `datasetInput(dataset)` → sources, texts and curation that `buildDataset` turns back into it. */
export function datasetInput(ds: Dataset): BuildInput {
  const folded: Folded = new Map(ds.documents.map((d) => [d.id, foldText(d.text)]));
  const lists = printedLists(ds);
  const names = owners(ds.nodes);
  const claims = new Map<string, Citation[]>();
  for (const { signer, citation } of lists.flatMap((l) => l.printed))
    claims.set(signer, [...(claims.get(signer) ?? []), citation]);
  const linkClaims = (l: GraphLink) =>
    l.relation === 'signed'
      ? (claims.get(l.source) ?? []).filter((c) => l.citations.includes(c))
      : [];
  const letters = lists.map(letter);
  const sources = ds.documents.map(({ text: _text, publisherNote, ...meta }) => ({
    id: meta.id,
    file: meta.file,
    originalFile: meta.originalFile,
    title: meta.title,
    publisher: meta.publisher,
    ...(publisherNote === undefined ? {} : { publisherNote }),
    date: meta.date,
    dateNote: meta.dateNote,
    kind: meta.kind,
  }));
  const about: Json = {};
  if (ds.title !== undefined) about['title'] = ds.title;
  if (ds.description !== undefined) about['description'] = ds.description;
  return {
    sources,
    texts: new Map(ds.documents.map((d) => [d.file, d.text])),
    signatories: undefined,
    actors: {
      nodes: ds.nodes.map((n) => actor(n, claims.get(n.id) ?? [], folded, names)),
      links: ds.links.flatMap((l) => curatedLink(l, linkClaims(l), ds, folded) ?? []),
    },
    letters: letters.map((l) => l.entry),
    lists: new Map(letters.map((l) => [l.file, l.names])),
    ...(Object.keys(about).length > 0 ? { about } : {}),
  };
}
