/**
 * What rebuilding an opened map from its own documents would change, said before any letter is
 * added to it. A map this pipeline built comes back unchanged; a hand-made one may not (a
 * citation no phrase finds again, a classification with no basis, a list the texts do not
 * print), and the person is told which actors and links, never left to find out.
 */
import type { Citation, Dataset, GraphLink, GraphNode } from '../types.ts';
import { plural } from '../text/plural.ts';

/** One actor, link or dataset field that would not come back as it was. */
export interface BaseChange {
  /** `actor`, `link` or `dataset` (its title, edition, a document). */
  what: 'actor' | 'link' | 'dataset';
  /** The actor's name, the link in words (`River Friends signed Spring letter`), or the field. */
  name: string;
  /** What happens to it: `2 citations lost ("WUC", "the Congress")`, `date none → “2023-04-03”`. */
  change: string;
}

const key = (c: Citation) => `${c.doc}:${c.start}-${c.end}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `citations: 2 lost ("WUC", "the Congress"), 1 new` or null when they are the same. */
function citationChange(before: readonly Citation[], after: readonly Citation[]): string | null {
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  const lost = before.filter((c) => !has.has(key(c)));
  const gained = after.filter((c) => !had.has(key(c)));
  if (lost.length === 0 && gained.length === 0) return null;
  const quotes = (cs: readonly Citation[]) =>
    ` (${[...new Set(cs.map((c) => `"${c.quote}"`))].slice(0, 3).join(', ')}${cs.length > 3 ? ', …' : ''})`;
  const parts = [
    lost.length > 0 ? `${plural(lost.length, 'citation')} lost${quotes(lost)}` : '',
    gained.length > 0 ? `${plural(gained.length, 'citation')} new${quotes(gained)}` : '',
  ];
  return parts.filter((p) => p !== '').join(', ');
}

/** A value as the list shows it: `none`, `yes`, `“2023-04-03”`. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
}

/** The fields of a node or link that differ, citations counted apart. */
function fieldChanges<T extends GraphNode | GraphLink>(a: T, b: T): string[] {
  const out: string[] = [];
  const cites = citationChange(a.citations, b.citations);
  if (cites) out.push(cites);
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const field of fields) {
    if (field === 'citations') continue;
    const x = (a as unknown as Record<string, unknown>)[field];
    const y = (b as unknown as Record<string, unknown>)[field];
    if (!same(x, y)) out.push(`${field} ${shown(x)} → ${shown(y)}`);
  }
  return out;
}

function compare<T extends GraphNode | GraphLink>(
  what: 'actor' | 'link',
  before: readonly T[],
  after: readonly T[],
  label: (item: T) => string,
): BaseChange[] {
  const rebuilt = new Map(after.map((x) => [x.id, x]));
  const out: BaseChange[] = [];
  for (const item of before) {
    const next = rebuilt.get(item.id);
    rebuilt.delete(item.id);
    if (!next) out.push({ what, name: label(item), change: 'left out' });
    else {
      const changes = fieldChanges(item, next);
      if (changes.length > 0) out.push({ what, name: label(item), change: changes.join('; ') });
    }
  }
  for (const item of rebuilt.values()) out.push({ what, name: label(item), change: 'new' });
  return out;
}

/**
 * `baseChanges(opened, rebuilt)` → every difference, actors first; `[]` when the rebuild is
 * the same map. Positions are not compared: a layout is not a fact, and the merged map is laid
 * out afresh anyway.
 */
export function baseChanges(opened: Dataset, rebuilt: Dataset): BaseChange[] {
  const names = new Map([...rebuilt.nodes, ...opened.nodes].map((n) => [n.id, n.name]));
  const link = (l: GraphLink) =>
    `${names.get(l.source) ?? l.source} ${l.relation.replace('_', ' ')} ${names.get(l.target) ?? l.target}`;
  const out: BaseChange[] = [
    ...compare('actor', opened.nodes, rebuilt.nodes, (n) => n.name),
    ...compare('link', opened.links, rebuilt.links, link),
  ];
  for (const field of ['edition', 'title', 'description'] as const) {
    if (opened[field] !== rebuilt[field])
      out.push({
        what: 'dataset',
        name: field,
        change: `${shown(opened[field])} → ${shown(rebuilt[field])}`,
      });
  }
  if (!same(opened.documents, rebuilt.documents))
    out.push({ what: 'dataset', name: 'documents', change: 'their details differ' });
  return out;
}
