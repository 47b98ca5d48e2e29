import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openingTransform } from '../../src/lib/graph/fit.ts';
import { Camera } from '../../src/state/camera.svelte.ts';

const BOUNDS = { x0: -200, y0: -100, x1: 200, y1: 100 };

describe('Camera.aim', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  /** A camera on an svg of 800×600, as the graph's ResizeObserver reports it. */
  function camera() {
    const cam = new Camera();
    cam.screen = { width: 800, height: 600 };
    cam.attach(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    return cam;
  }

  it('is where an eased move ends from its start, and stays the same view on arrival', () => {
    const cam = camera();
    const start = cam.settled;
    cam.open(BOUNDS, true);
    const end = openingTransform(BOUNDS, 800, 600);
    // The labels are placed for where the view is going, while it still shows where it was.
    expect(cam.aim).toEqual(end);
    expect(cam.settled).toBe(start);
    const aimed = cam.aim;
    vi.advanceTimersByTime(1000);
    expect(cam.settled.k).toBeCloseTo(end.k, 9);
    expect(cam.settled.x).toBeCloseTo(end.x, 6);
    // Arrived where it aimed: the same object, so what was placed for it is not placed again.
    expect(cam.aim).toBe(aimed);
  });

  it('follows a view that settles elsewhere (a move without easing, a resize)', () => {
    const cam = camera();
    cam.open(BOUNDS, false);
    expect(cam.aim).toEqual(openingTransform(BOUNDS, 800, 600));
    cam.transform = { x: 10, y: 20, k: 2 };
    cam.settle();
    expect(cam.aim).toEqual({ x: 10, y: 20, k: 2 });
    expect(cam.settled).toEqual({ x: 10, y: 20, k: 2 });
  });
});
