/**
 * Label placement: which node labels to draw, and where, so that they stay on screen, clear of
 * the overlays on the graph (its buttons, the presenter's key, a phone's sheet), of each other
 * and of the nodes, and across as few links as can be. Labels keep a constant screen size while
 * nodes scale, so zooming in frees room for more. The places a label tries are in spots.ts
 * (beside its node, then away from it with a leader line); the joint search of the labels that
 * must or should be drawn is in search.ts.
 */
import { discCover, type Disc } from './discs.ts';
import {
  CORNERS,
  EDGE,
  LABEL_HEIGHT,
  overflow,
  shared,
  SIDES,
  type Box,
  type LabelSide,
  type Sized,
} from './geometry.ts';
import { byCost, clash, searchPlaces, type Option } from './search.ts';
import { segmentCounter, type Segment } from './segments.ts';
import { allSpots, farSpots, nearSpots, type Spot } from './spots.ts';
import {
  CROSSING,
  SCORED,
  UNSCORED,
  SEARCH_OPTIONS,
  REACH,
  MIN_REACH,
  AWAY_CLEARANCE,
  AWAY_SHARE,
  NEAR_HUB,
  MAX_COVER,
  FEW_AWAY,
} from './weights.ts';

/** A candidate label: node position and radius in layout units, text size in screen pixels. */
export interface LabelItem extends Sized {
  id: string;
  priority: number;
  /**
   * A hub: named wherever there is room, away from its node if need be (the letter inside its
   * disc of 192 signatories), over small nodes as a last resort, never over another label.
   */
  mayCoverNodes?: boolean;
}

/** The settled view: screen = layout · k + (x, y), on a `width` × `height` pixel screen. */
export interface LabelView {
  x: number;
  y: number;
  k: number;
  width: number;
  height: number;
}

/** What labels keep off, besides one another. */
export interface Scene {
  /** The shapes drawn at full strength (layout units). */
  discs?: readonly Disc[];
  /** The links drawn at full strength (layout units): a label across them is harder to read. */
  links?: readonly Segment[];
  /**
   * What is laid over the graph: boxes in the view's pixels from its top-left corner (as the
   * screen is measured), which no label may go under.
   */
  overlays?: readonly Box[];
}

/** Where a label is drawn. */
export interface Placement {
  /** The side of its node it reads from (its text anchor). */
  side: LabelSide;
  /** Its box in pixels from its node's centre. */
  box: Box;
  /** Away from its node: a leader line joins them. */
  leader: boolean;
  /**
   * Drawn at `box`, not from its side's anchor (which follows the node's edge as the view
   * zooms): away from its node, or slid sideways along it.
   */
  boxed: boolean;
}

/**
 * Labels to draw and their places. Forced labels (`alwaysIds`: selection, focus, search hits,
 * story highlight, a filter's few matches) are always drawn; they and the hubs are searched
 * together (search.ts) over places beside and away from their node, for the least, in this
 * order: pixels off screen or under an overlay, overlap among them, nodes covered, rank and
 * links crossed. The rest follow by priority (ties by id, for stable pictures), each beside its
 * node where it is on screen and clear of every label, leader and node, or not at all. With
 * `sides` given, labels take only those sides (the snapshot export: right only).
 */
export function placeLabels(
  items: LabelItem[],
  view: LabelView,
  alwaysIds: Set<string>,
  scene: Scene = {},
  sides?: readonly LabelSide[],
): Map<string, Placement> {
  const { k } = view;
  // The screen in labelBox's pixels: shift the screen once rather than every box.
  const [x0, y0] = [EDGE - view.x, EDGE - view.y];
  const screen = { x0, y0, x1: x0 + view.width - 2 * EDGE, y1: y0 + view.height - 2 * EDGE };
  const overlays = (scene.overlays ?? []).map((o) => ({
    x0: o.x0 - view.x,
    y0: o.y0 - view.y,
    x1: o.x1 - view.x,
    y1: o.y1 - view.y,
  }));
  const discs = scene.discs ?? [];
  const covered = discCover(discs, k, screen);
  const crossings = segmentCounter(scene.links ?? [], k, screen);
  /** Pixels off screen, plus the area under overlays as pixels of a label's length. */
  const outside = (b: Box) =>
    overflow(b, screen) + overlays.reduce((s, o) => s + shared(b, o), 0) / LABEL_HEIGHT;
  /** A place's cost, all but the links it crosses (see `weighLinks`). */
  const cost = (spot: Spot): Option => {
    const out = outside(spot.box);
    const margin = spot.leader ? AWAY_CLEARANCE + AWAY_SHARE * spot.gap : 0;
    const { cover, near } = covered(spot.box, margin);
    return { ...spot, cost: [out, 0, cover, spot.rank + NEAR_HUB * near], near };
  };
  /**
   * Adds the links each place is written across to its rank. Counting them is the dearest
   * test, and only weighs between places that are clear (off screen or over a node, a place
   * loses anyway): the SCORED best-ranked clear places are counted, the rest assumed to
   * cross UNSCORED links, which keeps them behind.
   */
  const weighLinks = (item: LabelItem, list: Option[]): Option[] => {
    const clear = list.filter((o) => o.cost[0] === 0 && o.cost[2] === 0);
    clear.sort((a, b) => a.cost[3]! - b.cost[3]!);
    clear.forEach((o, i) => {
      const n = i < SCORED ? crossings(o.box, item.id) : UNSCORED;
      o.cost[3] = o.cost[3]! + CROSSING * n;
    });
    return list;
  };

  const order = [...items].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const beside = sides ?? [...SIDES, ...CORNERS];
  // Forced labels and hubs may go away from their node; the rest stay beside it (a leader
  // for every name of a zoomed-in graph would be a thicket).
  const reach = Math.max(MIN_REACH, REACH * Math.min(view.width, view.height));
  // Forced labels may also slide along their node: the one a story names must be drawn whole.
  const spotsOf = (item: LabelItem, away: boolean) =>
    away && !sides ? allSpots(item, k, reach, alwaysIds.has(item.id)) : nearSpots(item, k, beside);
  const forced = order.filter((item) => alwaysIds.has(item.id));
  // Hubs are searched together with the forced labels, so that one hub does not take the only
  // free place of another; unlike forced labels they are then drawn only where that place is
  // clear of every label (below), so a crowded screen drops a hub rather than piling text.
  const hubs = order.filter((item) => item.mayCoverNodes && !alwaysIds.has(item.id));
  // A hub is named only where it reads as its own: on screen, over MAX_COVER small nodes at
  // most, and, away from its node, near no other hub. Forced labels take the least bad place,
  // and so does the first hub (the letter on a phone, where every place is near another).
  const fair = (o: Option) => o.cost[0] === 0 && o.cost[2]! <= MAX_COVER && o.near === 0;
  const options = new Map<string, Option[]>();
  for (const item of [...forced, ...hubs]) {
    const list = weighLinks(item, spotsOf(item, true).map(cost));
    // What the reader pointed at keeps its place before a hub does: its rank counts double.
    if (alwaysIds.has(item.id)) for (const o of list) o.cost[3] = o.cost[3]! * 2;
    const kept = alwaysIds.has(item.id) || item === hubs[0] ? list : list.filter(fair);
    if (kept.length > 0) options.set(item.id, kept.sort(byCost));
  }
  // The search's first path takes labels in this order, each its best place given those
  // before: those with a clear place beside their node, the fewest first (they have no
  // other); then those that need a leader, which can go around them, by priority.
  const clearBeside = (id: string) =>
    options.get(id)!.filter((o) => !o.leader && o.cost[0] === 0 && o.cost[2] === 0).length;
  const rooms = new Map([...options.keys()].map((id) => [id, clearBeside(id)]));
  // Forced labels go first (they are drawn whatever), then the first hub (the letter: its
  // name is the one the picture is about), then the other hubs.
  const rank = (item: LabelItem) =>
    (alwaysIds.has(item.id) ? 0 : item === hubs[0] ? 1e6 : 2e6) + (rooms.get(item.id) || 1e5);
  // `order` is by priority already, and sort is stable.
  const choices = order.filter((item) => options.has(item.id)).sort((a, b) => rank(a) - rank(b));
  const proposed = new Map<string, Option>();
  searchPlaces(choices.map((c) => options.get(c.id)!.slice(0, SEARCH_OPTIONS))).forEach((o, i) =>
    proposed.set(choices[i]!.id, o),
  );

  const shown = new Map<string, Placement>();
  const placed: Spot[] = [];
  const put = (item: LabelItem, spot: Spot) => {
    placed.push(spot);
    const [cx, cy] = [item.x * k, item.y * k];
    const { x0, y0, x1, y1 } = spot.box;
    const box = { x0: x0 - cx, y0: y0 - cy, x1: x1 - cx, y1: y1 - cy };
    const leader = spot.leader !== null;
    shown.set(item.id, { side: spot.side, box, leader, boxed: leader || spot.slid });
  };
  const free = (o: Option) => o.cost[0] === 0 && placed.every((p) => clash(p, o) === 0);
  for (const item of forced) put(item, proposed.get(item.id)!);
  // Hubs take the search's places where still free: they were chosen together, each leaving
  // room for the others. The rest then take the best free place (over small nodes only when
  // no place is clear of them); a hub with none is not named (zooming in makes room), rather
  // than written across a cluster or beside another's shape.
  const unplaced = hubs.filter((item) => {
    const hint = proposed.get(item.id);
    if (!hint || !free(hint)) return true;
    put(item, hint);
    return false;
  });
  for (const item of unplaced) {
    const best = options.get(item.id)?.find(free);
    if (best) put(item, best);
  }
  // Places on screen, clear of the labels placed and of every node (cheap tests first: most
  // sides of a crowded graph are taken), with the links they cross weighed.
  const clearOf = (item: LabelItem, spots: Spot[]) =>
    weighLinks(
      item,
      spots
        .filter((s) => outside(s.box) === 0 && placed.every((p) => clash(p, s) === 0))
        .map(cost)
        .filter((o) => o.cost[2] === 0 && o.near === 0),
    ).sort(byCost)[0];
  // On a map of a handful of shapes, a name with no clear side goes away from its node (a long
  // name at a phone's edge): a leader or two is no thicket, and no cluster hides it.
  const fewShapes = discs.length <= FEW_AWAY && !sides;
  for (const item of order) {
    if (alwaysIds.has(item.id) || item.mayCoverNodes) continue;
    const pick =
      clearOf(item, nearSpots(item, k, beside)) ??
      (fewShapes ? clearOf(item, farSpots(item, k, reach)) : undefined);
    if (pick) put(item, pick);
  }
  return shown;
}

/** A view at scale `k` on a screen so large nothing overflows it: placement ignoring the screen. */
export const unboundedView = (k: number): LabelView => ({
  x: 1e9,
  y: 1e9,
  k,
  width: 2e9,
  height: 2e9,
});

/**
 * Ids whose labels to draw on the right of their nodes, ignoring the viewport and the nodes:
 * every id in `alwaysIds` (overlapping if need be), then greedily by priority each label that
 * overlaps none already placed. The snapshot export draws labels this way.
 */
export function visibleLabels(
  items: LabelItem[],
  scale: number,
  alwaysIds: Set<string>,
): Set<string> {
  return new Set(placeLabels(items, unboundedView(scale), alwaysIds, {}, ['right']).keys());
}
