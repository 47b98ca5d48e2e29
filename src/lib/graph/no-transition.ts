/**
 * Stands in for d3-transition (aliased in vite.config.ts). d3-zoom imports it only to stop a
 * running zoom transition: `interrupt(node)` and `selection.interrupt()`. We never start a d3
 * transition (the camera eases with our own requestAnimationFrame tween, reduced-motion aware,
 * in Graph.svelte, and double-click zoom, d3-zoom's one transition, is off), so there is never
 * one to stop. Leaving d3-transition out also leaves out d3-color and d3-ease: 8 KB gzip.
 */
import { selection } from 'd3-selection';

export function interrupt(): void {}

(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function (
  this: unknown,
) {
  return this;
};
