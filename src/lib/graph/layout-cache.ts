/**
 * A prebuilt layout for the built-in dataset. `computeLayout` is deterministic but costs about
 * 130 ms for 250 nodes, most of the 300 ms budget for the first frame, so `npm run data` runs it
 * once and writes `data/layout.json`; the app uses that file when it fits the dataset it loaded
 * and computes the layout itself otherwise (another dataset, or a stale file): `layoutFor`. It is a cache of
 * a pure function, not data: it holds no fact and nothing else reads it.
 */
import type { Dataset } from '../types.ts';
import type { Point } from './layout.ts';
import type { Positions } from './positions.ts';

/** The file's shape: the dataset fingerprint it was computed for, and `[x, y]` per node id. */
export interface LayoutFile {
  key: string;
  positions: Record<string, [number, number]>;
}

/**
 * A fingerprint of what the layout depends on: node ids and kinds, link ends and relations,
 * in any order. Each entry is hashed alone (FNV-1a, then a finaliser that spreads its bits) and
 * the hashes are added up, with their squares in a second sum: the same entries in another
 * order give the same key, and no sort is needed (sorting 44,000 strings took 50–70 ms at
 * 20,000 actors, on the way to the first picture; issue 10). `layoutKey(ds)` → e.g.
 * `"243:302:9f3a01c25b7d0e44"`.
 */
export function layoutKey(ds: Dataset): string {
  let sum = 0;
  let squares = 0;
  const add = (h: number) => {
    sum = (sum + h) >>> 0;
    squares = (squares + Math.imul(h, h | 1)) >>> 0;
  };
  for (const n of ds.nodes) add(entryHash(NODE_SEED, n.id, NODE, n.kind));
  for (const l of ds.links) add(entryHash(LINK_SEED, l.source, LINK, l.target, l.relation));
  const hex = (v: number) => v.toString(16).padStart(8, '0');
  return `${ds.nodes.length}:${ds.links.length}:${hex(sum)}${hex(squares)}`;
}

const NODE_SEED = 0x811c9dc5;
const LINK_SEED = 0x050c5d1f;
/** Separators between an entry's parts: "a/b" and "a/" + "b" must not hash alike. */
const NODE = 0x2f;
const LINK = 0x3e;

/** One entry's hash: its parts with `separator` between them, FNV-1a, then finalised. */
function entryHash(seed: number, a: string, separator: number, b: string, c?: string): number {
  let h = fold(Math.imul(fold(seed, a) ^ separator, 0x01000193) >>> 0, b);
  if (c !== undefined) h = fold(Math.imul(h ^ separator, 0x01000193) >>> 0, c);
  // murmur3's finaliser: FNV's low bits are weak, and sums of weak bits would collide.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function fold(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Positions rounded to 1/100 px (invisible, and keeps the file small and stable). */
export function layoutFile(ds: Dataset, positions: ReadonlyMap<string, Point>): LayoutFile {
  const round = (v: number) => Math.round(v * 100) / 100;
  const out: Record<string, [number, number]> = {};
  for (const n of ds.nodes) {
    const p = positions.get(n.id);
    if (p) out[n.id] = [round(p.x), round(p.y)];
  }
  return { key: layoutKey(ds), positions: out };
}

/**
 * The positions to draw `ds` with: the cached ones when `raw` fits, else computed. The layout
 * code (d3-force) loads only then, so the page that opens on the built-in data never fetches it.
 */
export async function layoutFor(ds: Dataset, raw: unknown): Promise<Map<string, Point>> {
  return cachedPositions(ds, raw) ?? (await import('./layout.ts')).computeLayout(ds);
}

/**
 * The cached positions when `raw` is a layout file made for this very dataset, else null
 * (the caller then computes the layout). Never throws: a bad cache is just a miss.
 */
export function cachedPositions(ds: Dataset, raw: unknown): Map<string, Point> | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const file = raw as Partial<LayoutFile>;
  if (file.key !== layoutKey(ds) || typeof file.positions !== 'object' || !file.positions) {
    return null;
  }
  const out = new Map<string, Point>();
  for (const n of ds.nodes) {
    const p = file.positions[n.id];
    if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
    out.set(n.id, { x: p[0], y: p[1] });
  }
  return out;
}

/** The positions `ds` carries itself, when they place every node; else null. */
export function carriedPositions(ds: Dataset): Positions | null {
  const own = ds.positions;
  if (!own) return null;
  const out = new Map<string, Point>();
  for (const n of ds.nodes) {
    const p = own[n.id];
    if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
    out.set(n.id, { x: p[0], y: p[1] });
  }
  return out;
}
