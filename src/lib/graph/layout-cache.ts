/**
 * A prebuilt layout for the built-in dataset. `computeLayout` is deterministic but costs about
 * 130 ms for 250 nodes, most of the 300 ms budget for the first frame, so `npm run data` runs it
 * once and writes `data/layout.json`; the app uses that file when it fits the dataset it loaded
 * and computes the layout itself otherwise (another dataset, or a stale file): `layoutFor`. It is a cache of
 * a pure function, not data: it holds no fact and nothing else reads it.
 */
import type { Dataset } from '../types.ts';
import type { Point } from './layout.ts';

/** The file's shape: the dataset fingerprint it was computed for, and `[x, y]` per node id. */
export interface LayoutFile {
  key: string;
  positions: Record<string, [number, number]>;
}

/**
 * A fingerprint of what the layout depends on: node ids and kinds, link ends and relations.
 * FNV-1a over a canonical string; `layoutKey(ds)` → e.g. `"243:302:9f3a01c2"`.
 */
export function layoutKey(ds: Dataset): string {
  const nodes = ds.nodes.map((n) => `${n.id}/${n.kind}`).sort();
  const links = ds.links.map((l) => `${l.source}>${l.target}/${l.relation}`).sort();
  const text = `${nodes.join('|')}#${links.join('|')}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${ds.nodes.length}:${ds.links.length}:${hash.toString(16).padStart(8, '0')}`;
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
