/**
 * Page furniture: what a saved web page kept around the article (a section label, a reading
 * time, the headline printed twice). The text stays verbatim, since every offset depends on it;
 * the reader shows these ranges as page furniture, dimmed. The ranges are curated
 * (`data/curation/furniture.json`) as words located in their document, never as offsets.
 */
import type { Segment } from './context.ts';

/** One curated entry: `text` in document `doc` (its `occurrence`-th time, 1 by default). */
export interface FurnitureEntry {
  doc: string;
  text: string;
  occurrence?: number;
  note: string;
}

/** A located range of furniture in a document's text. */
export interface FurnitureRange {
  start: number;
  end: number;
  note: string;
}

/** A run of the document's text, marked when it is furniture (with the curator's note). */
export type ReaderSegment = Segment & { furniture?: string };

/**
 * The ranges of `entries` for document `docId` whose text is `text`, in order. An entry not
 * found (another dataset's document of the same id) is left out: furniture is only a dimming.
 * `locateFurniture('China News\n\nA', 'voa', [{ doc: 'voa', text: 'China News', note: 'label' }])`
 * → `[{ start: 0, end: 10, note: 'label' }]`.
 */
export function locateFurniture(
  text: string,
  docId: string,
  entries: readonly FurnitureEntry[],
): FurnitureRange[] {
  const ranges: FurnitureRange[] = [];
  for (const e of entries) {
    if (e.doc !== docId || e.text === '') continue;
    let at = -1;
    for (let n = 0; n < (e.occurrence ?? 1); n++) {
      at = text.indexOf(e.text, at + 1);
      if (at === -1) break;
    }
    if (at !== -1) ranges.push({ start: at, end: at + e.text.length, note: e.note });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/**
 * `segments` cut at the edges of `ranges`, the pieces inside a range marked with its note;
 * the text of the pieces, joined, is the text of the segments.
 */
export function markFurniture(
  segments: readonly Segment[],
  ranges: readonly FurnitureRange[],
): ReaderSegment[] {
  if (ranges.length === 0) return [...segments];
  const out: ReaderSegment[] = [];
  for (const s of segments) {
    const cuts = new Set([s.start, s.end]);
    for (const r of ranges) {
      if (r.start > s.start && r.start < s.end) cuts.add(r.start);
      if (r.end > s.start && r.end < s.end) cuts.add(r.end);
    }
    const edges = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < edges.length - 1; i++) {
      const [a, b] = [edges[i]!, edges[i + 1]!];
      const piece: ReaderSegment = {
        ...s,
        start: a,
        end: b,
        text: s.text.slice(a - s.start, b - s.start),
      };
      const inside = ranges.find((r) => r.start <= a && b <= r.end);
      if (inside) piece.furniture = inside.note;
      out.push(piece);
    }
  }
  return out;
}
