/**
 * What a dataset says about itself, in the words the app shows: the subtitle's headline, what a
 * node signed, the heading over the sources. Only the dataset's own title and names are used,
 * so another coalition's file is never described as the 8 March letter.
 */
import type { Dataset, GraphNode } from '../types.ts';
import { plural } from '../text/plural.ts';
import { graphIndexOf } from './graph-index.ts';

/** Beyond this many signed coalitions the headline counts them instead of naming each. */
const NAMED_COALITIONS = 3;

/** A node by its shortest name: "8 March 2022 open letter", not its paragraph-long title. */
export function shortName(node: { name: string; aliases: readonly string[] }): string {
  return [node.name, ...node.aliases]
    .filter((n) => n.trim() !== '')
    .reduce((a, b) => (b.length < a.length ? b : a), node.name);
}

/** A coalition's name in running text: "the 8 March 2022 open letter", "The Hague Appeal". */
export function theName(name: string): string {
  return /^(the|a|an)\s/i.test(name) ? name : `the ${name}`;
}

/** `["the A", "the B", "the C"]` → "the A, the B and the C". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The nodes `id` signed (its `signed` links), oldest first (undated last), each once. */
export function signedBy(ds: Dataset, id: string): GraphNode[] {
  const targets = new Set(
    ds.links.filter((l) => l.source === id && l.relation === 'signed').map((l) => l.target),
  );
  return ds.nodes
    .filter((n) => targets.has(n.id))
    .sort((a, b) => {
      const [x, y] = [a.date ?? '\uffff', b.date ?? '\uffff'];
      return x < y ? -1 : x > y ? 1 : 0;
    });
}

/**
 * What a node signed, for its panel: "signed the 8 March 2022 open letter and the April 2022
 * joint letter"; null when it signed nothing.
 */
export function signedPhrase(ds: Dataset, id: string): string | null {
  const names = signedBy(ds, id).map((n) => theName(shortName(n)));
  return names.length === 0 ? null : `signed ${listing(names)}`;
}

/**
 * The subtitle's headline: the dataset's `title`, else worded from what its nodes signed:
 * "192 organisations and individuals signed the 8 March 2022 open letter"; with two letters
 * "5 organisations signed the A; 3 organisations signed the B"; with more than three, "12
 * organisations signed 4 joint letters or statements"; with none, "The coalition".
 */
export function headline(ds: Dataset): string {
  if (ds.title !== undefined) return ds.title;
  const kinds = graphIndexOf(ds).byId;
  const signers = new Map<string, Set<string>>();
  // Every signer once, across letters (one pass: 24,000 links at 20,000 actors).
  const all = new Set<string>();
  for (const l of ds.links) {
    if (l.relation !== 'signed') continue;
    let set = signers.get(l.target);
    if (!set) signers.set(l.target, (set = new Set<string>()));
    set.add(l.source);
    all.add(l.source);
  }
  if (signers.size === 0) return 'The coalition';
  const who = (ids: ReadonlySet<string>) => {
    let people = 0;
    for (const id of ids) if (kinds.get(id)?.kind === 'person') people += 1;
    if (people === 0) return plural(ids.size, 'organisation');
    if (people === ids.size) return plural(ids.size, 'individual');
    return `${ids.size} organisations and individuals`;
  };
  if (signers.size > NAMED_COALITIONS) {
    return `${who(all)} signed ${signers.size} joint letters or statements`;
  }
  // The biggest coalition first; ties in dataset order.
  const order = new Map(ds.nodes.map((n, i) => [n.id, i]));
  return [...signers]
    .sort(([a, x], [b, y]) => y.size - x.size || (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .map(([target, ids]) => {
      const node = kinds.get(target);
      return `${who(ids)} signed ${theName(node === undefined ? target : shortName(node))}`;
    })
    .join('; ');
}

/** The heading over the list of documents: "The 5 sources", "The source", "No sources". */
export function sourcesHeading(count: number): string {
  if (count === 0) return 'No sources';
  return count === 1 ? 'The source' : `The ${count} sources`;
}
