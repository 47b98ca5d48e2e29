/**
 * The picture of a large published file drawn before the file is checked (issue 10): at
 * 20,000 actors the check alone takes 300 ms, the page's mount and first Canvas draw another
 * 250, so the graph would first be seen 0.8 s after navigation. Once the JSON is parsed, what
 * the first picture needs (actor ids, kinds and groups, link ends) is cheap to look at, and the
 * first picture is known: the seed positions, as the layout's first answer gives them
 * (layout/client.ts), framed as the graph opens. `drawableDataset` and `firstPositions` say
 * what to draw, or null when the file is not plainly a graph or the app's first picture would
 * be another; the drawing is components/graph/preview.ts's. The picture names nothing and
 * answers nothing: it is the actors' dots and lines until the app, once the file passed its
 * check, draws the same in their place (or the error view replaces it, for a file that fails).
 */
import { GROUPS, NODE_KINDS, type Dataset } from '../types.ts';
import { mayBeStored, nothingStored, type KeyStorage } from '../layout/stored-keys.ts';
import { carriedPositions, layoutKey } from '../graph/layout-cache.ts';
import { seedPositionsOf } from '../graph/seeds.ts';
import { degreesOf } from '../graph/graph-index.ts';
import type { Positions } from '../graph/positions.ts';
import { CANVAS_THRESHOLD } from './lod.ts';

const KINDS = new Set<unknown>(NODE_KINDS);
const GROUP_VALUES = new Set<unknown>([...GROUPS, null, undefined]);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The parsed file `raw` itself, typed as a dataset, when it has `min` actors or more and every
 * field the picture reads is there and sound: a node's id (unique), kind and group, a link's
 * id, relation and two ends among the nodes; its degrees (`degreesOf`) are counted on the way.
 * Nothing else of it is looked at (names, citations, the documents are the check's, which runs
 * whatever this says). The same object, not a copy: a file that passes its check unchanged is
 * that object (dataset/shape.ts), so what the picture derives from it (degrees, seeds,
 * rankings) is the app's too.
 */
export function drawableDataset(raw: unknown, min = CANVAS_THRESHOLD): Dataset | null {
  if (!isRecord(raw) || !Array.isArray(raw.nodes) || !Array.isArray(raw.links)) return null;
  if (raw.nodes.length < min) return null;
  for (const n of raw.nodes as unknown[]) {
    if (!isRecord(n) || typeof n.id !== 'string') return null;
    if (!KINDS.has(n.kind) || !GROUP_VALUES.has(n.group)) return null;
  }
  for (const l of raw.links as unknown[]) {
    if (!isRecord(l) || typeof l.id !== 'string' || typeof l.relation !== 'string') return null;
    if (typeof l.source !== 'string' || typeof l.target !== 'string') return null;
  }
  // Ids unique and every end among them, read off the degrees the picture needs anyway (a
  // Set of the ids beside them cost ~20 ms at 20,000 actors): one count per id, and two per
  // link, each end counted only when known.
  const ds = raw as unknown as Dataset;
  const degree = degreesOf(ds);
  if (degree.size !== ds.nodes.length) return null;
  let ends = 0;
  for (const d of degree.values()) ends += d;
  return ends === 2 * ds.links.length ? ds : null;
}

/**
 * Where the app's first picture of `ds` puts its actors, or null when that is not known yet:
 * the positions the file carries, else the seeds (as the layout client draws them first),
 * unless this browser may have stored a settled layout for it (its first picture then waits
 * for the store's answer). `storage`: where the stored layouts are listed (stored-keys.ts).
 */
export function firstPositions(ds: Dataset, storage?: KeyStorage | null): Positions | null {
  const own = carriedPositions(ds);
  if (own) return own;
  // An empty list needs no fingerprint (~20 ms at 20,000 actors) to say "not stored".
  if (!nothingStored(storage) && mayBeStored(layoutKey(ds), storage)) return null;
  return seedPositionsOf(ds);
}
