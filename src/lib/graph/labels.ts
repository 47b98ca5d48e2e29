/**
 * Label culling: which node labels fit on screen without overlapping, at the current zoom.
 * Labels keep a constant screen size while nodes scale, so zooming in frees room for more.
 */

/** Label height in screen pixels, and the gap between a node's edge and its label. */
export const LABEL_HEIGHT = 14;
export const LABEL_GAP = 4;

/** A candidate label: node position and radius in layout units, text width in screen pixels. */
export interface LabelItem {
  id: string;
  x: number;
  y: number;
  r: number;
  priority: number;
  width: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The screen box of a label drawn to the right of its node, vertically centred. */
export function labelBox(item: LabelItem, scale: number): Box {
  const x0 = (item.x + item.r) * scale + LABEL_GAP;
  const y0 = item.y * scale - LABEL_HEIGHT / 2;
  return { x0, y0, x1: x0 + item.width, y1: y0 + LABEL_HEIGHT };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Ids whose labels to draw: every id in `alwaysIds` (hubs, selection, hover), then greedily by
 * priority (ties by id, for stable pictures) each label that overlaps none already placed.
 */
export function visibleLabels(
  items: LabelItem[],
  scale: number,
  alwaysIds: Set<string>,
): Set<string> {
  const order = [...items].sort(
    (a, b) =>
      Number(alwaysIds.has(b.id)) - Number(alwaysIds.has(a.id)) ||
      b.priority - a.priority ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const placed: Box[] = [];
  const shown = new Set<string>();
  for (const item of order) {
    const box = labelBox(item, scale);
    // Forced labels may overlap each other: a selected node is labelled no matter what.
    if (!alwaysIds.has(item.id) && placed.some((p) => overlaps(p, box))) continue;
    placed.push(box);
    shown.add(item.id);
  }
  return shown;
}
