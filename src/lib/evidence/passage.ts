/**
 * Split a document's segments (plain runs and actor mentions) at a passage's edges, so the
 * reader can wrap the passage in one <mark> while keeping actor names clickable inside it.
 */
import type { Segment } from './context.ts';

export interface PassageParts<S extends Segment = Segment> {
  before: S[];
  inside: S[];
  after: S[];
}

/** `splitAt(segments, 10, 20)` → the runs before 10, between 10 and 20, and from 20 on. */
export function splitAt<S extends Segment>(
  segments: S[],
  start: number,
  end: number,
): PassageParts<S> {
  const parts: PassageParts<S> = { before: [], inside: [], after: [] };
  for (const s of segments) {
    const cuts = [s.start, ...[start, end].filter((c) => c > s.start && c < s.end), s.end];
    for (let i = 0; i < cuts.length - 1; i++) {
      const a = cuts[i]!;
      const b = cuts[i + 1]!;
      const piece: S = {
        ...s,
        start: a,
        end: b,
        text: s.text.slice(a - s.start, b - s.start),
      };
      const bucket = b <= start ? parts.before : a >= end ? parts.after : parts.inside;
      bucket.push(piece);
    }
  }
  return parts;
}
