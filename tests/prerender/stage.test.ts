/**
 * Where a large published file's first picture goes, measured by the inline script and taken
 * by the app once (src/prerender/stage.ts). jsdom lays nothing out: the graph's box is given.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { measureAhead, onlyData, takeStage } from '../../src/prerender/stage.ts';

const BOX = { x: 12, y: 80, width: 900, height: 600 };

function page(search: string): void {
  history.replaceState(null, '', `/${search}`);
  document.body.innerHTML =
    '<div id="app"><p class="boot">Loading the coalition…</p></div>' +
    '<template id="prerendered"><div class="app"><div class="graph"><svg></svg></div></div></template>';
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const box = this.matches('.graph > svg') ? BOX : { x: 0, y: 0, width: 0, height: 0 };
    return {
      ...box,
      top: box.y,
      left: box.x,
      right: box.x + box.width,
      bottom: box.y + box.height,
      toJSON: () => box,
    } as DOMRect;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  takeStage();
});

describe('onlyData', () => {
  it.each([
    ['?data=https%3A%2F%2Fx.org%2Fa.json', true],
    ['?data=a.json&node=china', false],
    ['?node=china', false],
    ['', false],
  ])('%s → %s', (search, only) => expect(onlyData(search)).toBe(only));
});

describe('measureAhead and takeStage', () => {
  it('keeps the graph’s box for `?data=` alone, once, and leaves the page as it was', () => {
    page('?data=a.json');
    const before = document.body.innerHTML;
    measureAhead();
    expect(document.body.innerHTML).toBe(before);
    expect(takeStage()).toEqual(BOX);
    expect(takeStage()).toBeUndefined();
  });

  it('keeps nothing for an address with another parameter', () => {
    page('?data=a.json&story=talk');
    measureAhead();
    expect(takeStage()).toBeUndefined();
  });

  it('gives nothing once the window has changed size: the caller measures again', () => {
    page('?data=a.json');
    measureAhead();
    const width = window.innerWidth;
    Object.defineProperty(window, 'innerWidth', { value: width + 100, configurable: true });
    try {
      expect(takeStage()).toBeUndefined();
    } finally {
      Object.defineProperty(window, 'innerWidth', { value: width, configurable: true });
    }
  });

  it('keeps null, not a guess, when the prerendered page has no graph', () => {
    page('?data=a.json');
    document.getElementById('prerendered')!.innerHTML = '<p>no graph</p>';
    measureAhead();
    expect(takeStage()).toBeNull();
  });
});
