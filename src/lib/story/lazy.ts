/**
 * Loading story mode on demand: `loadStory()` fetches the chunk once (later calls share the
 * promise); `loadedStory()` returns it synchronously once it has arrived, so a view opened
 * after that (a reload with `?story=`, a new dataset) builds its story without waiting.
 */
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
