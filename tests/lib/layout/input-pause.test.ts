import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUIET_MS, watchInput } from '../../../src/lib/layout/input-pause.ts';

/** An event with `buttons`, as a PointerEvent has (Node has no PointerEvent). */
const pointer = (type: string, buttons: number) => Object.assign(new Event(type), { buttons });

describe('watchInput', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says busy at the first input, once while input goes on, and quiet after QUIET_MS', () => {
    const target = new EventTarget();
    const said: boolean[] = [];
    watchInput(target, (on) => said.push(on));
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(QUIET_MS - 50);
    target.dispatchEvent(new Event('input'));
    vi.advanceTimersByTime(QUIET_MS - 50);
    expect(said).toEqual([true]);
    vi.advanceTimersByTime(50);
    expect(said).toEqual([true, false]);
    target.dispatchEvent(new Event('wheel'));
    expect(said).toEqual([true, false, true]);
  });

  it('counts a pointer move only with a button held (a drag, not a hover)', () => {
    const target = new EventTarget();
    const said: boolean[] = [];
    watchInput(target, (on) => said.push(on));
    target.dispatchEvent(pointer('pointermove', 0));
    expect(said).toEqual([]);
    target.dispatchEvent(pointer('pointermove', 1));
    expect(said).toEqual([true]);
  });

  it('stops watching when detached, and says nothing more', () => {
    const target = new EventTarget();
    const said: boolean[] = [];
    const detach = watchInput(target, (on) => said.push(on));
    target.dispatchEvent(new Event('click'));
    detach();
    vi.advanceTimersByTime(QUIET_MS * 2);
    target.dispatchEvent(new Event('keydown'));
    expect(said).toEqual([true]);
  });
});
