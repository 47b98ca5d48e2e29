/**
 * Freshness of the committed outputs: `npm run data -- --check` fails when a rebuild would
 * change them, so a curation edit cannot land without its rebuilt dataset.
 */

/** The outputs whose text on disk (`read` → null when missing) differs from the fresh build. */
export function staleOutputs(
  fresh: Record<string, string>,
  read: (path: string) => string | null,
): string[] {
  return Object.entries(fresh)
    .filter(([path, text]) => read(path) !== text)
    .map(([path]) => path);
}

/** `['data/coalition.json']` → `data/coalition.json is stale: run npm run data and commit the result.` */
export function staleMessage(stale: readonly string[]): string {
  const verb = stale.length === 1 ? 'is' : 'are';
  return `${stale.join(' and ')} ${verb} stale: run npm run data and commit the result.`;
}
