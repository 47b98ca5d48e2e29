/**
 * What the Canvas layer draws, derived from the same display state the SVG layers read
 * (visible, hidden, lit neighbourhood, search hits), in two parts so that hovering never
 * rebuilds or redraws the whole graph (issue 10):
 *
 * - the base (`buildBase`): every link and node as the filters, the date and the layout leave
 *   them, batched by link style and by node colour and opacity. It changes with a filter, not
 *   with the pointer. Nodes the SVG layer draws (hubs, the selection, hits, the keyboard's
 *   node) are skipped when drawing, by a mask (`skipMask`), so a selection does not rebuild it.
 * - the overlay (`buildOverlay`): the focus node's links and its lit neighbours, at full
 *   strength, drawn over the base while the base is dimmed (`dimming`) by the opacity of its
 *   canvas, which the compositor applies without a redraw. The SVG layers dim the same way
 *   (`.lit .node:not(.near)`), so a node looks the same on either layer.
 */
import type { LinkBatch, NodeBatch } from './draw.ts';
import { GROUP_COLOURS, KIND_SHAPES, nodeRadius } from '../graph/encoding.ts';
import type { Dataset } from '../types.ts';
import { degreesOf } from '../graph/graph-index.ts';
import { drawOrderOf } from '../graph/ranking.ts';
import { BoundsBox } from '../graph/fit.ts';
import type { Bounds } from '../graph/viewport.ts';

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

/** The theme's link colours (its CSS variables). */
export interface SceneColours {
  link: string;
  linkActive: string;
}

/** What the base depends on: the layout, the filters, the date, the theme. */
export interface BaseInput {
  nodes: readonly SceneNode[];
  links: readonly SceneLink[];
  positions: ReadonlyMap<string, Point>;
  visible: ReadonlySet<string>;
  hideFiltered: boolean;
  /** Whether a link is shown (both ends visible, made by the timeline date). */
  linkShown: (link: SceneLink) => boolean;
  colours: SceneColours;
  /** A link's stroke weight (1 when absent): the co-signature graph's letters together. */
  weight?: (link: SceneLink) => number;
  /**
   * Every actor visible and every placed link shown, no weights: the base is then one per
   * nodes, links, positions and link colour, built once (`buildBase`).
   */
  allShown?: boolean;
}

/** What the overlay adds: the focus and its neighbourhood, the search hits. */
export interface OverlayInput extends BaseInput {
  /** Scene node by id (`sceneIndex`). */
  at: ReadonlyMap<string, number>;
  /** The links touching a node. */
  linksOf: (id: string) => readonly SceneLink[];
  /** Drawn by the SVG layer instead. */
  inDom: ReadonlySet<string>;
  /** The focus node and its neighbours (or a selected link's ends), or null. */
  lit: ReadonlySet<string> | null;
  focusId: string | null;
  hits: ReadonlySet<string>;
}

/** Opacity of the dimmed base (the SVG layers' `.lit .node:not(.near)`). */
export const DIM = 0.22;
/** Opacity of a shown link, and of one faded by the filters. */
export const LINK_ALPHA = { normal: 0.55, faded: 0.55 * 0.15, active: 0.9 } as const;
/** Opacity of a node faded by the filters; of one faded but in the lit neighbourhood. */
export const FADED_ALPHA = { node: 0.12, lit: 0.5 } as const;

/**
 * Which base canvases are dimmed: both while a neighbourhood is lit, only the nodes while a
 * search has hits (the SVG layers dim links only for a neighbourhood).
 */
export function dimming(
  lit: ReadonlySet<string> | null,
  hits: ReadonlySet<string>,
): { links: boolean; nodes: boolean } {
  return { links: lit !== null, nodes: lit !== null || hits.size > 0 };
}

const SCENE_NODES = new WeakMap<Dataset, SceneNode[]>();

/**
 * `ds`'s nodes as the Canvas draws them, in draw order (`drawOrderOf`: hubs last, on top):
 * radius by degree and kind, fill by group, and the key of their shape. Once per dataset
 * object: the app's Canvas layer (state/canvas-scene.svelte.ts) and the picture drawn before it
 * (components/graph/preview.ts) draw the same array, so the two look the same.
 */
export function sceneNodesOf(ds: Dataset): SceneNode[] {
  let nodes = SCENE_NODES.get(ds);
  if (!nodes) {
    const degree = degreesOf(ds);
    nodes = drawOrderOf(ds).map((n) => {
      const r = nodeRadius(degree.get(n.id) ?? 0, n.kind);
      return {
        id: n.id,
        r,
        fill: GROUP_COLOURS[n.group ?? 'none'],
        shape: `${KIND_SHAPES[n.kind]}/${r}`,
      };
    });
    SCENE_NODES.set(ds, nodes);
  }
  return nodes;
}

/**
 * The extent the scene's `nodes` placed at `positions` are drawn over (each by its radius), in
 * layout units: the Canvas writes it on its first canvas, in CSS px, for "framed on opening".
 */
export function sceneBounds(
  nodes: readonly Pick<SceneNode, 'id' | 'r'>[],
  positions: ReadonlyMap<string, Point>,
): Bounds {
  const box = new BoundsBox();
  for (const { id, r } of nodes) {
    const p = positions.get(id);
    if (p) box.add(p.x, p.y, r);
  }
  const drawn = box.bounds();
  // Nothing placed yet: a box that holds nothing, which nothing can be outside of.
  return drawn ?? { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
}

/** `sceneBounds` under the transform `t`, as `"x0,y0,x1,y1"` in CSS px (`data-bounds`). */
export function drawnBox(b: Bounds, t: { x: number; y: number; k: number }): string {
  return [b.x0 * t.k + t.x, b.y0 * t.k + t.y, b.x1 * t.k + t.x, b.y1 * t.k + t.y]
    .map((v) => v.toFixed(1))
    .join(',');
}

/** Scene node index by id: `sceneIndex([{ id: 'a' }, { id: 'b' }]).get('b')` → 1. */
export function sceneIndex(nodes: readonly Pick<SceneNode, 'id'>[]): Map<string, number> {
  return new Map(nodes.map((n, i) => [n.id, i]));
}

/** One byte per scene node, 1 for those the SVG draws (`ids`): the base skips them. */
export function skipMask(
  at: ReadonlyMap<string, number>,
  count: number,
  ids: Iterable<string>,
): Uint8Array {
  const mask = new Uint8Array(count);
  for (const id of ids) {
    const i = at.get(id);
    if (i !== undefined) mask[i] = 1;
  }
  return mask;
}

type Groups = Map<string, { fill: string; alpha: number; xyr: number[]; index: number[] }>;

function addNode(groups: Groups, n: SceneNode, i: number, p: Point, alpha: number): void {
  const key = `${n.fill}/${alpha}`;
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { fill: n.fill, alpha, xyr: [], index: [] }));
  g.xyr.push(p.x, p.y, n.r);
  g.index.push(i);
}

/** Node batches, faint groups first so full-opacity nodes sit on top of faded ones. */
function nodeBatches(
  groups: Groups,
  nodes: readonly SceneNode[],
  shapeFor: (key: string) => unknown,
): NodeBatch[] {
  return [...groups.values()]
    .sort((a, b) => a.alpha - b.alpha)
    .map((g) => ({
      fill: g.fill,
      alpha: g.alpha,
      xyr: Float32Array.from(g.xyr),
      index: Int32Array.from(g.index),
      shapes: g.index.map((i) => shapeFor(nodes[i]!.shape)),
    }));
}

type Base = { links: LinkBatch[]; nodes: NodeBatch[] };

/**
 * Bases built with everything shown, by their nodes: a published file's first picture
 * (components/graph/preview.ts) and then the app's Canvas draw the same one, 20–80 ms to build
 * at 5,000–20,000 actors, and the second finds it built (issue 10).
 */
const SHOWN = new WeakMap<
  readonly SceneNode[],
  { links: readonly SceneLink[]; positions: ReadonlyMap<string, Point>; colour: string; base: Base }
>();

/**
 * The input of a first picture: every actor at `positions` visible, every link shown, at
 * weight 1 (`allShown`: built once, render/preview.ts draws the same batches).
 */
export function allShownInput(
  nodes: readonly SceneNode[],
  links: readonly SceneLink[],
  positions: ReadonlyMap<string, Point>,
  colours: SceneColours,
): BaseInput {
  return {
    nodes,
    links,
    positions,
    visible: new Set(positions.keys()),
    hideFiltered: false,
    linkShown: () => true,
    colours,
    allShown: true,
  };
}

/**
 * The base batches; `shapeFor(key)` gives the drawable shape (a Path2D in the page). With
 * `allShown`, the base built before from the same nodes, links, positions and link colour.
 */
export function buildBase(s: BaseInput, shapeFor: (key: string) => unknown): Base {
  if (!s.allShown) return baseOf(s, shapeFor);
  const kept = SHOWN.get(s.nodes);
  if (
    kept &&
    kept.links === s.links &&
    kept.positions === s.positions &&
    kept.colour === s.colours.link
  )
    return kept.base;
  const base = baseOf(s, shapeFor);
  SHOWN.set(s.nodes, { links: s.links, positions: s.positions, colour: s.colours.link, base });
  return base;
}

function baseOf(s: BaseInput, shapeFor: (key: string) => unknown): Base {
  // Segments by stroke weight, then style: weight 1 always, others only when a link has them
  // (the co-signature graph's pairs).
  const byWeight = new Map<number, { faded: number[]; normal: number[] }>([
    [1, { faded: [], normal: [] }],
  ]);
  for (const l of s.links) {
    const a = s.positions.get(l.source);
    const b = s.positions.get(l.target);
    if (!a || !b) continue;
    const on = s.linkShown(l);
    if (!on && s.hideFiltered) continue;
    const w = s.weight?.(l) ?? 1;
    let segs = byWeight.get(w);
    if (!segs) byWeight.set(w, (segs = { faded: [], normal: [] }));
    (on ? segs.normal : segs.faded).push(a.x, a.y, b.x, b.y);
  }
  const links: LinkBatch[] = [...byWeight]
    .sort(([x], [y]) => x - y)
    .flatMap(([w, segs]) => [
      {
        colour: s.colours.link,
        alpha: LINK_ALPHA.faded,
        width: w,
        segments: Float32Array.from(segs.faded),
      },
      {
        colour: s.colours.link,
        alpha: LINK_ALPHA.normal,
        width: w,
        segments: Float32Array.from(segs.normal),
      },
    ]);

  const groups: Groups = new Map();
  s.nodes.forEach((n, i) => {
    const p = s.positions.get(n.id);
    const shown = s.visible.has(n.id);
    if (!p || (!shown && s.hideFiltered)) return;
    addNode(groups, n, i, p, shown ? 1 : FADED_ALPHA.node);
  });
  return { links, nodes: nodeBatches(groups, s.nodes, shapeFor) };
}

/**
 * The overlay: the focus node's shown links in the active style, and (unless a search has
 * hits, which keep every other node dim) the lit nodes the SVG does not draw, at full
 * strength, or half for one the filters fade. Its size is the neighbourhood's, not the graph's.
 */
export function buildOverlay(
  s: OverlayInput,
  shapeFor: (key: string) => unknown,
): { links: LinkBatch[]; nodes: NodeBatch[] } {
  const byWeight = new Map<number, number[]>();
  if (s.focusId !== null) {
    for (const l of s.linksOf(s.focusId)) {
      const a = s.positions.get(l.source);
      const b = s.positions.get(l.target);
      if (!a || !b || !s.linkShown(l)) continue;
      const w = s.weight?.(l) ?? 1;
      let segs = byWeight.get(w);
      if (!segs) byWeight.set(w, (segs = []));
      segs.push(a.x, a.y, b.x, b.y);
    }
  }
  const links = [...byWeight]
    .sort(([x], [y]) => x - y)
    .map(([w, segs]) => ({
      colour: s.colours.linkActive,
      alpha: LINK_ALPHA.active,
      width: 1.5 * w,
      segments: Float32Array.from(segs),
    }));
  const groups: Groups = new Map();
  if (s.lit !== null && s.hits.size === 0) {
    for (const id of s.lit) {
      const i = s.at.get(id);
      const p = s.positions.get(id);
      const shown = s.visible.has(id);
      if (i === undefined || !p || s.inDom.has(id) || (!shown && s.hideFiltered)) continue;
      addNode(groups, s.nodes[i]!, i, p, shown ? 1 : FADED_ALPHA.lit);
    }
  }
  return { links, nodes: nodeBatches(groups, s.nodes, shapeFor) };
}
