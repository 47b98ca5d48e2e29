import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  dropSpareWorker,
  layoutInWorker,
  warmLayoutWorker,
} from '../../../src/lib/layout/client.ts';
import {
  layoutRequest,
  type LayoutPause,
  type LayoutReply,
  type LayoutRequest,
} from '../../../src/lib/layout/protocol.ts';
import { runLayout } from '../../../src/lib/layout/run.ts';
import { layoutKey } from '../../../src/lib/graph/layout-cache.ts';
import { generateDataset } from '../../../src/lib/synthetic/generate.ts';

/**
 * A stand-in for the layout worker (Node has no `Worker` global): it answers as worker.ts
 * does, `miss` then the real `runLayout` reports, or the stored layout at once.
 */
class FakeWorker {
  static made: FakeWorker[] = [];
  static stored: Float32Array | null = null;
  /** How long the first answer (`miss` or the stored layout) takes, as an IndexedDB read may. */
  static answerMs = 0;
  onmessage: ((e: MessageEvent<LayoutReply>) => void) | null = null;
  onerror: unknown = null;
  terminated = false;
  /** What the worker answered, in order. */
  sent: string[] = [];
  constructor() {
    FakeWorker.made.push(this);
  }
  /** The pauses the page asked for (`LayoutPause`), in order. */
  pauses: boolean[] = [];
  postMessage(message: LayoutRequest | LayoutPause) {
    if (message.type === 'pause') return void this.pauses.push(message.paused);
    const request = message;
    const reply = (r: LayoutReply) => {
      this.sent.push(r.type);
      this.onmessage?.({ data: r } as MessageEvent<LayoutReply>);
    };
    const { job } = request;
    const later = (f: () => void) =>
      FakeWorker.answerMs > 0 ? setTimeout(f, FakeWorker.answerMs) : queueMicrotask(f);
    later(() => {
      const stored = FakeWorker.stored;
      if (stored) return reply({ type: 'done', job, positions: stored, fromStore: true });
      reply({ type: 'miss', job });
      // The layout later, as a real worker's comes after it has built its own index.
      setTimeout(() => {
        const done = runLayout(request, (type, positions) => reply({ type, job, positions }));
        reply({ type: 'done', job, positions: done, fromStore: false });
      }, 50);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
  FakeWorker.stored = null;
  FakeWorker.answerMs = 0;
});

describe('layoutInWorker with a worker', () => {
  const ds = generateDataset({ nodes: 700, seed: 3 });

  it('held for the first picture: answers with the seeds, ticks only once released', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    let release!: () => void;
    const heldUntil = new Promise<void>((r) => (release = r));
    const job = layoutInWorker(ds, { ticks: 5, heldUntil });
    const worker = FakeWorker.made[0]!;
    // Paused right after the request, so its ticks wait; the seeds are drawn meanwhile.
    expect(worker.pauses).toEqual([true]);
    expect((await job.first).settled).toBe(false);
    expect(worker.pauses).toEqual([true]);
    release();
    await heldUntil;
    await Promise.resolve();
    expect(worker.pauses).toEqual([true, false]);
    await job.settled;
  });

  it('not held: no pause is asked', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    await layoutInWorker(ds, { ticks: 5 }).settled;
    expect(FakeWorker.made[0]!.pauses).toEqual([]);
  });

  it('draws the seeds computed here on a miss: exactly the worker’s own seed report', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const job = layoutInWorker(ds, { ticks: 5 });
    const first = await job.first;
    expect(first.settled).toBe(false);
    // Drawn before the worker sent its seeds.
    expect(FakeWorker.made[0]!.sent).toEqual(['miss']);
    const workerSeeds: Float32Array[] = [];
    runLayout(layoutRequest(ds, 1, 'k', { ticks: 1 }).request, (type, p) => {
      if (type === 'seed') workerSeeds.push(p);
    });
    const seeds = workerSeeds[0]!;
    ds.nodes.forEach((n, i) => {
      expect(first.positions.get(n.id)).toEqual({ x: seeds[2 * i], y: seeds[2 * i + 1] });
    });
    await job.settled;
    expect(FakeWorker.made[0]!.sent).toEqual(['miss', 'seed', 'done']);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  /** A layout the store holds for `ds`: actor i at (i, -i). */
  const storedLayout = () => Float32Array.from(ds.nodes.flatMap((_, i) => [i, -i]));

  /** The worker's own seed report for `ds`. */
  const workerSeeds = () => {
    let seeds: Float32Array | null = null;
    runLayout(layoutRequest(ds, 1, 'k', { ticks: 1 }).request, (type, p) => {
      if (type === 'seed') seeds ??= p;
    });
    return seeds!;
  };

  it('a slow answer: the seeds computed meanwhile are drawn on the miss, the same ones', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.answerMs = 40;
    const job = layoutInWorker(ds, { ticks: 5 });
    const first = await job.first;
    expect(first.settled).toBe(false);
    expect(FakeWorker.made[0]!.sent).toEqual(['miss']);
    const seeds = workerSeeds();
    ds.nodes.forEach((n, i) => {
      expect(first.positions.get(n.id)).toEqual({ x: seeds[2 * i], y: seeds[2 * i + 1] });
    });
    await job.settled;
  });

  it('a slow answer that is a stored layout: that is the first picture, not the seeds', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.answerMs = 40;
    FakeWorker.stored = storedLayout();
    const first = await layoutInWorker(ds).first;
    expect(first.settled).toBe(true);
    expect(first.positions.get(ds.nodes[2]!.id)).toEqual({ x: 2, y: -2 });
  });

  /** A page's `localStorage`, as stored-keys.ts reads it. */
  const pageStorage = (entries: Record<string, string> = {}) => {
    const map = new Map(Object.entries(entries));
    return {
      map,
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
  };
  const LISTED = 'coalition-atlas:stored-layouts';

  it('a key not listed as stored: the seeds are drawn before the worker answers', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const storage = pageStorage();
    vi.stubGlobal('localStorage', storage);
    FakeWorker.answerMs = 200;
    const job = layoutInWorker(ds, { ticks: 5 });
    const first = await job.first;
    expect(first.settled).toBe(false);
    expect(FakeWorker.made[0]!.sent).toEqual([]);
    const seeds = workerSeeds();
    ds.nodes.forEach((n, i) => {
      expect(first.positions.get(n.id)).toEqual({ x: seeds[2 * i], y: seeds[2 * i + 1] });
    });
    await job.settled;
    // Computed and stored by the worker: listed, so the next open waits for the store.
    expect(JSON.parse(storage.map.get(LISTED)!)).toEqual([layoutKey(ds)]);
  });

  it('a key listed as stored: the stored layout is still the first picture', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('localStorage', pageStorage({ [LISTED]: JSON.stringify([layoutKey(ds)]) }));
    FakeWorker.answerMs = 40;
    FakeWorker.stored = storedLayout();
    const first = await layoutInWorker(ds).first;
    expect(first.settled).toBe(true);
    expect(first.positions.get(ds.nodes[2]!.id)).toEqual({ x: 2, y: -2 });
  });

  it('stored but not listed (another tab wrote it): the seeds first, then the stored layout', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('localStorage', pageStorage());
    FakeWorker.answerMs = 40;
    FakeWorker.stored = storedLayout();
    const job = layoutInWorker(ds);
    expect((await job.first).settled).toBe(false);
    expect((await job.settled).get(ds.nodes[2]!.id)).toEqual({ x: 2, y: -2 });
    expect(FakeWorker.made[0]!.sent).toEqual(['done']);
  });

  it('a stored layout is the first picture, settled, with no seeds', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.stored = storedLayout();
    const first = await layoutInWorker(ds).first;
    expect(first.settled).toBe(true);
    expect(first.positions.get(ds.nodes[2]!.id)).toEqual({ x: 2, y: -2 });
  });

  it('a worker started ahead that could not load: the layout runs here', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    warmLayoutWorker();
    const failed = FakeWorker.made[0]!;
    (failed.onerror as (e: { preventDefault(): void }) => void)({ preventDefault() {} });
    const job = layoutInWorker(ds, { ticks: 2 });
    const first = await job.first;
    expect(first.positions.size).toBe(ds.nodes.length);
    expect((await job.settled).size).toBe(ds.nodes.length);
    expect(failed.terminated).toBe(true);
    expect(failed.sent).toEqual([]);
  });

  it('takes the worker started ahead, and a dropped one is stopped', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    warmLayoutWorker();
    warmLayoutWorker(); // one spare, not two
    expect(FakeWorker.made).toHaveLength(1);
    await layoutInWorker(ds, { ticks: 2 }).settled;
    expect(FakeWorker.made).toHaveLength(1);
    warmLayoutWorker();
    dropSpareWorker();
    expect(FakeWorker.made.map((w) => w.terminated)).toEqual([true, true]);
  });
});
