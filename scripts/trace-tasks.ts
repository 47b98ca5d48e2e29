/**
 * Main-thread tasks from a Chromium trace (`browser.startTracing(page, { categories:
 * TASK_CATEGORIES })`), each with its wall time and its thread CPU time. On a shared machine a
 * task's wall time is mostly time spent waiting for a core (a 60 ms loop takes 120 ms at a load
 * of 4 per core); its CPU time is the work the page asked of its main thread. The e2e budget at
 * 5,000 actors and the bench's "task CPU" column read the CPU time.
 */
export const TASK_CATEGORIES = ['toplevel', '__metadata'];

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Every task of the renderers' main threads in `trace` (the buffer `stopTracing` gives), in ms. */
export function mainThreadTasks(trace: Buffer): { wall: number; cpu: number }[] {
  const parsed = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter(
      (e) =>
        e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && main.has(`${e.pid}:${e.tid}`),
    )
    .map((e) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? 0) / 1000 }));
}

/** Trace categories for `cpuUntilMark`: the tasks, and the page's User Timing marks. */
export const MARK_CATEGORIES = ['toplevel', '__metadata', 'blink.user_timing'];

/**
 * Main-thread CPU time (ms) of the page's renderer from the start of the trace to its first
 * `mark` (User Timing): what the page made its main thread do before, say, its first frame,
 * whatever the machine's load. NaN when the mark is not in the trace.
 */
export function cpuUntilMark(trace: Buffer, mark: string): number {
  const parsed = JSON.parse(trace.toString()) as
    { traceEvents: (TraceEvent & { ts: number })[] } | (TraceEvent & { ts: number })[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const at = events.find((e) => e.name === mark);
  if (!at) return NaN;
  const main = events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      e.pid === at.pid,
  );
  if (!main) return NaN;
  return events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.name === 'ThreadControllerImpl::RunTask' &&
        e.pid === main.pid &&
        e.tid === main.tid &&
        e.ts < at.ts,
    )
    .reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0);
}
