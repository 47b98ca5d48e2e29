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
  /** What the page asked for ahead (ahead.ts), as [rel, href]. */
  const asked = () =>
    [...document.head.querySelectorAll('link')].map((l) => [l.rel, l.getAttribute('href')]);
  /** The early script as scripts/prerender.ts writes it, with its lists. */
  function ahead(): void {
    const script = document.createElement('script');
    script.id = 'ahead';
    script.dataset.modules = JSON.stringify(['./assets/index-x.js', './assets/types-y.js']);
    script.dataset.builtin = JSON.stringify(['./assets/coalition-x.json']);
    document.body.append(script);
    document.getElementById('prerendered')!.dataset.app = './assets/index-x.js';
  }
  afterEach(() => {
    apps().forEach((s) => s.remove());
    document.head.replaceChildren();
  });

  it('a plain address: the app’s modules and data asked for, and its module started, once the picture is painted', async () => {
    page('', GRAPH);
    ahead();
    boot();
    expect(apps()).toHaveLength(0);
    expect(asked()).toEqual([]);
    await vi.waitFor(() => expect(marked()).toBe(1));
    expect(asked()).toEqual([
      ['modulepreload', './assets/index-x.js'],
      ['modulepreload', './assets/types-y.js'],
      ['preload', './assets/coalition-x.json'],
    ]);
    expect(apps().map((s) => [s.getAttribute('src'), s.getAttribute('crossorigin')])).toEqual([
      ['./assets/index-x.js', ''],
    ]);
  });

  it('a plain address with no picture to paint: all of it at once', () => {
    page('', '<div class="app"><p>no graph</p></div>');
    ahead();
    boot();
    expect(asked().map(([rel]) => rel)).toEqual(['modulepreload', 'modulepreload', 'preload']);
    expect(apps().map((s) => s.getAttribute('src'))).toEqual(['./assets/index-x.js']);
  });

  it('an address with parameters: no picture, the module at once (the early script asked ahead)', () => {
    page('?node=a', GRAPH);
    ahead();
    boot();
    expect(apps().map((s) => s.getAttribute('src'))).toEqual(['./assets/index-x.js']);
    expect(asked()).toEqual([]);
  });
});
