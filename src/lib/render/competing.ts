/**
 * Which actors of a large graph take part in label placement (issue 10). On the SVG graph every
 * actor is looked at each time the labels are placed: 243 is nothing, but at 20,000 one hover
 * spent ~30 ms measuring and placing the names of a letter's thousand signatories. Here only
 * the actors that can be named or seen are handed on: in view, the forced ones (focus,
 * selection, hits…), the hubs, the lit neighbourhood (its best `NEAR_NAMED` by label priority,
 * more than a screen can name) and, zoomed in, everything in view. They are also the shapes
 * labels keep off; zoomed out on a large graph the other actors are dots of a pixel or two.
 */

/** Neighbours of the focus that compete for a label, best first: more than a screen can hold. */
export const NEAR_NAMED = 150;

/** The settled view in layout units, with a margin so labels at its edge see their obstacles. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface CompetingInput {
  /** Zoomed in (`'all'`: every actor in view may be named) or out (`'hubs'`). */
  labels: 'hubs' | 'all';
  view: Rect;
  /** The ids inside `view` (a quadtree's answer), asked only when zoomed in. */
  inView: (view: Rect) => Iterable<string>;
  position: (id: string) => { x: number; y: number } | undefined;
  hubs: Iterable<string>;
  /** Always named whatever their place: focus, selection, highlight, hits, few matches. */
  forced: Iterable<string>;
  neighbourhood: ReadonlySet<string> | null;
  priority: (id: string) => number;
}

/** The view of a zoom transform over a screen, grown by `marginPx` screen pixels each side. */
export function viewRect(
  t: { x: number; y: number; k: number },
  screen: { width: number; height: number },
  marginPx: number,
): Rect {
  const m = marginPx / t.k;
  return {
    x0: -t.x / t.k - m,
    y0: -t.y / t.k - m,
    x1: (screen.width - t.x) / t.k + m,
    y1: (screen.height - t.y) / t.k + m,
  };
}

/** The ids that compete, each once: `competing(...)` → Set { 'letter', 'hovered', … }. */
export function competing(s: CompetingInput): Set<string> {
  const out = new Set<string>(s.forced);
  const inside = (id: string) => {
    const p = s.position(id);
    return (
      p !== undefined &&
      p.x >= s.view.x0 &&
      p.x <= s.view.x1 &&
      p.y >= s.view.y0 &&
      p.y <= s.view.y1
    );
  };
  for (const id of s.hubs) if (inside(id)) out.add(id);
  if (s.labels === 'all') for (const id of s.inView(s.view)) out.add(id);
  if (s.neighbourhood) {
    const near = [...s.neighbourhood].filter((id) => !out.has(id) && inside(id));
    if (near.length > NEAR_NAMED) near.sort((a, b) => s.priority(b) - s.priority(a));
    for (const id of near.slice(0, NEAR_NAMED)) out.add(id);
  }
  return out;
}
