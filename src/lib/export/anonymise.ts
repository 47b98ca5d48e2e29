/**
 * The presenter's "hide people" option, shared by every export: individuals may be at risk, so
 * with it on no export carries a person's name, alias or any other printed mention of them.
 */
import type { Dataset, GraphNode } from '../types.ts';

/** Where a text was cut from, so the citations' known spans can be used to redact it. */
export interface TextLocation {
  doc: string;
  /** Offset of the text's first character in the document, in UTF-16 units. */
  start: number;
}

/**
 * Person node id → its stand-in, numbered in id order so the numbers do not depend on the
 * view: `{ 'aysel-tohti' → 'Person 1', 'jonas-odmark' → 'Person 2' }`.
 */
export function personAliases(ds: Dataset): Map<string, string> {
  const ids = ds.nodes
    .filter((n) => n.kind === 'person')
    .map((n) => n.id)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(ids.map((id, i) => [id, `Person ${i + 1}`]));
}

/** The id a hidden person gets in exports (their own id spells their name): "Person 2" → "person-2". */
export function personId(label: string): string {
  return label.toLowerCase().replace(/\s+/g, '-');
}

interface Cut {
  start: number;
  end: number;
  label: string;
}

/**
 * `text` with every mention of a person in `map` replaced by their stand-in: the spans their
 * citations mark in the same document (when `at` says where the text comes from; this catches
 * mentions such as "Ms Tohti" that no name matches), plus every whole-word, case-insensitive
 * occurrence of their name and aliases.
 * `redact('Aysel Tohti, individual', ds, map)` → `'Person 1, individual'`.
 */
export function redact(
  text: string,
  ds: Dataset,
  map: Map<string, string>,
  at?: TextLocation,
): string {
  if (map.size === 0 || text === '') return text;
  const cuts: Cut[] = [];
  for (const node of ds.nodes) {
    const label = map.get(node.id);
    if (label === undefined) continue;
    if (at !== undefined) cuts.push(...spanCuts(node, label, text.length, at));
    cuts.push(...nameCuts(node, label, text));
  }
  return applyCuts(text, cuts);
}

/** The parts of `node`'s cited spans that fall inside the text at `at`, in text offsets. */
function spanCuts(node: GraphNode, label: string, length: number, at: TextLocation): Cut[] {
  const cuts: Cut[] = [];
  for (const c of node.citations) {
    if (c.doc !== at.doc) continue;
    const start = Math.max(c.start - at.start, 0);
    const end = Math.min(c.end - at.start, length);
    if (start < end) cuts.push({ start, end, label });
  }
  return cuts;
}

/** Whole-word matches of the name and aliases; "A. Tohti" must not match inside "AA. Tohtia". */
function nameCuts(node: GraphNode, label: string, text: string): Cut[] {
  const cuts: Cut[] = [];
  for (const name of [node.name, ...node.aliases]) {
    if (name.trim() === '') continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(pattern)) {
      cuts.push({ start: m.index, end: m.index + m[0].length, label });
    }
  }
  return cuts;
}

/** Replace the union of the cuts; overlapping cuts become one, labelled by the earliest. */
function applyCuts(text: string, cuts: Cut[]): string {
  if (cuts.length === 0) return text;
  const sorted = [...cuts].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let pos = 0;
  let current: Cut | undefined;
  for (const cut of sorted) {
    if (current !== undefined && cut.start < current.end) {
      current.end = Math.max(current.end, cut.end);
      continue;
    }
    if (current !== undefined) {
      out += current.label;
      pos = current.end;
    }
    out += text.slice(pos, cut.start);
    current = { ...cut };
  }
  if (current !== undefined) {
    out += current.label;
    pos = current.end;
  }
  return out + text.slice(pos);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
