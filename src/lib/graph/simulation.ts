/**
 * The force model shared by the settled layout and the live drag simulation. d3-force writes
 * `index, x, y, vx, vy` into its nodes and swaps link ids for objects, so it only ever sees
 * copies made here, never the dataset.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Force,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Dataset, NodeKind } from '../types.ts';
import { isHub, nodeRadius } from './encoding.ts';
import type { GraphIndex } from './graph-index.ts';

/** A copy of a node as d3-force sees it. */
export interface SimNode extends SimulationNodeDatum {
  id: string;
  kind: NodeKind;
  r: number;
  degree: number;
  hub: boolean;
  /** An organisation or person with one link, to a node with ≥ 3: placed by that link alone. */
  leaf: boolean;
}
/** A copy of a link as d3-force sees it (ids replaced by node objects once started). */
export type SimLink = SimulationLinkDatum<SimNode> & { id: string };

/** Free space kept around each node's drawn radius, in layout units. */
export const COLLIDE_PADDING = 2.5;

/**
 * Many-body repulsion among all nodes but the leaves of hubs: an organisation or person whose
 * one link goes to a node with three or more. Those (most signatories) are placed by their link
 * and the collision force, which packs them into a disc around their hub; leaving them out of
 * the Barnes–Hut tree is what keeps a 250-node layout under 150 ms. Governments, UN bodies and
 * small separate groups keep their repulsion, so they never settle on top of a disc.
 */
function chargeBetweenConnectors(): Force<SimNode, SimLink> {
  const inner = forceManyBody<SimNode>()
    .strength((n) => (n.hub ? -60 - 12 * Math.sqrt(n.degree) * n.r : -40))
    .theta(0.9);
  const force = (alpha: number) => inner(alpha);
  force.initialize = (nodes: SimNode[], random: () => number) =>
    inner.initialize?.(
      nodes.filter((n) => !n.leaf),
      random,
    );
  return force;
}

/** A layout position. */
export interface Point {
  x: number;
  y: number;
}

/**
 * A stopped simulation over copies of the dataset, started from `initial` positions.
 * Tuning: signatories hang on short, stiff links around their letter and are packed by the
 * collision force into a disc; hubs repel in proportion to their size so other letters,
 * governments and UN bodies stand apart; a weak pull to 0,0 keeps unlinked groups in view.
 */
export function buildSimulation(
  ds: Dataset,
  index: GraphIndex,
  initial: Map<string, Point>,
): Simulation<SimNode, SimLink> {
  const nodes: SimNode[] = ds.nodes.map((n) => {
    const degree = index.degree.get(n.id) ?? 0;
    const p = initial.get(n.id) ?? { x: 0, y: 0 };
    const [only] = degree === 1 ? (index.neighbours.get(n.id) ?? []) : [];
    const leaf =
      (n.kind === 'organisation' || n.kind === 'person') &&
      only !== undefined &&
      (index.degree.get(only) ?? 0) >= 3;
    return {
      id: n.id,
      kind: n.kind,
      r: nodeRadius(degree, n.kind),
      degree,
      hub: isHub(n, degree),
      leaf,
      x: p.x,
      y: p.y,
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links: SimLink[] = ds.links
    .filter((l) => byId.has(l.source) && byId.has(l.target))
    .map((l) => ({ id: l.id, source: l.source, target: l.target }));
  const radius = (n: SimNode) => n.r;
  // Leaves follow their hub; pulling them to 0,0 too would drag a letter's disc off its centre.
  const centring = (n: SimNode) => (n.leaf ? 0 : 0.04);
  return forceSimulation<SimNode, SimLink>(nodes)
    .stop()
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .id((n) => n.id)
        .distance((l) => {
          const s = l.source as SimNode;
          const t = l.target as SimNode;
          // Hub to hub: long, so clusters do not overlap; leaf to hub: just clear of the hub.
          return s.r + t.r + (s.hub && t.hub ? 90 : 18);
        }),
    )
    .force('charge', chargeBetweenConnectors())
    .force(
      'collide',
      forceCollide<SimNode>((n) => radius(n) + COLLIDE_PADDING),
    )
    .force('x', forceX<SimNode>(0).strength(centring))
    .force('y', forceY<SimNode>(0).strength(centring));
}
