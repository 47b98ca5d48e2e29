/**
 * The Canvas path of a large graph (CANVAS_THRESHOLD actors and up) in one chunk: its renderer,
 * its drag and its quadtree. The built-in dataset never uses it, so the page does not load it
 * (canvas-lazy.ts fetches it before a large graph mounts).
 */
export { default as GraphCanvas } from './GraphCanvas.svelte';
export { attachCanvasDrag } from './canvas-drag.ts';
export { NodeHitIndex } from '../../lib/render/hit-index.ts';
export { dropPreview, measureStage, showPreview } from './preview.ts';
