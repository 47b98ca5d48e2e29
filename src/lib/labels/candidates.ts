/**
 * Which actors compete for a label, and which shapes labels should keep off: the step before
 * `placeLabels`, from the graph's state as plain data (Graph.svelte passes its own).
 *
 * - Forced (always drawn): the hovered or focused actor, the selection, a story's highlight,
 *   the ends of a selected link's neighbourhood, the first five search hits, the matches of a
 *   filter that leaves few.
 * - Candidates: the forced ones, and among the lit actors (shown, in the hovered
 *   neighbourhood if any, a search hit if searching) the hubs; every lit actor once zoomed in
 *   or while a neighbourhood is lit. Zoomed out, a disc of 192 signatory names would bury the
 *   letter they signed.
 * - Obstacles: the shapes and links drawn at full strength (faded ones may be covered).
 */
import type { Disc } from './discs.ts';
import { FOCUS_LABEL_SCALE, LABEL_HEIGHT } from './geometry.ts';
import type { LabelItem, Scene } from './place.ts';
import { MAX_SEGMENTS, type Segment } from './segments.ts';
import { labelPriority, nodeRadius, outerRadius } from '../graph/encoding.ts';
import type { Point } from '../graph/simulation.ts';
import type { GraphNode } from '../types.ts';

/** The graph's state as far as labels care; sets are read, never changed. */
export interface LabelState {
  nodes: readonly GraphNode[];
  /** The links, as ends' ids: labels are written across as few as can be. */
  links?: readonly { source: string; target: string }[];
  positions: ReadonlyMap<string, Point>;
  degree: ReadonlyMap<string, number>;
  visible: ReadonlySet<string>;
  hubs: ReadonlySet<string>;
  /** The hovered or focused actor's neighbourhood, or null. */
  neighbourhood: ReadonlySet<string> | null;
  /** The hovered or keyboard-focused actor. */
  focusId: string | null;
  selectedNode: string | null;
  /** True when a link is selected: its ends (the neighbourhood) are all named. */
  linkSelected: boolean;
  highlight: Iterable<string>;
  /** Search hits, best first. */
  hits: readonly string[];
  zoomedIn: boolean;
  /**
   * The matches of a filter that leaves few (FEW_MATCHES or fewer), else null: all named at
   * any zoom, since a filter is asked to see who they are.
   */
  few?: ReadonlySet<string> | null;
  /**
   * False on a narrow screen: there the few matches compete like any label, since a dozen
   * forced names on a phone pile on one another. True by default.
   */
  fewForced?: boolean;
  /** The smallest node radius drawn (larger in presenter view); 4 by default. */
  minRadius?: number;
  /** A label's width in screen pixels; `bold` for hubs. */
  width: (node: GraphNode, bold: boolean) => number;
}

/** Search hits named whatever the zoom: the top few, not all twelve results. */
export const NAMED_HITS = 5;
/** A filter leaving this many matches or fewer names them at any zoom (and frames them). */
export const FEW_MATCHES = 30;

/** The matches to name whatever the zoom: all of them when `filtering` leaves few, else null. */
export function fewMatches(
  filtering: boolean,
  matches: ReadonlySet<string>,
): ReadonlySet<string> | null {
  return filtering && matches.size > 0 && matches.size <= FEW_MATCHES ? matches : null;
}

/** `{ items, scene, always }` for `placeLabels(items, view, always, scene)`. */
export function labelCandidates(s: LabelState): {
  items: LabelItem[];
  scene: { discs: Disc[]; links: Segment[] } & Scene;
  always: Set<string>;
} {
  const always = new Set<string>();
  if (s.focusId) always.add(s.focusId);
  if (s.selectedNode) always.add(s.selectedNode);
  for (const id of s.highlight) always.add(id);
  if (s.neighbourhood && s.linkSelected) for (const id of s.neighbourhood) always.add(id);
  for (const id of s.hits.slice(0, NAMED_HITS)) always.add(id);
  if (s.fewForced !== false) for (const id of s.few ?? []) if (s.visible.has(id)) always.add(id);
  const hitSet = new Set(s.hits);
  const items: LabelItem[] = [];
  const discs: Disc[] = [];
  /** Drawn at full strength: the ends of a link a label should not be written across. */
  const strong = new Set<string>();
  for (const n of s.nodes) {
    const p = s.positions.get(n.id);
    if (!p) continue;
    const degree = s.degree.get(n.id) ?? 0;
    // The shape's reach, not its area's radius: a star's points would poke into its label.
    const r = outerRadius(n.kind, nodeRadius(degree, n.kind, s.minRadius));
    const lit = s.visible.has(n.id) && (!s.neighbourhood || s.neighbourhood.has(n.id));
    const hit = hitSet.size === 0 || hitSet.has(n.id);
    if (lit && (hit || s.selectedNode === n.id)) {
      discs.push({ x: p.x, y: p.y, r, hub: s.hubs.has(n.id) });
      strong.add(n.id);
    }
    const candidate =
      always.has(n.id) ||
      (lit &&
        hit &&
        (s.zoomedIn || s.neighbourhood !== null || s.hubs.has(n.id) || !!s.few?.has(n.id)));
    if (!candidate) continue;
    const item = {
      id: n.id,
      x: p.x,
      y: p.y,
      r,
      priority: labelPriority(n, degree),
      // Hubs are always named (over nodes if need be), never over another label.
      mayCoverNodes: s.hubs.has(n.id),
    };
    // The focus label is drawn bold and FOCUS_LABEL_SCALE× larger (GraphLabels).
    if (n.id === s.focusId || n.id === s.selectedNode) {
      const width = s.width(n, true) * FOCUS_LABEL_SCALE;
      items.push({ ...item, width, height: LABEL_HEIGHT * FOCUS_LABEL_SCALE });
    } else items.push({ ...item, width: s.width(n, s.hubs.has(n.id)) });
  }
  const links: Segment[] = [];
  // A large graph's links are not counted (segments.ts): do not copy them either.
  for (const l of (s.links?.length ?? 0) <= MAX_SEGMENTS ? (s.links ?? []) : []) {
    const [a, b] = [s.positions.get(l.source), s.positions.get(l.target)];
    if (!a || !b || !strong.has(l.source) || !strong.has(l.target)) continue;
    links.push({ a: l.source, b: l.target, x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  }
  return { items, scene: { discs, links }, always };
}
