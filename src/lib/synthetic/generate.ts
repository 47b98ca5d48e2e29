/**
 * Synthetic datasets in the app's own contract, for the bench and the tests at sizes the real
 * data never reaches: `generateDataset({ nodes: 5000, seed: 1 })` → a Dataset that
 * `parseDataset` accepts, with about 1.2 links per node, a few big hubs (joint letters whose
 * signatures follow a Zipf law), governments, UN-like bodies, media and reports around them,
 * and every citation verbatim in its generated document. Deterministic per (nodes, seed).
 *
 * Everything in it is invented and says so (titles, notes): it is a load, not data.
 */
import type { Dataset, GraphLink, GraphNode, Group, NodeKind, Relation } from '../types.ts';
import { acronym, COUNTRIES, NameMaker } from './names.ts';
import { pick, seededRandom, zipf, zipfTable } from './random.ts';
import { DocumentWriter } from './text.ts';

export interface SyntheticOptions {
  /** Number of actors (at least 10). */
  nodes: number;
  seed?: number;
  /** Links per node, 1.2 by default (the built-in dataset has 1.26). */
  linksPerNode?: number;
}

const NOTE = 'Synthetic: invented by the dataset generator (src/lib/synthetic), not a fact.';
/** Groups weighted roughly as in the built-in data: mostly diaspora, international, solidarity. */
const GROUP_POOL: readonly Group[] = [
  'diaspora',
  'diaspora',
  'diaspora',
  'international',
  'international',
  'solidarity',
  'solidarity',
  'national',
  'faith',
  'academic',
  'professional',
];
const VERBS: Partial<Record<Relation, string>> = {
  signed: ' signed ',
  addressed_to: ' is addressed to ',
  leads: ' leads ',
  member_of: ' is a member of ',
  affiliated_with: ' works with ',
  rejected: ' rejected ',
  reported: ' reported on ',
  cited: ' cites ',
};

/** How many actors of each kind for `n` nodes: a few hubs, mostly organisations. */
export function kindCounts(n: number): Record<NodeKind, number> {
  const at = (per: number, min: number) => Math.max(min, Math.round(n / per));
  const coalition = at(400, 3);
  const government = at(1000, 2);
  const intergovernmental = at(2000, 1);
  const media = at(1500, 1);
  const report = at(3000, 1);
  const rest = n - coalition - government - intergovernmental - media - report;
  const person = Math.round(rest * 0.15);
  return {
    organisation: rest - person,
    person,
    coalition,
    government,
    intergovernmental,
    media,
    report,
  };
}

/** The dataset; see the module comment. Throws below 10 nodes (too few for the hub mix). */
export function generateDataset(opts: SyntheticOptions): Dataset {
  const n = Math.floor(opts.nodes);
  if (!(n >= 10)) throw new Error(`generateDataset: need at least 10 nodes, got ${opts.nodes}`);
  const seed = opts.seed ?? 1;
  const random = seededRandom(seed);
  const names = new NameMaker(random);
  const counts = kindCounts(n);

  const nodes: GraphNode[] = [];
  const byKind = new Map<NodeKind, GraphNode[]>();
  const ids = new Set<string>();
  const add = (kind: NodeKind, name: string) => {
    let id = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    while (ids.has(id)) id += '-x';
    ids.add(id);
    const classified = kind === 'organisation' || kind === 'person';
    const country = kind === 'coalition' || kind === 'report' ? null : pick(random, COUNTRIES);
    const curated = { basis: 'curated' as const, note: NOTE };
    const node: GraphNode = {
      id,
      kind,
      name,
      aliases: kind === 'organisation' && random() < 0.5 ? [acronym(name)] : [],
      citations: [],
      description: '',
      group: classified ? (kind === 'person' ? 'individual' : pick(random, GROUP_POOL)) : null,
      groupProvenance: classified ? curated : null,
      tags: [],
      country: country?.code ?? null,
      countryProvenance: country ? curated : null,
      region: country?.region ?? null,
      subregion: country?.subregion ?? null,
      date: kind === 'coalition' ? `${2019 + Math.floor(random() * 5)}` : null,
      dateNote: kind === 'coalition' ? NOTE : null,
      signatory: false,
    };
    nodes.push(node);
    const list = byKind.get(kind);
    if (list) list.push(node);
    else byKind.set(kind, [node]);
    return node;
  };
  // Hubs first, so ids and sizes do not depend on how many organisations follow.
  for (let i = 0; i < counts.coalition; i++) add('coalition', names.coalition(i));
  for (const kind of ['government', 'intergovernmental', 'media', 'report'] as const) {
    for (let i = 0; i < counts[kind]; i++) add(kind, names.institution(kind, i));
  }
  for (let i = 0; i < counts.organisation; i++) add('organisation', names.organisation());
  for (let i = 0; i < counts.person; i++) add('person', names.person());
  const of = (kind: NodeKind) => byKind.get(kind) ?? [];

  const pairs: [GraphNode, Relation, GraphNode][] = [];
  const seen = new Set<string>();
  const link = (s: GraphNode, relation: Relation, t: GraphNode) => {
    const id = `${s.id}--${relation}--${t.id}`;
    if (s === t || seen.has(id)) return;
    seen.add(id);
    pairs.push([s, relation, t]);
  };
  const letters = of('coalition');
  const weights = zipfTable(letters.length);
  const bodies = [...of('intergovernmental'), ...of('government')];
  for (const c of letters) link(c, 'addressed_to', pick(random, bodies));
  for (const m of of('media'))
    for (let i = 0; i < 2; i++) link(m, 'reported', pick(random, letters));
  for (const g of of('government')) link(g, 'rejected', pick(random, letters));
  for (const r of of('report')) link(pick(random, letters), 'cited', r);
  // Nearly every organisation and person signs one letter: the big hubs.
  const signers = [...of('organisation'), ...of('person')];
  for (const s of signers) if (random() < 0.97) link(s, 'signed', letters[zipf(random, weights)]!);
  const target = Math.round(n * (opts.linksPerNode ?? 1.2));
  const orgs = of('organisation');
  const people = of('person');
  // The rest: people who lead or belong to organisations, organisations that work together.
  for (let tries = 0; pairs.length < target && tries < target * 4; tries++) {
    if (people.length > 0 && random() < 0.4) {
      link(pick(random, people), random() < 0.3 ? 'leads' : 'member_of', pick(random, orgs));
    } else link(pick(random, orgs), 'affiliated_with', pick(random, orgs));
  }

  // Write the documents: one sentence per link, and one for any actor no link mentions.
  const writers = [new DocumentWriter('synthetic-1')];
  const writer = () => {
    let w = writers[writers.length - 1]!;
    if (w.full) writers.push((w = new DocumentWriter(`synthetic-${writers.length + 1}`)));
    return w;
  };
  const mention = (node: GraphNode, c: GraphNode['citations'][number] | undefined) => {
    if (c && node.citations.length < 2) node.citations.push(c);
  };
  const links: GraphLink[] = pairs.map(([s, relation, t]) => {
    const w = writer();
    const { sentence, names: cited } = w.write([s.name, VERBS[relation]!, t.name], [0, 2]);
    mention(s, cited[0]);
    mention(t, cited[1]);
    if (relation === 'signed' && t === letters[0]) s.signatory = true;
    const id = `${s.id}--${relation}--${t.id}`;
    return {
      id,
      source: s.id,
      target: t.id,
      relation,
      citations: [sentence],
      date: null,
      note: null,
    };
  });
  for (const node of nodes) {
    if (node.citations.length === 0)
      mention(node, writer().write([node.name, ' is listed'], [0]).names[0]);
  }
  const documents = writers.map((w, i) => ({
    id: w.id,
    title: `Synthetic document ${i + 1} (generated, seed ${seed})`,
    publisher: 'Coalition Atlas dataset generator',
    date: '2022-03-08',
    dateNote: NOTE,
    kind: 'news-report' as const,
    file: `${w.id}.txt`,
    originalFile: `${w.id}.txt`,
    text: w.text,
  }));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    version: 1,
    edition: '2022-03-08',
    documents,
    nodes: nodes.sort(byId),
    links: links.sort(byId),
  };
}
