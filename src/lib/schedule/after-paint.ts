/**
 * `afterPaint(work)`: run `work` in a task of its own once the next frame has been painted;
 * returns a cancel. For what an input changes that the reader can wait a frame for (the
 * names of search hits, the filter column's counts): the input's own frame shows what it
 * changed first (the results, the ticked box) without their cost, which comes a frame later.
 * A `requestAnimationFrame` callback alone would not do: it runs before that same paint.
 */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
