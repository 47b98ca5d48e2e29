/**
 * The Canvas's node shapes as `Path2D`s, one per shape and radius (the scene's `shape` key,
 * `"diamond/6.5"`), made on first use and shared by every node drawn with it.
 */
import { KIND_SHAPES, shapePath, type Shape } from '../../lib/graph/encoding.ts';

const SHAPES = new Set<string>(Object.values(KIND_SHAPES));

/** `shapePaths()('circle/4')` → the Path2D of a circle of radius 4, centred on 0,0. */
export function shapePaths(): (key: string) => Path2D {
  const paths = new Map<string, Path2D>();
  return (key) => {
    let p = paths.get(key);
    if (!p) {
      const [shape, r] = key.split('/') as [string, string];
      if (!SHAPES.has(shape)) throw new Error(`no node shape "${shape}"`);
      paths.set(key, (p = new Path2D(shapePath(shape as Shape, Number(r)))));
    }
    return p;
  };
}
