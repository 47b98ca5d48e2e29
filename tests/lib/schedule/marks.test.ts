import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextMark } from '../../../src/lib/schedule/marks.ts';

afterEach(() => vi.useRealTimers());

describe('nextMark', () => {
  it('resolves at the next mark of that name, not at another', async () => {
    let done = false;
    const wait = nextMark('test:shown', 60_000).then(() => (done = true));
    performance.mark('test:other');
    await new Promise((r) => setTimeout(r, 0));
    expect(done).toBe(false);
    performance.mark('test:shown');
    await wait;
    expect(done).toBe(true);
  });

  it('resolves after maxMs when the mark never comes', async () => {
    vi.useFakeTimers();
    let done = false;
    void nextMark('test:never', 3000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(2999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
