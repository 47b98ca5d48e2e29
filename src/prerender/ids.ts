/**
 * The ids scripts/prerender.ts writes into index.html and the inline scripts read: here, with
 * no page code, so the build script (in Node, without the DOM's types) imports them too.
 */

/** The early script, which carries the lists of what the page asks for ahead (ahead.ts). */
export const AHEAD_ID = 'ahead';
