import { describe, expect, it } from 'vitest';
import { preloadFiles } from '../../src/lib/dataset/early.ts';

describe('preloadFiles', () => {
  it('adds one preload per file, as main.ts fetches it (so the response is reused)', () => {
    preloadFiles(['./assets/coalition-x.json', './assets/layout-y.json']);
    const links = [...document.head.querySelectorAll('link[rel="preload"]')];
    expect(
      links.map((l) => [
        l.getAttribute('href'),
        l.getAttribute('as'),
        l.getAttribute('crossorigin'),
      ]),
    ).toEqual([
      ['./assets/coalition-x.json', 'fetch', 'anonymous'],
      ['./assets/layout-y.json', 'fetch', 'anonymous'],
    ]);
  });
});
