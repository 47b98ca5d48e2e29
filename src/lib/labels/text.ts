/**
 * What a node's label says, in the graph and in an exported picture. Zoomed out a dozen hubs
 * share a small screen, and a 110-character report title would crowd out three other names:
 *
 * - a name of up to MAX_LABEL characters is drawn whole;
 * - a longer one gives way to the node's longest alias that fits ("OHCHR report on Xinjiang"
 *   for the OHCHR's assessment, "8 March 2022 open letter" for the letter): the dataset's own
 *   names for it, so the label still names it and the panel has the whole name;
 * - without such an alias it is cut at a word, with an ellipsis.
 *
 * People are never named by an alias here: with people hidden their aliases are gone, and a
 * label must not be the one place a name survives.
 */
import type { GraphNode } from '../types.ts';

/** Longest label drawn in the graph, in characters. */
export const MAX_LABEL = 42;

/** `labelText({ name: 'Office of the High Commissioner for Human Rights', aliases: ['OHCHR'], kind: 'intergovernmental' })` → "OHCHR". */
export function labelText(node: Pick<GraphNode, 'name' | 'aliases' | 'kind'>): string {
  const { name } = node;
  if (name.length <= MAX_LABEL) return name;
  if (node.kind !== 'person') {
    let best = '';
    for (const a of node.aliases) if (a.length <= MAX_LABEL && a.length > best.length) best = a;
    if (best.trim() !== '') return best;
  }
  return cut(name);
}

/** "Statement of the World Uyghur Congress and more…" → cut at the last word that fits. */
function cut(name: string): string {
  const head = name.slice(0, MAX_LABEL - 1);
  const space = head.lastIndexOf(' ');
  // A single long word (or a first word past half the room) is cut where the room ends.
  const words = space > MAX_LABEL / 2 ? head.slice(0, space) : head;
  return `${words.replace(/[\s,;:(–-]+$/u, '')}…`;
}
