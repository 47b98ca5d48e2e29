/**
 * The places a label may take, best first, the way cartographic label placers try them: beside
 * its node (the four sides, then the corners), then away from it at growing distances all
 * around, joined to it by a leader line. Placement (place.ts) scores them; this file only
 * lists them, with what each costs before other labels are counted.
 */
import {
  CORNERS,
  LABEL_GAP,
  LABEL_HEIGHT,
  labelBox,
  SIDES,
  type Box,
  type LabelSide,
  type Sized,
} from './geometry.ts';

/** A place for a label: its box, and the leader line from its node's edge, if away from it. */
export interface Spot {
  side: LabelSide;
  box: Box;
  /** [x1, y1, x2, y2]: from the node's edge to the nearest point of the box; null beside it. */
  leader: [number, number, number, number] | null;
  /** Pixels between the node's edge and the box: LABEL_GAP beside it, a ring's gap away. */
  gap: number;
  /** The spot's own cost, lower first: beside before away, near before far, right before left. */
  rank: number;
  /** The box and the leader together, PAD pixels larger: two spots whose extents miss cannot clash. */
  extent: Box;
  /** Above or below the node, slid sideways (slidSpots). */
  slid: boolean;
}

/** Pixels kept between two labels: touching lines of text read as one. */
export const PAD = 2;

/** A spot of `box` and `leader`, with its extent. */
function spot(side: LabelSide, box: Box, leader: Spot['leader'], gap: number, rank: number): Spot {
  const extent = {
    x0: Math.min(box.x0, leader ? Math.min(leader[0], leader[2]) : Infinity) - PAD,
    y0: Math.min(box.y0, leader ? Math.min(leader[1], leader[3]) : Infinity) - PAD,
    x1: Math.max(box.x1, leader ? Math.max(leader[0], leader[2]) : -Infinity) + PAD,
    y1: Math.max(box.y1, leader ? Math.max(leader[1], leader[3]) : -Infinity) + PAD,
  };
  return { side, box, leader, gap, rank, extent, slid: false };
}

/**
 * Gaps (pixels beyond the node's edge) of the rings of far places: the first clears a ring of
 * small nodes around a hub, the last the letter's disc of 192 signatories on a projector.
 */
export const RINGS = [20, 36, 58, 86, 122, 166];
/**
 * What going away from the node costs: more than any place beside it, and more than a place
 * beside it written across a dozen links (place.ts's CROSSING), so that a leader line is drawn
 * where there is no room beside a node, seldom merely for clearer ground.
 */
const AWAY = 16;
const PER_RING = 4;
/** Directions of the far places, in the order they are preferred (degrees, y down). */
const ANGLES = [
  0, 180, -90, 90, -22.5, 22.5, -157.5, 157.5, -45, 45, -135, 135, -67.5, 67.5, -112.5, 112.5,
];
/** Below this |cos| or |sin| a far label is centred on its direction rather than hung from it. */
const CENTRED = 0.35;

/** The places beside the node, in `sides` order; rank is the position in the list. */
export function nearSpots(item: Sized, k: number, sides: readonly LabelSide[]): Spot[] {
  return sides.map((side, rank) => spot(side, labelBox(item, k, side), null, LABEL_GAP, rank));
}

/** The side a label in direction (c, s) reads as (for the renderer's anchor and the tests). */
function sideOf(c: number, s: number): LabelSide {
  const h = c > CENTRED ? 'right' : c < -CENTRED ? 'left' : '';
  const v = s > CENTRED ? 'below' : s < -CENTRED ? 'above' : '';
  return (v && h ? `${v}-${h}` : v || h) as LabelSide;
}

/**
 * The places away from the node: on each ring up to `reach` pixels off its edge, in each
 * direction, the box hung from the point at that distance (a corner of it, or the middle of
 * an edge where the direction is nearly straight), with a leader from the node's edge to the
 * box's nearest point.
 */
export function farSpots(item: Sized, k: number, reach = Infinity): Spot[] {
  const { width: w, height: h = LABEL_HEIGHT } = item;
  const cx = item.x * k;
  const cy = item.y * k;
  const r = item.r * k;
  const spots: Spot[] = [];
  RINGS.forEach((gap, ring) => {
    if (gap > reach) return;
    ANGLES.forEach((deg, turn) => {
      const c = Math.cos((deg * Math.PI) / 180);
      const s = Math.sin((deg * Math.PI) / 180);
      const px = cx + (r + gap) * c;
      const py = cy + (r + gap) * s;
      const x0 = c > CENTRED ? px : c < -CENTRED ? px - w : px - w / 2;
      const y0 = s > CENTRED ? py : s < -CENTRED ? py - h : py - h / 2;
      const box = { x0, y0, x1: x0 + w, y1: y0 + h };
      // The leader meets the box where it is nearest the node; it starts a gap off the node.
      const nx = Math.min(Math.max(cx, box.x0), box.x1);
      const ny = Math.min(Math.max(cy, box.y0), box.y1);
      const d = Math.hypot(nx - cx, ny - cy) || 1;
      const from = r + LABEL_GAP / 2;
      const leader: Spot['leader'] = [
        cx + ((nx - cx) * from) / d,
        cy + ((ny - cy) * from) / d,
        nx,
        ny,
      ];
      spots.push(
        spot(sideOf(c, s), box, leader, gap, AWAY + ring * PER_RING + turn / ANGLES.length),
      );
    });
  });
  return spots;
}

/** How far a label above or below its node may slide sideways, as shares of its width. */
const SLIDES = [-0.3, 0.3, -0.45, 0.45];

/**
 * The places above and below the node with the label slid sideways (the node still under or
 * over it): on a phone a long name centred on a node near the edge runs off the screen.
 * Ranked after the corners, before any place away from the node.
 */
export function slidSpots(item: Sized, k: number): Spot[] {
  return (['above', 'below'] as const).flatMap((side, i) =>
    SLIDES.map((f, j) => {
      const b = labelBox(item, k, side);
      const dx = f * item.width;
      const box = { x0: b.x0 + dx, y0: b.y0, x1: b.x1 + dx, y1: b.y1 };
      return {
        ...spot(side, box, null, LABEL_GAP, SIDES.length + CORNERS.length + i + j / 4),
        slid: true,
      };
    }),
  );
}

/**
 * Every place a label may take: the sides, the corners, slid along the node if `slide`, then
 * the far rings up to `reach`.
 */
export function allSpots(item: Sized, k: number, reach = Infinity, slide = false): Spot[] {
  return [
    ...nearSpots(item, k, [...SIDES, ...CORNERS]),
    ...(slide ? slidSpots(item, k) : []),
    ...farSpots(item, k, reach),
  ];
}
