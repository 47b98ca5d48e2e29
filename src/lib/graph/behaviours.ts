/**
 * d3's behaviours as the page uses them: zoom (the camera), drag (the actors) and the selection
 * they attach through. One chunk, loaded by behaviours-lazy.ts after the graph is on screen.
 */
export { drag } from 'd3-drag';
export { select } from 'd3-selection';
export { zoom, zoomIdentity } from 'd3-zoom';
