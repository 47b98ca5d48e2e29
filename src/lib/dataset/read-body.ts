/**
 * A response's text read in slices: `response.text()` reads a body that is already downloaded
 * in the one task that asked for it, and at 20,000 actors (a 20 MB file) that task was
 * 95–135 ms on the development machine, the load's longest (issue 10: none over 200 ms at that
 * size, none over 100 at 5,000). Here each chunk is decoded as it is read, and the main thread
 * is given back whenever a slice has used its budget. The text is the same as `text()` gives:
 * UTF-8, a leading byte-order mark dropped, malformed bytes replaced.
 */
import { SLICE_MS, yieldToMain } from '../schedule/slices.ts';

/** `between` is awaited between slices (as in `runSliced`). */
export async function readTextSliced(
  response: Response,
  budget = SLICE_MS,
  between: () => Promise<void> = yieldToMain,
): Promise<string> {
  const body = response.body;
  // No stream to read (an empty body, or a runtime without streams): the one-task way.
  if (!body || typeof TextDecoder !== 'function') return response.text();
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let start = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    if (performance.now() - start >= budget) {
      await between();
      start = performance.now();
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}
