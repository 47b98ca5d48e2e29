/**
 * What scripts/prerender.ts uses of jsdom (a devDependency for the component tests, which
 * ships no types of its own): a page at an address, whose globals stand in for a browser's.
 */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string });
    readonly window: Record<string, unknown> & { close(): void };
  }
}
