/**
 * What the Canvas layer draws, derived from the same display state the SVG layers read
 * (visible, hidden, lit neighbourhood, search hits), as batches for `drawScene`: one per
 * link style and one per node colour and opacity. Opacities mirror the SVG layers' styles,
 * so a node looks the same on either layer. Nodes the SVG layer draws itself (hubs, the
 * selection, hits, the keyboard cursor) are left out here.
 */
import type { LinkBatch, NodeBatch } from './draw.ts';

interface Point {
  x: number;
  y: number;
}

/** A node in draw order, with what does not change while the view moves. */
export interface SceneNode {
  id: string;
  r: number;
  fill: string;
  /** Key of its shape (kind and radius), for a shared Path2D. */
  shape: string;
}

export interface SceneLink {
  id: string;
  source: string;
  target: string;
}

export interface SceneInput {
  nodes: readonly SceneNode[];
  links: readonly SceneLink[];
  positions: ReadonlyMap<string, Point>;
  /** Drawn by the SVG layer instead. */
  inDom: ReadonlySet<string>;
  visible: ReadonlySet<string>;
  hideFiltered: boolean;
  /** Whether a link is shown (both ends visible, made by the timeline date). */
  linkShown: (link: SceneLink) => boolean;
  /** The focus node and its neighbours, or null. */
  lit: ReadonlySet<string> | null;
  focusId: string | null;
  hits: ReadonlySet<string>;
  colours: { link: string; linkActive: string };
  /** A link's stroke weight (1 when absent): the co-signature graph's letters together. */
  weight?: (link: SceneLink) => number;
}

/** Opacity of a node as the SVG layer's styles would draw it; 0 when hidden. */
export function nodeAlpha(id: string, s: SceneInput): number {
  const shown = s.visible.has(id);
  if (!shown && s.hideFiltered) return 0;
  if (!shown) return s.lit?.has(id) ? 0.5 : 0.12;
  if (s.lit && !s.lit.has(id)) return 0.22;
  if (s.hits.size > 0 && !s.hits.has(id)) return 0.22;
  return 1;
}

/** The batches; `shapeFor(key)` gives the drawable shape (a Path2D in the page). */
export function buildScene(
  s: SceneInput,
  shapeFor: (key: string) => unknown,
): { links: LinkBatch[]; nodes: NodeBatch[] } {
  type Style = 'faded' | 'normal' | 'active';
  // Segments by stroke weight, then style: weight 1 always (the three batches every graph has),
  // others only when a link has them (the co-signature graph's pairs).
  const byWeight = new Map<number, Record<Style, number[]>>([
    [1, { faded: [], normal: [], active: [] }],
  ]);
  for (const l of s.links) {
    const a = s.positions.get(l.source);
    const b = s.positions.get(l.target);
    if (!a || !b) continue;
    const on = s.linkShown(l);
    if (!on && s.hideFiltered) continue;
    const touches = s.focusId !== null && (l.source === s.focusId || l.target === s.focusId);
    const w = s.weight?.(l) ?? 1;
    let segs = byWeight.get(w);
    if (!segs) byWeight.set(w, (segs = { faded: [], normal: [], active: [] }));
    (touches && on ? segs.active : on ? segs.normal : segs.faded).push(a.x, a.y, b.x, b.y);
  }
  const normalAlpha = s.lit ? 0.12 : 0.55;
  const links: LinkBatch[] = [...byWeight]
    .sort(([x], [y]) => x - y)
    .flatMap(([w, segs]) => [
      {
        colour: s.colours.link,
        alpha: 0.55 * 0.15,
        width: w,
        segments: Float32Array.from(segs.faded),
      },
      {
        colour: s.colours.link,
        alpha: normalAlpha,
        width: w,
        segments: Float32Array.from(segs.normal),
      },
      {
        colour: s.colours.linkActive,
        alpha: 0.9,
        width: 1.5 * w,
        segments: Float32Array.from(segs.active),
      },
    ]);

  const groups = new Map<
    string,
    { fill: string; alpha: number; xyr: number[]; shapes: unknown[] }
  >();
  for (const n of s.nodes) {
    if (s.inDom.has(n.id)) continue;
    const p = s.positions.get(n.id);
    const alpha = nodeAlpha(n.id, s);
    if (!p || alpha === 0) continue;
    const key = `${n.fill}/${alpha}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { fill: n.fill, alpha, xyr: [], shapes: [] }));
    g.xyr.push(p.x, p.y, n.r);
    g.shapes.push(shapeFor(n.shape));
  }
  // Faint groups first, so full-opacity nodes sit on top of faded ones.
  const nodes = [...groups.values()]
    .sort((a, b) => a.alpha - b.alpha)
    .map((g) => ({
      fill: g.fill,
      alpha: g.alpha,
      xyr: Float32Array.from(g.xyr),
      shapes: g.shapes,
    }));
  return { links, nodes };
}
