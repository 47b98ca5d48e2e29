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
 * view: `{ 'aysel-tohti' → 'Person 1', 'jonas-odmark' → 'Person 2' }`. Digits count as
 * numbers ("person-2" before "person-10"), so a dataset whose people are already stand-ins
 * (a talk file written with names hidden) keeps its numbers when they are hidden again.
 */
export function personAliases(ds: Dataset): Map<string, string> {
  const ids = ds.nodes
    .filter((n) => n.kind === 'person')
    .map((n) => n.id)
    .sort(naturalOrder);
  return new Map(ids.map((id, i) => [id, `Person ${i + 1}`]));
}

/** Code-unit order, except that runs of digits compare as numbers: "p-2" < "p-10". */
export function naturalOrder(a: string, b: string): number {
  const x = a.match(/\d+|\D+/g) ?? [];
  const y = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i]!, y[i]!];
    if (p === q) continue;
    if (/^\d/.test(p) && /^\d/.test(q) && Number(p) !== Number(q)) return Number(p) - Number(q);
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

/** The id a hidden person gets in exports (their own id spells their name): "Person 2" → "person-2". */
export function personId(label: string): string {
  return label.toLowerCase().replace(/\s+/g, '-');
}

/** One replaced span of a text: `[start, end)` becomes `label`. */
export interface Cut {
  start: number;
  end: number;
  label: string;
}

/**
 * `text` with every mention of a person in `map` replaced by their stand-in: the spans their
 * citations mark in the same document (when `at` says where the text comes from; this catches
 * mentions such as "Ms Tohti" that no name matches), plus every whole-word, case-insensitive
 * occurrence of their name and aliases, and of their capitalised surname standing alone.
 * `redact('Aysel Tohti, individual', ds, map)` → `'Person 1, individual'`.
 */
export function redact(
  text: string,
  ds: Dataset,
  map: Map<string, string>,
  at?: TextLocation,
): string {
  if (map.size === 0 || text === '') return text;
  let out = '';
  let pos = 0;
  for (const cut of redactionCuts(text, ds, map, at)) {
    out += text.slice(pos, cut.start) + cut.label;
    pos = cut.end;
  }
  return out + text.slice(pos);
}

/**
 * The spans `redact` replaces, sorted and merged (overlapping cuts become one, labelled by the
 * earliest), so a caller can map offsets from the text to the redacted text.
 */
export function redactionCuts(
  text: string,
  ds: Dataset,
  map: Map<string, string>,
  at?: TextLocation,
): Cut[] {
  if (map.size === 0 || text === '') return [];
  const cuts: Cut[] = [];
  for (const node of ds.nodes) {
    const label = map.get(node.id);
    if (label === undefined) continue;
    if (at !== undefined) cuts.push(...spanCuts(node, label, text.length, at));
    cuts.push(...nameCuts(node, label, text));
  }
  return mergeCuts(cuts);
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
  // "Bachelet’s office", "President Trump", "Wang said", a speaker's "ask Rushan": the first or
  // last word of the name alone, capitalised, and not the first word of another name ("Isa
  // Yusuf Alptekin", "Marco Polo").
  for (const word of [surnameOf(node.name), givenNameOf(node.name)]) {
    if (word === null) continue;
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})`,
      'gu',
    );
    for (const m of text.matchAll(pattern)) {
      cuts.push({ start: m.index, end: m.index + m[0].length, label });
    }
  }
  return cuts;
}

/** The last word of a name of two or more words, when it is at least 3 letters: "Adrian Zenz" → "Zenz". */
function surnameOf(name: string): string | null {
  const words = name.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  return words.length >= 2 && /^\p{Lu}/u.test(last) && last.length >= 3 ? last : null;
}

/**
 * The first word of a name that has a surname, when it is a capitalised word of at least 3
 * letters (not a title such as "Dr."): "Dolkun Isa" → "Dolkun", "Wang Wenbin" → "Wang";
 * a stand-in ("Person 12") has none.
 */
function givenNameOf(name: string): string | null {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return surnameOf(name) !== null && /^\p{Lu}[\p{L}-]{2,}$/u.test(first) ? first : null;
}

/** Sort the cuts and merge overlapping ones, each merged cut keeping the earliest's label. */
function mergeCuts(cuts: Cut[]): Cut[] {
  const sorted = [...cuts].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Cut[] = [];
  for (const cut of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && cut.start < last.end) last.end = Math.max(last.end, cut.end);
    else merged.push({ ...cut });
  }
  return merged;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
