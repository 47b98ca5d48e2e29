import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAhead, requestAhead } from '../../src/prerender/ahead.ts';

const AHEAD = {
  modules: ['./assets/index-x.js', './assets/types-y.js'],
  builtin: ['./assets/coalition-x.json', './assets/layout-y.json'],
  canvas: ['./assets/canvas-code-z.js', './assets/d3-quadtree-w.js'],
};

/** The links the page has added to its head, as [rel, href, as, crossorigin]. */
const links = () =>
  [...document.head.querySelectorAll('link')].map((l) =>
    ['rel', 'href', 'as', 'crossorigin'].map((name) => l.getAttribute(name)),
  );

afterEach(() => {
  document.head.replaceChildren();
  history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
});

describe('readAhead', () => {
  it('reads the three lists the build writes on the early script', () => {
    const script = document.createElement('script');
    script.setAttribute('data-modules', JSON.stringify(AHEAD.modules));
    script.setAttribute('data-builtin', JSON.stringify(AHEAD.builtin));
    script.setAttribute('data-canvas', JSON.stringify(AHEAD.canvas));
    expect(readAhead(script)).toEqual(AHEAD);
  });

  it('no script, or one without the lists (a page not prerendered): nothing to ask for', () => {
    const none = { modules: [], builtin: [], canvas: [] };
    expect(readAhead(null)).toEqual(none);
    expect(readAhead(document.createElement('script'))).toEqual(none);
  });
});

describe('requestAhead', () => {
  it('the built-in dataset: the modules as the app loads them, then its two files', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    requestAhead(AHEAD);
    expect(links()).toEqual([
      ['modulepreload', './assets/index-x.js', null, ''],
      ['modulepreload', './assets/types-y.js', null, ''],
      ['preload', './assets/coalition-x.json', 'fetch', 'anonymous'],
      ['preload', './assets/layout-y.json', 'fetch', 'anonymous'],
    ]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('a ?data= address: the modules, that file and the Canvas path, none of the built-in dataset’s', () => {
    const fetch = vi.fn((_url: string) => Promise.resolve(new Response('{}')));
    vi.stubGlobal('fetch', fetch);
    history.replaceState(null, '', '/?data=https%3A%2F%2Fex.org%2Fd.json');
    requestAhead(AHEAD);
    expect(links().map(([rel, href]) => [rel, href])).toEqual([
      ['modulepreload', './assets/index-x.js'],
      ['modulepreload', './assets/types-y.js'],
      ['modulepreload', './assets/canvas-code-z.js'],
      ['modulepreload', './assets/d3-quadtree-w.js'],
    ]);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['https://ex.org/d.json']);
  });
});
