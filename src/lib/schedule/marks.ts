/**
 * `nextMark('graph:live', 3000)`: resolves at the next `performance.mark` of that name, or after
 * `maxMs` where it never comes (the page failed first, or cannot observe marks).
 */
export function nextMark(name: string, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | null = null;
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, maxMs);
    if (typeof PerformanceObserver !== 'function') return;
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName(name).length > 0) done();
      });
      observer.observe({ type: 'mark' });
    } catch {
      observer = null; // no mark observation here: the timer ends the wait
    }
  });
}
