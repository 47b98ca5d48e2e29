/**
 * The layout worker's client (client.ts), loaded when a dataset needs it: from 600 actors, or
 * for a page opening `?data=` (which starts a worker while the file downloads). The built-in
 * page (243 actors, a prebuilt layout) never does, so its bundle does not carry it.
 */
export type LayoutClient = typeof import('./client.ts');

let loading: Promise<LayoutClient> | null = null;

/** The client, loaded once. */
export function layoutClient(): Promise<LayoutClient> {
  return (loading ??= import('./client.ts'));
}

/**
 * Stop a worker started ahead (`warmLayoutWorker`) that no dataset will use; nothing to do
 * when the client was never asked for. After any warm-up asked before it (same promise, in turn).
 */
export function dropSpareLayoutWorker(): void {
  void loading?.then((client) => client.dropSpareWorker());
}
