/**
 * The layout worker's pure core, testable in Node: the same seeded d3-force layout as
 * `computeLayout` (graph/layout.ts), run from a `LayoutRequest` and reporting as it goes:
 * the seed positions first (they already look like the answer, so the page can draw them),
 * then intermediate positions every `progressMs`, then the settled ones. Every report is
 * centred on 0,0 as the settled layout is, so the picture does not jump between them.
 */
import { centred, centredSeeds, seedPositions } from '../graph/seeds.ts';
import { indexGraph } from '../graph/graph-index.ts';
import { buildSimulation } from '../graph/simulation.ts';
import type { Dataset, GraphLink, GraphNode } from '../types.ts';
import { runSync, type Steps } from '../schedule/slices.ts';
import { kindAt, packPositions, type LayoutRequest } from './protocol.ts';

/**
 * The layout depends on node ids and kinds and on link ends only (see `layoutKey`), so the
 * worker rebuilds a dataset of just those: the other fields are empty and never read.
 */
export function skeletonDataset(request: LayoutRequest): Dataset {
  const nodes: GraphNode[] = request.ids.map((id, i) => ({
    id,
    kind: kindAt(request, i),
    name: id,
    aliases: [],
    citations: [],
    description: '',
    group: null,
    groupProvenance: null,
    tags: [],
    country: null,
    countryProvenance: null,
    region: null,
    subregion: null,
    date: null,
    dateNote: null,
    signatory: false,
  }));
  const links: GraphLink[] = [];
  for (let i = 0; i < request.links.length; i += 2) {
    const source = request.ids[request.links[i]!]!;
    const target = request.ids[request.links[i + 1]!]!;
    links.push({
      id: `${i / 2}`,
      source,
      target,
      relation: 'signed',
      citations: [],
      date: null,
      note: null,
    });
  }
  return { version: 1, edition: '', documents: [], nodes, links };
}

/**
 * Run the layout; `report('seed' | 'progress', positions)` is called along the way and the
 * settled positions are returned. `now` is injectable so tests can drive the progress clock.
 */
export function runLayout(
  request: LayoutRequest,
  report: (phase: 'seed' | 'progress', positions: Float32Array) => void = () => {},
  now: () => number = () => performance.now(),
): Float32Array {
  return runSync(layoutSteps(request, report, now));
}

/**
 * `runLayout` one tick per step (lib/schedule/slices.ts): the worker runs it in slices, so a
 * message (the page asking it to let the reader's input go first) gets in between.
 */
export function* layoutSteps(
  request: LayoutRequest,
  report: (phase: 'seed' | 'progress', positions: Float32Array) => void,
  now: () => number,
): Steps<Float32Array> {
  const ds = skeletonDataset(request);
  const index = indexGraph(ds);
  const seeds = seedPositions(ds, index);
  // Reported before the simulation is built (~25 ms at 5,000 actors), which starts from them.
  report('seed', centredSeeds(ds, index, seeds));
  const simulation = buildSimulation(ds, index, seeds);
  const ticks = Math.max(1, request.ticks);
  // Cool over exactly `ticks` steps, as computeLayout does, so the result is the same.
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / ticks));
  let last = now();
  for (let t = 0; t < ticks; t++) {
    yield;
    simulation.tick(1);
    if (request.progressMs > 0 && t < ticks - 1 && now() - last >= request.progressMs) {
      report('progress', centred(simulation.nodes()));
      last = now();
    }
  }
  return centred(simulation.nodes());
}

/** The positions of a settled `Map` layout in request order (for the store and the tests). */
export { packPositions };
