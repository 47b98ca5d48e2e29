/**
 * The map an import adds to, as the pipeline's inputs: the built-in map's (loaded on first
 * need), an empty map's, or an opened map's, which is examined when the work starts on it
 * (rebuilt from its own documents; what that changes waits for the person's word), kept beside
 * the project in the browser, and read back after a reload.
 */
import { parseDataset } from '../lib/dataset/parse.ts';
import type { BaseChange } from '../lib/import/base-changes.ts';
import { baseName, datasetKey, isBaseOf, rebuildBase, type OpenMap } from '../lib/import/base.ts';
import type { ProjectBase } from '../lib/import/project.ts';
import { datasetInput } from '../lib/import/reverse.ts';
import { emptyInput } from '../lib/import/assemble.ts';
import type { ProjectStore } from '../lib/import/store.ts';
import type { BuildInput } from '../lib/pipeline/build.ts';
import type { Dataset } from '../lib/types.ts';

/** An opened map waiting for the person: what its rebuild changes, or why it cannot be rebuilt. */
export type BaseCheck = { title: string } & ({ changes: BaseChange[] } | { errors: string[] });

type Opened = { title: string; key: string };

export class ImportBase {
  /** The opened map the work adds to; null on the built-in or an empty map, or when lost. */
  dataset: Dataset | null = $state.raw(null);
  check: BaseCheck | null = $state.raw(null);

  #key: string | null = null;
  /** The built-in map's inputs: a chunk of their own, loaded only for work on that map. */
  #builtin: (() => BuildInput) | null = null;
  /** Examined, not yet kept in the browser. */
  #pending: { dataset: Dataset; base: Opened } | null = null;
  #store: ProjectStore;

  constructor(store: ProjectStore) {
    this.#store = store;
  }

  /** Why a project's opened map cannot be used: it is not kept in this browser. */
  lost(base: ProjectBase): string {
    return `The letters here are added to ${baseName(base)}, which this browser no longer keeps: open its file again and choose “Start over” to add them to it, or start over on the map open now.`;
  }

  /** After a reload: the kept copy of the project's map, or a message saying why not. */
  async restore(base: ProjectBase): Promise<string | null> {
    if (typeof base === 'string') return null;
    const raw = await this.#store.loadBase(base.key);
    if (raw === undefined) return this.lost(base);
    try {
      this.dataset = parseDataset(raw);
      this.#key = base.key;
      return null;
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return `The copy of ${baseName(base)} kept in this browser cannot be read (${why}): open its file again and choose “Start over”.`;
    }
  }

  /** Is the map open in the explorer the one the work adds to? */
  isOpen(open: OpenMap, base: ProjectBase): boolean {
    const key =
      typeof open === 'object' && typeof base === 'object' ? datasetKey(open.dataset) : null;
    return isBaseOf(open, base, key);
  }

  /**
   * An opened map as a new base: the base at once when it rebuilds unchanged, else null with
   * `check` set (the changes for the person to accept, or the reasons it cannot be used).
   */
  examine(dataset: Dataset, title: string): ProjectBase | null {
    const rebuilt = rebuildBase(dataset);
    if ('errors' in rebuilt) {
      this.check = { title, errors: rebuilt.errors };
      return null;
    }
    this.#pending = { dataset, base: { title, key: datasetKey(dataset) } };
    if (rebuilt.changes.length === 0) return this.accept();
    this.check = { title, changes: rebuilt.changes };
    return null;
  }

  /** The person goes on with the examined map. */
  accept(): ProjectBase | null {
    const pending = this.#pending;
    if (!pending) return null;
    this.check = null;
    this.dataset = pending.dataset;
    this.#key = pending.base.key;
    return pending.base;
  }

  /** The person starts an empty map instead. */
  reject(): void {
    this.#pending = null;
    this.check = null;
    this.dataset = null;
    this.#key = null;
  }

  /** Write the accepted map beside the project, once, before the project names it. */
  async keep(): Promise<void> {
    const pending = this.#pending;
    this.#pending = null;
    if (pending && this.#key === pending.base.key)
      await this.#store.saveBase(pending.base.key, pending.dataset);
  }

  /** Load what `input(base)` needs (the built-in map's documents and curation). */
  async need(base: ProjectBase): Promise<void> {
    if (base === 'builtin')
      this.#builtin ??= (await import('../lib/import/builtin.ts')).builtinInput;
  }

  /** Are the base's inputs here? (An opened map may be lost, the built-in one not yet loaded.) */
  has(base: ProjectBase): boolean {
    if (base === 'builtin') return this.#builtin !== null;
    return base === 'empty' || (this.dataset !== null && this.#key === base.key);
  }

  /** The pipeline's inputs for a base, fresh each time, or null when they are not here. */
  input(base: ProjectBase): BuildInput | null {
    if (base === 'builtin') return this.#builtin?.() ?? null;
    if (base === 'empty') return emptyInput();
    return this.dataset && this.#key === base.key ? datasetInput(this.dataset) : null;
  }
}
