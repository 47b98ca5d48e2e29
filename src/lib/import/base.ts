/**
 * The map letters are added to: the built-in one, an empty one, or a dataset the person opened
 * (or built here). An opened map is rebuilt from its own documents first (`datasetInput`), so
 * new letters merge with it through the pipeline exactly as with the built-in map; what the
 * rebuild would change is said before anything is added.
 */
import { buildDataset, serialise, type BuildInput } from '../pipeline/build.ts';
import { BuildError } from '../pipeline/issues.ts';
import type { Dataset } from '../types.ts';
import { baseChanges, type BaseChange } from './base-changes.ts';
import type { ProjectBase } from './project.ts';
import { datasetInput } from './reverse.ts';

/**
 * The map open in the explorer, as Root hands it to the importer: `built` when it is the
 * importer's own merged map (the saved work goes on; nothing to rebuild).
 */
export type OpenMap = 'builtin' | 'empty' | { dataset: Dataset; title: string; built: boolean };

/** An opened map checked for use as a base: rebuilt, and what the rebuild changes. */
export type RebuiltBase =
  { input: BuildInput; dataset: Dataset; changes: BaseChange[] } | { errors: string[] };

/** `rebuildBase(opened)` → its inputs and the map they build, or the build's reasons. */
export function rebuildBase(opened: Dataset): RebuiltBase {
  const input = datasetInput(opened);
  try {
    const dataset = buildDataset(input);
    return { input, dataset, changes: baseChanges(opened, dataset) };
  } catch (error) {
    if (error instanceof BuildError) return { errors: error.errors };
    throw error;
  }
}

/**
 * A key for a kept copy of a dataset: FNV-1a over its file text, so the same map gives the
 * same key whenever it is opened. `datasetKey(ds)` → `"247:314:1c9a60e2"`.
 */
export function datasetKey(ds: Dataset): string {
  const text = serialise(ds);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${ds.nodes.length}:${ds.links.length}:${hash.toString(16).padStart(8, '0')}`;
}

/** The base in words: `the 8 March 2022 map`, `a new, empty map`, `the map “Title”`. */
export function baseName(base: ProjectBase): string {
  if (base === 'builtin') return 'the 8 March 2022 map';
  if (base === 'empty') return 'a new, empty map';
  return `the map “${base.title}”`;
}

/** Is the open map the one the work adds to? (The importer's own map always is.) */
export function isBaseOf(open: OpenMap, base: ProjectBase, key: string | null): boolean {
  if (typeof open === 'string') return open === base;
  return open.built || (typeof base === 'object' && key === base.key);
}
