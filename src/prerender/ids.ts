/**
 * The ids scripts/prerender.ts writes into index.html and the inline scripts read: here, with
 * no page code, so the build script (in Node, without the DOM's types) imports them too.
 */

/** The early script, which carries the lists of what the page asks for ahead (ahead.ts). */
export const AHEAD_ID = 'ahead';

/** The `<template>` holding the prerendered page (frame.ts shows it; preview.ts measures it). */
export const TEMPLATE_ID = 'prerendered';
