/**
 * The "hide people" option for the explorer itself: a copy of the dataset in which every person
 * is "Person N" (their aliases gone, every mention of them in every text replaced), so each view
 * that reads the dataset (graph labels, aria-labels, search, panels, reader, list, live region)
 * shows no name without knowing about the option. Ids stay the same, so the layout, selection
 * and filters carry over when the option flips. Redacting a document changes its length, so
 * citation offsets are moved with it; `mapDocRef` moves an open passage between the two texts.
 */
import { personAliases, personId, redact, redactionCuts } from './anonymise.ts';
import type { Citation, Dataset, GraphNode, Provenance } from '../types.ts';

/** One replaced span: `[start, end)` of the original text is `[newStart, newEnd)` redacted. */
export interface Shift {
  start: number;
  end: number;
  newStart: number;
  newEnd: number;
}

export interface HiddenPeople {
  /** The redacted dataset (same ids, same order). */
  dataset: Dataset;
  /** Person id → "Person N" (see `personAliases`). */
  aliases: Map<string, string>;
  /** Document id → its replaced spans, in text order. */
  shifts: Map<string, Shift[]>;
}

const cache = new WeakMap<Dataset, HiddenPeople>();

/** The dataset with people hidden; computed once per dataset (it is immutable). */
export function hidePeople(ds: Dataset): HiddenPeople {
  const known = cache.get(ds);
  if (known) return known;
  const aliases = personAliases(ds);
  const shifts = new Map<string, Shift[]>();
  const texts = new Map<string, string>();
  for (const doc of ds.documents) {
    const cuts = redactionCuts(doc.text, ds, aliases, { doc: doc.id, start: 0 });
    let text = '';
    let pos = 0;
    const list: Shift[] = [];
    for (const c of cuts) {
      text += doc.text.slice(pos, c.start);
      list.push({
        start: c.start,
        end: c.end,
        newStart: text.length,
        newEnd: text.length + c.label.length,
      });
      text += c.label;
      pos = c.end;
    }
    shifts.set(doc.id, list);
    texts.set(doc.id, text + doc.text.slice(pos));
  }
  const words = (s: string) => redact(s, ds, aliases);
  const cite = (c: Citation): Citation => {
    const list = shifts.get(c.doc);
    const text = texts.get(c.doc);
    if (list === undefined || text === undefined) return { ...c, quote: words(c.quote) };
    const start = mapOffset(list, c.start, 'start', 'hide');
    const end = mapOffset(list, c.end, 'end', 'hide');
    return { doc: c.doc, start, end, quote: text.slice(start, end) };
  };
  const basis = (p: Provenance | null): Provenance | null =>
    p === null
      ? null
      : {
          ...p,
          ...(p.citation ? { citation: cite(p.citation) } : {}),
          ...(p.note !== undefined ? { note: words(p.note) } : {}),
        };
  const node = (n: GraphNode): GraphNode => {
    const alias = aliases.get(n.id);
    return {
      ...n,
      name: alias ?? words(n.name),
      aliases: alias === undefined ? n.aliases.map(words) : [],
      description: words(n.description),
      citations: n.citations.map(cite),
      groupProvenance: basis(n.groupProvenance),
      countryProvenance: basis(n.countryProvenance),
      dateNote: n.dateNote === null ? null : words(n.dateNote),
    };
  };
  const hidden: HiddenPeople = {
    aliases,
    shifts,
    dataset: {
      ...ds,
      ...(ds.title !== undefined ? { title: words(ds.title) } : {}),
      ...(ds.description !== undefined ? { description: words(ds.description) } : {}),
      documents: ds.documents.map((d) => ({
        ...d,
        title: words(d.title),
        publisher: words(d.publisher),
        ...(d.publisherNote !== undefined ? { publisherNote: words(d.publisherNote) } : {}),
        dateNote: words(d.dateNote),
        text: texts.get(d.id) ?? d.text,
      })),
      nodes: ds.nodes.map(node),
      links: ds.links.map((l) => ({
        ...l,
        citations: l.citations.map(cite),
        note: l.note === null ? null : words(l.note),
      })),
    },
  };
  cache.set(ds, hidden);
  return hidden;
}

/**
 * An offset of one text in the other: `hide` from the original to the redacted text, `show`
 * back. An offset inside a replaced span goes to the span's start (`side` 'start') or end.
 * With "Aysel Tohti" (0–11) → "Person 1" (0–8): `mapOffset(s, 12, 'start', 'hide')` → 9.
 */
export function mapOffset(
  shifts: Shift[],
  offset: number,
  side: 'start' | 'end',
  dir: 'hide' | 'show',
): number {
  let delta = 0;
  for (const s of shifts) {
    const [a, b, c, d] =
      dir === 'hide'
        ? [s.start, s.end, s.newStart, s.newEnd]
        : [s.newStart, s.newEnd, s.start, s.end];
    if (offset <= a) return offset + delta;
    if (offset >= b) {
      delta = d - b;
      continue;
    }
    return side === 'start' ? c : d;
  }
  return offset + delta;
}

/** An open passage `{ id, start, end }` moved into the redacted text (`hide`) or back (`show`). */
export function mapDocRef<T extends { id: string; start: number; end: number }>(
  hidden: HiddenPeople,
  ref: T,
  dir: 'hide' | 'show',
): T {
  const list = hidden.shifts.get(ref.id) ?? [];
  return {
    ...ref,
    start: mapOffset(list, ref.start, 'start', dir),
    end: mapOffset(list, ref.end, 'end', dir),
  };
}

/**
 * A node or link id as the URL shows it while people are hidden: each person id in it becomes
 * their stand-in's id. `publicId('dolkun-isa--leads--wuc', m)` → `'person-5--leads--wuc'`.
 */
export function publicId(id: string, aliases: Map<string, string>): string {
  return id
    .split('--')
    .map((part) => {
      const label = aliases.get(part);
      return label === undefined ? part : personId(label);
    })
    .join('--');
}

/** The inverse of `publicId`: `privateId('person-5', m)` → `'dolkun-isa'`; other ids unchanged. */
export function privateId(id: string, aliases: Map<string, string>): string {
  const back = new Map([...aliases].map(([real, label]) => [personId(label), real]));
  return id
    .split('--')
    .map((part) => back.get(part) ?? part)
    .join('--');
}
