/**
 * The page's `localStorage`, or null where there is none: in Node (the unit tests), or where
 * the browser forbids it (reading the property throws in some private modes). The callers'
 * journals and lists degrade to "nothing kept" then.
 */
export function pageStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
