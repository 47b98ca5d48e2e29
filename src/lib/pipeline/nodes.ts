/**
 * Node drafts: one per printed signatory (classified by signatories.json, extended by
 * actors.json `signatories`) and one per actors.json node, with the phrases that name them.
 */
import type { GraphNode } from '../types.ts';
import type { Curation, SignatoryList } from './curation.ts';
import type {
  ActorNode,
  Mention,
  SignatoryEntry,
  SignatoryExtra,
  SignatoryRef,
} from './curation-schema.ts';
import { resolveCountry, resolveFact } from './facts.ts';
import { SEP } from './issues.ts';
import type { NodePhrase } from './mentions.ts';
import { matchSignatories } from './signatory-keys.ts';
import type { PrintedSignatory } from './signatories.ts';
import { slugify } from '../text/slug.ts';
import type { IndexedDocument } from './sources.ts';

/** A node before its citations are found. */
export interface NodeDraft {
  node: Omit<GraphNode, 'citations'>;
  phrases: NodePhrase[];
  where: string;
  /** Set for the signatories of the letter: where their name is printed. */
  printed: PrintedSignatory | null;
}

type Docs = ReadonlyMap<string, IndexedDocument>;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function phrasesOf(
  id: string,
  name: string,
  aliases: string[],
  mentions: Mention[],
  where: string,
): NodePhrase[] {
  const plain = (text: string): NodePhrase => ({
    node: id,
    text,
    docs: null,
    mustOccur: false,
    where,
  });
  return [
    plain(name),
    ...aliases.map(plain),
    ...mentions.map((m) =>
      typeof m === 'string'
        ? { node: id, text: m, docs: null, mustOccur: true, where: `${where}${SEP}mentions` }
        : {
            node: id,
            text: m.text,
            docs: m.docs,
            mustOccur: true,
            where: `${where}${SEP}mentions`,
          },
    ),
  ];
}

function draft(
  entry: (SignatoryEntry | ActorNode) & { name: string },
  extra: SignatoryExtra | undefined,
  printed: PrintedSignatory | null,
  where: string,
  docs: Docs,
  errors: string[],
): NodeDraft {
  const id = entry.id ?? slugify(entry.name);
  const group = entry.group ? resolveFact(entry.group, docs, `${where}${SEP}group`, errors) : null;
  const countryFact = extra?.country ?? entry.country;
  const country = countryFact ? resolveCountry(countryFact, docs, where, errors) : null;
  const aliases = [...(entry.aliases ?? []), ...(extra?.aliases ?? [])];
  const mentions = [...(entry.mentions ?? []), ...(extra?.mentions ?? [])];
  for (const m of mentions) {
    for (const doc of typeof m === 'string' ? [] : m.docs) {
      if (!docs.has(doc))
        errors.push(
          `${where}${SEP}mentions: unknown document "${doc}" (known: ${[...docs.keys()].join(', ')})`,
        );
    }
  }
  const dated = 'date' in entry ? entry : { date: null, dateNote: null };
  const node: Omit<GraphNode, 'citations'> = {
    id,
    kind: entry.kind ?? 'organisation',
    name: entry.name,
    aliases,
    description: extra?.description ?? entry.description ?? '',
    group: group?.value ?? null,
    groupProvenance: group?.provenance ?? null,
    tags: [...(entry.tags ?? [])],
    country: country?.value ?? null,
    countryProvenance: country?.provenance ?? null,
    region: country?.region ?? null,
    subregion: country?.subregion ?? null,
    date: dated.date ?? null,
    dateNote: dated.dateNote ?? null,
    signatory: printed !== null,
  };
  return { node, phrases: phrasesOf(id, entry.name, aliases, mentions, where), where, printed };
}

/** A letter with its printed list and the file that classifies its signers. */
export interface LetterInput {
  doc: string;
  node: string;
  /** The letter's file, as named in messages. */
  file: string;
  printed: readonly PrintedSignatory[];
  list: SignatoryList;
}

/** One printed name of one letter, and the node that signs there. */
export interface Signing {
  node: string;
  letter: { doc: string; node: string };
  printed: PrintedSignatory;
  where: string;
}

const isRef = (e: SignatoryEntry | SignatoryRef): e is SignatoryRef => 'sameAs' in e;

/**
 * All node drafts, in a stable order, and every signing; every id is checked for form and
 * uniqueness, every sameAs for a node to point at.
 */
export function draftNodes(
  letters: readonly LetterInput[],
  curation: Curation,
  docs: Docs,
): { drafts: NodeDraft[]; signings: Signing[]; errors: string[] } {
  const drafts: NodeDraft[] = [];
  const signings: Signing[] = [];
  const refs: { ref: SignatoryRef; where: string }[] = [];
  const errors: string[] = [];
  for (const letter of letters) {
    const matched = matchSignatories(letter.printed, letter.list.entries, letter.list.rejected, {
      letter: letter.file,
      signatories: letter.list.file,
    });
    errors.push(...matched.errors);
    const target = { doc: letter.doc, node: letter.node };
    for (const [p, { entry, where }] of matched.pairs) {
      if (isRef(entry)) {
        refs.push({ ref: entry, where });
        signings.push({ node: entry.sameAs, letter: target, printed: p, where });
        continue;
      }
      const extra = curation.extras.get(entry.id ?? slugify(p.name))?.entry;
      const d = draft({ ...entry, name: p.name }, extra, p, where, docs, errors);
      drafts.push(d);
      signings.push({ node: d.node.id, letter: target, printed: p, where });
    }
  }
  for (const { entry, where } of curation.nodes)
    drafts.push(draft(entry, undefined, null, where, docs, errors));

  const byId = new Map<string, NodeDraft>();
  for (const d of drafts) {
    const other = byId.get(d.node.id);
    if (d.node.id === '') errors.push(`${d.where}: the name gives an empty id; add an "id"`);
    else if (!ID.test(d.node.id))
      errors.push(
        `${d.where}: id "${d.node.id}" must be lower-case letters and digits joined by "-"`,
      );
    // Two letters' entries for one actor: the later one should point at the first.
    const hint =
      other?.printed && d.printed
        ? `; if it is the same actor, make this entry { "sameAs": "${d.node.id}" }`
        : '';
    if (other) errors.push(`${d.where}: duplicate id "${d.node.id}" (also ${other.where})${hint}`);
    else byId.set(d.node.id, d);
  }
  for (const { ref, where } of refs) {
    const target = byId.get(ref.sameAs);
    if (!target) {
      if (!curation.rejected.ids.has(ref.sameAs))
        errors.push(`${where}${SEP}sameAs: "${ref.sameAs}" is not a node id`);
      continue;
    }
    for (const alias of ref.aliases ?? []) {
      if (target.node.aliases.includes(alias)) continue;
      target.node.aliases.push(alias);
      target.phrases.push({
        node: target.node.id,
        text: alias,
        docs: null,
        mustOccur: false,
        where,
      });
    }
  }
  // Whoever signs a letter's list is a signatory, an actors.json node too.
  for (const s of signings) {
    const d = byId.get(s.node);
    if (d) d.node.signatory = true;
  }
  for (const [id, { where }] of curation.extras) {
    if (!byId.get(id)?.printed) {
      errors.push(
        `${where}: "${id}" is not the id of a signatory of the letter (ids are the slug of the printed name, e.g. "world-uyghur-congress")`,
      );
    }
  }
  return { drafts, signings, errors };
}
