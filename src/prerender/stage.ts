/**
 * Where a large published file's first picture goes (components/graph/preview.ts draws it):
 * the box of the graph's `<svg>` on the prerendered page, laid out unseen at this window's
 * size. The inline script measures it while the HTML is parsed (frame.ts, for an address that
 * is `?data=URL` alone), the app's module then takes it: measured later, by the Canvas code
 * once loaded, it came after the file's parse on the way to the picture (25–45 ms at 5,000
 * actors; the Canvas code's eight files are still coming down when the page starts; issue 10).
 */
import { TEMPLATE_ID } from './ids.ts';

export interface StageRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Measured {
  rect: StageRect | null;
  /** The window's size it was measured at. */
  at: string;
}

const KEY = '__atlasStage';
type Holder = { [KEY]?: Measured };

/**
 * True for an address that is `?data=URL` alone: the app opens on that file's whole graph,
 * framed, where any other parameter (a selection, a view, a story) asks for another picture.
 */
export const onlyData = (search: string): boolean =>
  [...new URLSearchParams(search).keys()].join() === 'data';

/**
 * The box of the graph's `<svg>` on the prerendered page at this window's size, or null when
 * the page has none. A layout of the page's markup in an invisible box: 5–25 ms.
 */
export function stageRect(doc: Document = document): StageRect | null {
  const template = doc.getElementById(TEMPLATE_ID);
  if (!(template instanceof HTMLTemplateElement)) return null;
  const box = doc.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position:fixed;inset:0;visibility:hidden;pointer-events:none;';
  const page = template.content.cloneNode(true) as DocumentFragment;
  // The built-in graph's shapes: the `<svg>`'s box is the page's CSS, not what it draws, and
  // they are most of the page to lay out (2 of 5 ms here).
  page.querySelector('.graph > svg')?.replaceChildren();
  box.append(page);
  doc.body.append(box);
  const r = box.querySelector('.graph > svg')?.getBoundingClientRect();
  box.remove();
  return r && r.width > 0 && r.height > 0
    ? { x: r.x, y: r.y, width: r.width, height: r.height }
    : null;
}

const windowSize = (win: Window) => `${win.innerWidth}x${win.innerHeight}`;

/** Measures the stage now and keeps it for `takeStage`, if the address is `?data=` alone. */
export function measureAhead(win: Window = window): void {
  if (!onlyData(win.location.search)) return;
  (win as unknown as Holder)[KEY] = { rect: stageRect(win.document), at: windowSize(win) };
}

/**
 * The stage `measureAhead` kept (once), or undefined when none was kept or the window has
 * changed size since: the caller measures then.
 */
export function takeStage(win: Window = window): StageRect | null | undefined {
  const holder = win as unknown as Holder;
  const kept = holder[KEY];
  delete holder[KEY];
  return kept && kept.at === windowSize(win) ? kept.rect : undefined;
}
