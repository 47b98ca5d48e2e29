import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphOverlays } from '../../src/state/graph-overlays.svelte.ts';
import { COVER_ATTRIBUTE } from '../../src/state/camera.svelte.ts';

/** jsdom has no ResizeObserver: this one reports when the test says a size changed. */
class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  readonly watched = new Set<Element>();
  constructor(readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.last = this;
  }
  observe(el: Element) {
    this.watched.add(el);
  }
  unobserve(el: Element) {
    this.watched.delete(el);
  }
  disconnect() {
    this.watched.clear();
  }
  /** `el` is now `w` × `h`, as the browser would report after a layout. */
  resize(el: Element, width: number, height: number) {
    const entry = { target: el, contentRect: { width, height } } as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
}

function rect(el: Element, x: number, y: number, w: number, h: number) {
  return vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({
    left: x,
    top: y,
    right: x + w,
    bottom: y + h,
    width: w,
    height: h,
  } as DOMRect);
}

function page() {
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  document.body.innerHTML = `<svg id="graph"></svg><div id="zoom" ${COVER_ATTRIBUTE}></div>`;
  const graph = document.getElementById('graph')!;
  const zoom = document.getElementById('zoom')!;
  const reads = { graph: rect(graph, 100, 50, 800, 600), zoom: rect(zoom, 860, 560, 30, 80) };
  const overlays = new GraphOverlays();
  overlays.attach(graph);
  const observer = FakeResizeObserver.last!;
  // The first report of each element, as observe() gives at once.
  observer.resize(graph, 800, 600);
  observer.resize(zoom, 30, 80);
  return { overlays, graph, zoom, reads, observer };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('GraphOverlays', () => {
  it('measures the overlays from the graph’s corner, and again only after a change', () => {
    const { overlays, zoom, reads, observer } = page();
    const box = { x0: 760, y0: 510, x1: 790, y1: 590 };
    expect(overlays.measure()).toEqual([box]);
    // A keystroke or a filter places the labels again: the page's layout is not read.
    expect(overlays.measure()).toEqual([box]);
    expect(reads.zoom).toHaveBeenCalledTimes(1);
    // The buttons grew: measured anew, and `version` tells the labels.
    const version = overlays.version;
    reads.zoom.mockReturnValue({
      left: 860,
      top: 520,
      right: 890,
      bottom: 640,
      width: 30,
      height: 120,
    } as DOMRect);
    observer.resize(zoom, 30, 120);
    expect(overlays.version).toBe(version + 1);
    expect(overlays.measure()).toEqual([{ x0: 760, y0: 470, x1: 790, y1: 590 }]);
  });

  it('an overlay that comes is measured at once; the graph resized measures all again', () => {
    const { overlays, graph, reads, observer } = page();
    overlays.measure();
    const key = document.createElement('div');
    key.setAttribute(COVER_ATTRIBUTE, '');
    document.body.append(key);
    rect(key, 100, 50, 200, 40);
    expect(overlays.measure()).toHaveLength(2);
    expect(observer.watched.has(key)).toBe(true);
    reads.graph.mockReturnValue({
      left: 100,
      top: 50,
      right: 500,
      bottom: 650,
      width: 400,
      height: 600,
    } as DOMRect);
    observer.resize(graph, 400, 600);
    // The zoom buttons now lie beside the graph: left out.
    expect(overlays.measure()).toEqual([{ x0: 0, y0: 0, x1: 200, y1: 40 }]);
  });
});
