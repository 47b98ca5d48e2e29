/**
 * Label placement: which node labels to draw, and on which side of their node, so that they
 * stay on screen, clear of each other and clear of the nodes. Labels keep a constant screen
 * size while nodes scale, so zooming in frees room for more.
 */
import { discTest, type Box } from './discs.ts';

/** Label height in screen pixels, and the gap between a node's edge and its label. */
export const LABEL_HEIGHT = 14;
export const LABEL_GAP = 4;
/** Screen pixels kept clear along the screen's edges: a label touching one looks cut. */
export const EDGE = 4;
/** The focus label (hovered or selected node) is drawn this much larger, and bold. */
export const FOCUS_LABEL_SCALE = 1.12;
/** Steps (about 1 µs each) the search for forced labels may take before settling for the best found. */
const SEARCH_BUDGET = 300;

/** A candidate label: node position and radius in layout units, text size in screen pixels. */
export interface LabelItem {
  id: string;
  x: number;
  y: number;
  r: number;
  priority: number;
  width: number;
  /** Defaults to LABEL_HEIGHT; larger for the focus label, drawn bigger. */
  height?: number;
  /**
   * A hub: named even where every side covers nodes (the letter inside its ring of 192
   * signatories), though never over another label. A clear side still wins when there is one.
   */
  mayCoverNodes?: boolean;
}

/** A drawn node, in layout units: what a label should not cover. */
export interface Disc {
  x: number;
  y: number;
  r: number;
  /** A hub's shape: a label over it reads as that hub's name, so even hub labels avoid it. */
  hub?: boolean;
}

/** The settled view: screen = layout · k + (x, y), on a `width` × `height` pixel screen. */
export interface LabelView {
  x: number;
  y: number;
  k: number;
  width: number;
  height: number;
}

/** Where a label sits against its node. Right is the calm default; left is its mirror. */
export type LabelSide =
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'above-right'
  | 'below-right'
  | 'above-left'
  | 'below-left';

/** The sides a label tries, in order: beside the node first, where the eye reads on. */
export const SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below'];
/**
 * Then the corners, for a label that competes (not a forced one): in the crowded middle of the
 * graph four sides often all touch a label placed before, and a hub would go unnamed.
 */
export const CORNERS: readonly LabelSide[] = [
  'above-right',
  'below-right',
  'above-left',
  'below-left',
];
/** cos 45°: a corner label sits off the node's edge along the diagonal. */
const DIAGONAL = Math.SQRT1_2;

/**
 * The box of a label on `side` of its node, in pixels of the scaled layout (the screen before
 * panning): `labelBox({ x: 10, y: 20, r: 5, width: 50, … }, 2)` → `{ x0: 34, y0: 33, x1: 84, y1: 47 }`.
 */
export function labelBox(item: LabelItem, scale: number, side: LabelSide = 'right'): Box {
  const { width: w, height: h = LABEL_HEIGHT } = item;
  const cx = item.x * scale;
  const cy = item.y * scale;
  const reach = item.r * scale + LABEL_GAP;
  if (side.includes('-')) {
    const d = reach * DIAGONAL;
    const x0 = side.endsWith('right') ? cx + d : cx - d - w;
    const y0 = side.startsWith('above') ? cy - d - h : cy + d;
    return { x0, y0, x1: x0 + w, y1: y0 + h };
  }
  if (side === 'above' || side === 'below') {
    const y0 = side === 'above' ? cy - reach - h : cy + reach;
    return { x0: cx - w / 2, y0, x1: cx + w / 2, y1: y0 + h };
  }
  const x0 = side === 'right' ? cx + reach : cx - reach - w;
  return { x0, y0: cy - h / 2, x1: x0 + w, y1: cy + h / 2 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
/** Square pixels two boxes share: a sliver where two lines touch counts less than a pile. */
const shared = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
  Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/** Pixels by which `b` pokes out of `s`, summed over the four edges. */
const overflow = (b: Box, s: Box) =>
  Math.max(0, s.x0 - b.x0) +
  Math.max(0, b.x1 - s.x1) +
  Math.max(0, s.y0 - b.y0) +
  Math.max(0, b.y1 - s.y1);

/** Component-wise sum, and lexicographic order, of cost tuples. */
const add = (a: number[], b: number[]) => a.map((v, i) => v + b[i]!);
function less(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/** A forced label's options: each side's box and its cost [off screen, 0, `cover`, side]. */
type Option = { side: LabelSide; box: Box; cost: number[] };

/**
 * Sides for forced labels that minimise, in this order, pixels off screen, area of labels
 * overlapping, labels covering a node, and distance down `sides`: a depth-first search with
 * bounds, so that one label does not take the only free side of its neighbour.
 */
function placeForced(options: Option[][]): Option[] {
  const n = options.length;
  // floor[d]: the least the labels from d on can add (a lower bound, component-wise).
  const floor: number[][] = [[0, 0, 0, 0]];
  for (let d = n - 1; d >= 0; d--) {
    const least = options[d]!.reduce(
      (m, o) => m.map((v, i) => Math.min(v, o.cost[i]!)),
      [Infinity, 0, Infinity, Infinity],
    );
    floor.unshift(add(least, floor[0]!));
  }
  const chosen: Option[] = [];
  const best = { cost: [Infinity, Infinity, Infinity, Infinity], pick: [] as Option[] };
  let budget = SEARCH_BUDGET;
  const search = (d: number, cost: number[]) => {
    if (!less(add(cost, floor[d]!), best.cost)) return;
    if (d === n) {
      best.cost = cost;
      best.pick = [...chosen];
      return;
    }
    // Past the budget, only the first (greedy) path runs on to the end.
    if (--budget < 0 && best.pick.length > 0) return;
    const byCost = (a: { cost: number[] }, b: { cost: number[] }) =>
      less(a.cost, b.cost) ? -1 : less(b.cost, a.cost) ? 1 : 0;
    const steps = options[d]!.map((o) => {
      const hits = chosen.reduce((c, p) => c + shared(p.box, o.box), 0);
      return { o, cost: [o.cost[0]!, hits, o.cost[2]!, o.cost[3]!] };
    });
    for (const s of steps.sort(byCost)) {
      chosen.push(s.o);
      search(d + 1, add(cost, s.cost));
      chosen.pop();
    }
  };
  search(0, [0, 0, 0, 0]);
  return best.pick;
}

/**
 * Labels to draw and their sides. Forced labels (`alwaysIds`: selection, focus, search hits,
 * story highlight) are always drawn, each on the first of `sides` that is on screen and clear
 * of other labels and of nodes, else as clear as can be (see placeForced). The rest follow by
 * priority (ties by id, for stable pictures), each on the first side that is on screen and
 * clear of every label placed and every disc in `discs` (for a hub, `mayCoverNodes`, the first
 * side clear of labels if no side is clear of discs), or not at all.
 */
export function placeLabels(
  items: LabelItem[],
  view: LabelView,
  alwaysIds: Set<string>,
  discs: readonly Disc[] = [],
  sides: readonly LabelSide[] = SIDES,
): Map<string, LabelSide> {
  const { k } = view;
  // The screen in labelBox's pixels: shift the screen once rather than every box.
  const [x0, y0] = [EDGE - view.x, EDGE - view.y];
  const screen = { x0, y0, x1: x0 + view.width - 2 * EDGE, y1: y0 + view.height - 2 * EDGE };
  const coversNode = discTest(discs, k, screen);
  const coversHub = discTest(
    discs.filter((d) => d.hub),
    k,
    screen,
  );
  /** 0 clear of every node, 1 over small nodes only, 2 over a hub's shape. */
  const cover = (box: Box) => (coversHub(box) ? 2 : coversNode(box) ? 1 : 0);

  const order = [...items].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  // The competing labels may also take a corner (not with a caller's own list of sides).
  const tries = sides === SIDES ? [...SIDES, ...CORNERS] : sides;
  const forced = order.filter((item) => alwaysIds.has(item.id));
  // Hubs are searched together with the forced labels, so that one hub does not take the only
  // free place of another; unlike forced labels they are then drawn only where that place is
  // clear of every label (below), so a crowded screen drops a hub rather than piling text.
  const hubs = order.filter((item) => item.mayCoverNodes && !alwaysIds.has(item.id));
  const optionsOf = (item: LabelItem, list: readonly LabelSide[]) =>
    list.map((side, i): Option => {
      const box = labelBox(item, k, side);
      return { side, box, cost: [overflow(box, screen), 0, cover(box), i] };
    });
  const choices = [
    ...forced.map((item) => ({ item, options: optionsOf(item, sides) })),
    ...hubs.map((item) => ({ item, options: optionsOf(item, tries) })),
  ];
  // Labels with the fewest sides on screen first: the search prunes sooner.
  const room = (c: (typeof choices)[number]) => c.options.filter((o) => o.cost[0] === 0).length;
  choices.sort((a, b) => room(a) - room(b));
  const proposed = new Map<string, Option>();
  placeForced(choices.map((c) => c.options)).forEach((o, i) => {
    proposed.set(choices[i]!.item.id, o);
  });
  const shown = new Map<string, LabelSide>();
  const placed: Box[] = [];
  for (const item of forced) {
    const o = proposed.get(item.id)!;
    shown.set(item.id, o.side);
    placed.push(o.box);
  }
  for (const item of order) {
    if (alwaysIds.has(item.id)) continue;
    const free = tries
      .map((side) => ({ side, box: labelBox(item, k, side) }))
      .filter(({ box }) => overflow(box, screen) === 0 && !placed.some((p) => overlaps(p, box)));
    // A hub takes the joint search's side if it is still free and clear of the other hubs'
    // shapes (over one, a label reads as that hub's name); else, like every label, a side clear
    // of every node; a hub, failing that, one clear of hub shapes, and as a last resort any.
    const hint = free.find(({ side }) => side === proposed.get(item.id)?.side);
    const pick =
      (hint && !coversHub(hint.box) ? hint : undefined) ??
      free.find(({ box }) => !coversNode(box)) ??
      (item.mayCoverNodes ? (free.find(({ box }) => !coversHub(box)) ?? hint ?? free[0]) : null);
    if (!pick) continue;
    placed.push(pick.box);
    shown.set(item.id, pick.side);
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
  return new Set(placeLabels(items, unboundedView(scale), alwaysIds, [], ['right']).keys());
}
