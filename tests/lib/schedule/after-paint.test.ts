import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../../src/lib/schedule/after-paint.ts';

/** The page's frames, run by the test: callbacks queued by requestAnimationFrame. */
let frames: Map<number, FrameRequestCallback>;
const runFrame = () => {
  const due = [...frames.values()];
  frames.clear();
  for (const cb of due) cb(0);
};

beforeEach(() => {
  vi.useFakeTimers();
  frames = new Map();
  let next = 0;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    frames.set(++next, cb);
    return next;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterPaint', () => {
  it('runs the work in a task after the next frame, not in the frame itself', () => {
    const done: string[] = [];
    afterPaint(() => done.push('work'));
    vi.runAllTimers();
    expect(done).toEqual([]); // no frame yet
    runFrame();
    expect(done).toEqual([]); // the frame's callbacks run before it is painted
    vi.runAllTimers();
    expect(done).toEqual(['work']);
  });

  it('cancelled before the frame or between the frame and the task, it never runs', () => {
    const work = vi.fn();
    afterPaint(work)();
    runFrame();
    vi.runAllTimers();
    const cancel = afterPaint(work);
    runFrame();
    cancel();
    vi.runAllTimers();
    expect(work).not.toHaveBeenCalled();
  });
});
