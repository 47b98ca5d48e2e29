/**
 * Stands in for d3-interpolate (aliased in vite.config.ts). d3-zoom imports only
 * `interpolateZoom`, and calls it only to animate a zoom *transition*, which this app never
 * starts (see no-transition.ts: d3-transition is not even in the bundle). Importing the real
 * package would bring d3-color along, whose colour spaces register themselves on load and so
 * cannot be tree-shaken: about 6 KB gzip parsed before the first frame for nothing.
 */
export function interpolateZoom(): never {
  throw new Error(
    'Coalition Atlas eases the camera itself (Graph.svelte); d3 zoom transitions are not bundled.',
  );
}
