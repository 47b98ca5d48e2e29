import { afterEach, describe, expect, it, vi } from 'vitest';
import { openingTransform } from '../../src/lib/graph/fit.ts';
import { boot, showPrerendered } from '../../src/prerender/frame.ts';

/** A page as scripts/prerender.ts writes it: "Loading…", then the template and its bounds. */
const BOUNDS = { x0: -100, y0: -50, x1: 100, y1: 50 };
function page(search: string, markup: string): void {
  history.replaceState(null, '', `/${search}`);
  document.body.innerHTML =
    `<div id="app"><p class="boot">Loading the coalition…</p></div>` +
    `<template id="prerendered" data-bounds='${JSON.stringify(BOUNDS)}'>${markup}</template>`;
}
const GRAPH =
  '<div class="app"><div class="graph"><svg><g transform="translate(0,0) scale(1)">' +
  '<path class="node" data-id="a"></path></g></svg></div></div>';
const marked = () => performance.getEntriesByName('graph:first-frame').length;

afterEach(() => {
  performance.clearMarks();
  delete document.documentElement.dataset.prerendered;
});

describe('showPrerendered', () => {
  it('a plain address: the picture, inert, framed as the app frames it, then the mark', async () => {
    page('', GRAPH);
    expect(showPrerendered()).toBe(true);
    const app = document.getElementById('app')!;
    expect(app.querySelector('.boot')).toBeNull();
    expect(app.querySelector('[data-id="a"]')).not.toBeNull();
    expect(app.querySelector('.app')!.hasAttribute('inert')).toBe(true);
    // jsdom lays nothing out: the app's own fallback size, 800×600 (state/camera.svelte.ts).
    const t = openingTransform(BOUNDS, 800, 600);
    expect(app.querySelector('svg > g')!.getAttribute('transform')).toBe(
      `translate(${t.x},${t.y}) scale(${t.k})`,
    );
    expect(document.documentElement.dataset.prerendered).toBe('');
    // Placed two frames later, once the picture has been painted.
    expect(marked()).toBe(0);
    await vi.waitFor(() => expect(marked()).toBe(1));
  });

  it.each(['?node=a', '?embed=1', '?present=1', '?data=https%3A%2F%2Fexample.org%2Fd.json'])(
    '%s: "Loading…" stays until the app draws what the address asks for',
    (search) => {
      page(search, GRAPH);
      expect(showPrerendered()).toBe(false);
      expect(document.querySelector('#app .boot')).not.toBeNull();
      expect(document.querySelector('#app [data-id]')).toBeNull();
      expect(document.documentElement.dataset.prerendered).toBeUndefined();
    },
  );

  it('a template without the graph is not shown unframed', () => {
    page('', '<div class="app"><p>no graph</p></div>');
    expect(showPrerendered()).toBe(false);
    expect(document.querySelector('#app .boot')?.textContent).toBe('Loading the coalition…');
  });
});

describe('boot', () => {
  const apps = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="module"]')];
  afterEach(() => apps().forEach((s) => s.remove()));

  it('a plain address: the app’s module is started once the picture is painted', async () => {
    page('', GRAPH);
    document.getElementById('prerendered')!.dataset.app = './assets/index-x.js';
    boot();
    expect(apps()).toHaveLength(0);
    await vi.waitFor(() => expect(marked()).toBe(1));
    expect(apps().map((s) => [s.getAttribute('src'), s.getAttribute('crossorigin')])).toEqual([
      ['./assets/index-x.js', ''],
    ]);
  });

  it('an address with parameters: no picture, the module at once', () => {
    page('?node=a', GRAPH);
    document.getElementById('prerendered')!.dataset.app = './assets/index-x.js';
    boot();
    expect(apps().map((s) => s.getAttribute('src'))).toEqual(['./assets/index-x.js']);
  });
});
