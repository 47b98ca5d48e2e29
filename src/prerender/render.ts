/**
 * The built-in page as HTML, rendered at build time with Svelte's server renderer
 * (scripts/prerender.ts runs it in Node, with a page's globals from jsdom at a plain address):
 * the explorer on the built-in dataset and its prebuilt layout, as it is mounted with no
 * parameter in the address, and the box its actors are drawn in, which the inline script
 * (frame.ts) frames for the screen it finds.
 */
import { render } from 'svelte/server';
import raw from '../../data/coalition.json';
import layout from '../../data/layout.json';
import Root from '../Root.svelte';
import { parseDataset } from '../lib/dataset/parse.ts';
import { minRadius } from '../lib/graph/encoding.ts';
import { actorsBounds } from '../lib/graph/fit.ts';
import { graphIndexOf } from '../lib/graph/graph-index.ts';
import { cachedPositions } from '../lib/graph/layout-cache.ts';
import type { Bounds } from '../lib/graph/viewport.ts';

export interface Prerendered {
  /** Root's markup (no script, no style: the page's own CSS styles it). */
  html: string;
  /** What the opening frame shows (Graph.svelte's `fit`: every actor, shapes included). */
  bounds: Bounds;
}

/** The page as it first paints, or null when the prebuilt layout does not fit the dataset. */
export function prerender(): Prerendered | null {
  const dataset = parseDataset(raw);
  const positions = cachedPositions(dataset, layout);
  if (!positions) return null;
  const degree = graphIndexOf(dataset).degree;
  const bounds = actorsBounds(dataset.nodes, positions, degree, minRadius(false));
  if (!bounds) return null;
  const { body } = render(Root, { props: { dataset, positions, notices: [], keep: {} } });
  return { html: body, bounds };
}
