/**
 * A file dropped on the page (or chosen in "Open a dataset…") may be a story rather than a
 * dataset: Root asks `isStoryFile` first and hands stories to whoever registered for them
 * (App, with its story editor), so one drop zone serves both.
 */
import { isObject } from './fields.ts';

type Handler = (file: File) => void;
let handler: Handler | null = null;

/** Register (or clear, with null) the receiver of story files. */
export function onStoryFile(h: Handler | null): void {
  handler = h;
}

/** Give `file` to the story receiver; false when there is none. */
export function openStoryFile(file: File): boolean {
  if (!handler) return false;
  handler(file);
  return true;
}

/** A story file: named `*.story.json`, or JSON with `steps` and no `nodes` (not a dataset). */
export async function isStoryFile(file: File): Promise<boolean> {
  if (/\.story\.json$/i.test(file.name)) return true;
  if (file.size > 5_000_000) return false;
  try {
    const raw: unknown = JSON.parse(await file.text());
    return isObject(raw) && Array.isArray(raw.steps) && !('nodes' in raw);
  } catch {
    return false;
  }
}
