/**
 * Loading story mode on demand: `loadStory()` fetches the chunk once (later calls share the
 * promise); `loadedStory()` returns it synchronously once it has arrived, so a view opened
 * after that (a reload with `?story=`, a new dataset) builds its story without waiting.
 */
import type { StoryShape } from './anonymous.ts';

export type StoryModule = typeof import('../../story-entry.ts');

let loaded: StoryModule | null = null;
let pending: Promise<StoryModule> | null = null;

export function loadStory(): Promise<StoryModule> {
  pending ??= import('../../story-entry.ts').then(
    (m) => (loaded = m),
    (e: unknown) => {
      pending = null; // a later press tries again
      throw e;
    },
  );
  return pending;
}

export function loadedStory(): StoryModule | null {
  return loaded;
}

/** The built-in story as shipped (`data/story.json`), or null when its code cannot load. */
export async function builtInStory(): Promise<StoryShape | null> {
  try {
    // The checked file of the built-in story: its zooms are the vocabulary's.
    return (await loadStory()).storyJson as unknown as StoryShape;
  } catch {
    return null;
  }
}
