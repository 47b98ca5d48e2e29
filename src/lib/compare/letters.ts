/**
 * Letters side by side: which letters a dataset holds (coalitions signed by a list, in date
 * order), who signed which, and how two letters' signatories split into both / only one, by
 * group and by region. Pure: the Letters facet, the comparison view and the timeline read it.
 */
import type { Dataset, GraphLink, GraphNode } from '../types.ts';

/** A letter: a coalition node that a list of at least two actors signed. */
export interface LetterRef {
  id: string;
  name: string;
  date: string | null;
}

/** Signed links by letter id → signer ids. */
export function signersByLetter(links: Iterable<GraphLink>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const l of links) {
    if (l.relation !== 'signed') continue;
    const set = out.get(l.target) ?? new Set<string>();
    set.add(l.source);
    out.set(l.target, set);
  }
  return out;
}

/**
 * The letters of a dataset, oldest first (undated last, then by name). One signer is a joint
 * action of one actor (UNPO joining a letter), not a list: it takes two.
 */
export function lettersOf(ds: Dataset): LetterRef[] {
  const signers = signersByLetter(ds.links);
  return ds.nodes
    .filter((n) => n.kind === 'coalition' && (signers.get(n.id)?.size ?? 0) >= 2)
    .map((n) => ({ id: n.id, name: n.name, date: n.date }))
    .sort(
      (a, b) =>
        (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.name.localeCompare(b.name, 'en'),
    );
}

/** How many counted in each part. */
export interface PartCounts {
  key: string;
  both: number;
  onlyA: number;
  onlyB: number;
}

/** Two letters compared: the signers of both and of one only, and the split by group and region. */
export interface Comparison {
  both: GraphNode[];
  onlyA: GraphNode[];
  onlyB: GraphNode[];
  byGroup: PartCounts[];
  byRegion: PartCounts[];
}

const byName = (a: GraphNode, b: GraphNode) => a.name.localeCompare(b.name, 'en');

/** Counts per key (none → `none`), keys by total, most first. */
function split(
  parts: Pick<Comparison, 'both' | 'onlyA' | 'onlyB'>,
  key: (n: GraphNode) => string | null,
): PartCounts[] {
  const rows = new Map<string, PartCounts>();
  for (const part of ['both', 'onlyA', 'onlyB'] as const) {
    for (const n of parts[part]) {
      const k = key(n) ?? 'none';
      const row = rows.get(k) ?? { key: k, both: 0, onlyA: 0, onlyB: 0 };
      row[part] += 1;
      rows.set(k, row);
    }
  }
  const total = (r: PartCounts) => r.both + r.onlyA + r.onlyB;
  return [...rows.values()].sort((x, y) => total(y) - total(x) || x.key.localeCompare(y.key));
}

/** `compareLetters(ds, a, b)`: signers of a and b, split. */
export function compareLetters(ds: Dataset, a: string, b: string): Comparison {
  const signers = signersByLetter(ds.links);
  const sa = signers.get(a) ?? new Set<string>();
  const sb = signers.get(b) ?? new Set<string>();
  const nodes = ds.nodes.filter((n) => sa.has(n.id) || sb.has(n.id));
  const parts = {
    both: nodes.filter((n) => sa.has(n.id) && sb.has(n.id)).sort(byName),
    onlyA: nodes.filter((n) => sa.has(n.id) && !sb.has(n.id)).sort(byName),
    onlyB: nodes.filter((n) => !sa.has(n.id) && sb.has(n.id)).sort(byName),
  };
  return {
    ...parts,
    byGroup: split(parts, (n) => n.group),
    byRegion: split(parts, (n) => n.region),
  };
}

/**
 * A part of a two-letter comparison as one value of the Letters facet, so that a click on a bar
 * is an ordinary filter (in the URL, in a story step): `both~A~B` signed A and B, `only~A~B`
 * signed A and not B. The panel does not list them (with n letters there are 2·n·(n−1));
 * they are read back by lookup among the values of this dataset (`pairValues`), never split,
 * so an id may hold any character.
 */
export type PairPart = 'both' | 'only';
export const pairValue = (part: PairPart, a: string, b: string): string => `${part}~${a}~${b}`;

/** The value for one part of the comparison of `a` with `b`, named in the comparison's order. */
export function partValue(part: 'both' | 'onlyA' | 'onlyB', a: string, b: string): string {
  if (part === 'onlyA') return pairValue('only', a, b);
  if (part === 'onlyB') return pairValue('only', b, a);
  return pairValue('both', a, b);
}

/** Every pair value of these letters → what it means. */
export function pairValues(
  letters: readonly string[],
): Map<string, { part: PairPart; a: string; b: string }> {
  const out = new Map<string, { part: PairPart; a: string; b: string }>();
  for (const a of letters)
    for (const b of letters) {
      if (a === b) continue;
      out.set(pairValue('only', a, b), { part: 'only', a, b });
      out.set(pairValue('both', a, b), { part: 'both', a, b });
    }
  return out;
}

/**
 * The Letters facet's test: a node passes when it signed a chosen letter, every letter
 * (`all`), exactly one (`one`), or the part of a pair a value names (`both~A~B`, `only~A~B`);
 * a letter chosen by itself stays, as coalitions do. Values are alternatives (or).
 */
export function letterTest(
  links: Iterable<GraphLink>,
  letters: readonly string[],
  values: readonly string[],
): (n: GraphNode) => boolean {
  const signers = signersByLetter(links);
  const of = (id: string) => signers.get(id) ?? new Set<string>();
  const count = new Map<string, number>();
  for (const id of letters) for (const s of of(id)) count.set(s, (count.get(s) ?? 0) + 1);
  const pairs = pairValues(letters);
  const keep = new Set<string>();
  for (const v of values) {
    if (v === 'all') for (const [id, c] of count) if (c === letters.length) keep.add(id);
    if (v === 'one') for (const [id, c] of count) if (c === 1) keep.add(id);
    if (letters.includes(v)) {
      keep.add(v);
      for (const s of of(v)) keep.add(s);
    }
    const pair = pairs.get(v);
    // A part is its signers only, as the comparison counts them; the letters show as context.
    if (pair) {
      const other = of(pair.b);
      for (const s of of(pair.a)) if (other.has(s) === (pair.part === 'both')) keep.add(s);
    }
  }
  return (n) => keep.has(n.id);
}
