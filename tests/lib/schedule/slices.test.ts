import { describe, expect, it, vi } from 'vitest';
import { runSliced, runSync, type Steps } from '../../../src/lib/schedule/slices.ts';

/** Sums 1..n, one unit per number, spinning `spin` ms per unit. */
function* sum(n: number, spin = 0): Steps<number> {
  let total = 0;
  for (let i = 1; i <= n; i++) {
    const t = performance.now();
    while (performance.now() - t < spin);
    total += i;
    yield;
  }
  return total;
}

describe('slices', () => {
  it.each([
    { name: 'no units', n: 0, expected: 0 },
    { name: 'ten units', n: 10, expected: 55 },
  ])('runSync and runSliced give the same result: $name', async ({ n, expected }) => {
    expect(runSync(sum(n))).toBe(expected);
    expect(await runSliced(sum(n))).toBe(expected);
  });

  it('runSliced with `every` reads the clock once per that many steps, and still yields', async () => {
    function* count(n: number): Steps<number> {
      for (let i = 0; i < n; i++) yield;
      return n;
    }
    const now = vi.spyOn(performance, 'now');
    try {
      expect(await runSliced(count(1000), 10, async () => {}, 16)).toBe(1000);
      // Once at the start and once per 16 steps (62), not once per step.
      expect(now.mock.calls.length).toBe(1 + Math.floor(1000 / 16));
    } finally {
      now.mockRestore();
    }
    // 64 steps of 1 ms in slices of 5 ms, the clock read every 16 steps: a wait after steps
    // 16, 32, 48 and 64 (the generator returns at the next step).
    let waits = 0;
    const wait = () => {
      waits++;
      return Promise.resolve();
    };
    expect(await runSliced(sum(64, 1), 5, wait, 16)).toBe(2080);
    expect(waits).toBe(4);
  });

  it('runSliced lets other tasks run between slices, runSync does not', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    // 40 units of 2 ms: about 80 ms of work, cut into slices of 10 ms.
    const sliced = runSliced(sum(40, 2), 10);
    expect(ticks).toBe(0);
    expect(await sliced).toBe(820);
    const during = ticks;
    runSync(sum(40, 2));
    expect(ticks).toBe(during);
    clearInterval(timer);
    expect(during).toBeGreaterThan(2);
  });

  it('awaits `between` between slices, and waits while it is pending', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    let units = 0;
    function* counted(): Steps<number> {
      for (let i = 0; i < 6; i++) {
        const t = performance.now();
        while (performance.now() - t < 2);
        units++;
        yield;
      }
      return units;
    }
    // Slices of 1 ms: one unit each, then the gate.
    const run = runSliced(counted(), 1, () => gate);
    await new Promise((r) => setTimeout(r, 20));
    expect(units).toBe(1);
    open();
    expect(await run).toBe(6);
  });

  it('finishes small work in its first slice, before any other task', async () => {
    let other = false;
    setTimeout(() => (other = true), 0);
    expect(await runSliced(sum(5), 50)).toBe(15);
    expect(other).toBe(false);
  });
});
