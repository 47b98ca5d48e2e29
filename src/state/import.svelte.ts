/**
 * The importer's state: the project (saved as it changes), where the person is, and the
 * built map. Every change goes through a method that returns a new project, so the saved
 * copy and the screen never disagree.
 */
import { buildProject, type ProjectBuild } from '../lib/import/build-project.ts';
import { emptyInput } from '../lib/import/assemble.ts';
import { ImportBase } from './import-base.svelte.ts';
import type { OpenMap } from '../lib/import/base.ts';
import { knownIndex } from '../lib/import/drafts.ts';
import { itemsOf, type ListItem } from '../lib/import/detect.ts';
import {
  createLetter,
  letterIds,
  proposeMeta,
  syncReview,
  type LetterMeta,
} from '../lib/import/letter.ts';
import {
  emptyProject,
  pairKey,
  type ProjectBase,
  type ImportedLetter,
  type ImportProject,
  type Review,
} from '../lib/import/project.ts';
import { debounce, idbStore, type ProjectStore } from '../lib/import/store.ts';
import { buildDataset } from '../lib/pipeline/build.ts';
import type { Dataset } from '../lib/types.ts';

/** The screens of the importer, in order. */
export type ImportStep = 'letters' | 'source' | 'meta' | 'list' | 'review';

export class ImportState {
  project: ImportProject = $state.raw(emptyProject('builtin'));
  step: ImportStep = $state('letters');
  /** The letter being worked on (index in project.letters). */
  current = $state(0);
  /** A message about the last thing that went wrong (what and where), or null. */
  message: string | null = $state(null);
  /** The last build of the whole map, or null before the first. */
  built: ProjectBuild | null = $state.raw(null);
  ready = $state(false);
  /** The map open in the explorer is not the one the saved work adds to. */
  elsewhere = $state(false);
  /** The map the work adds to (an opened one kept), and a new one waiting for the person's word. */
  readonly base: ImportBase;

  #store: ProjectStore;
  #save: ReturnType<typeof debounce<ImportProject>>;

  constructor(store: ProjectStore = idbStore()) {
    this.#store = store;
    this.#save = debounce((p: ImportProject) => this.#store.save(p), 250);
    this.base = new ImportBase(store);
  }

  /** Read the saved work; the open map is the base only when nothing is saved. */
  async load(open: OpenMap): Promise<void> {
    try {
      const saved = await this.#store.load();
      const project = saved && 'project' in saved ? saved.project : null;
      const elsewhere = project !== null && !this.base.isOpen(open, project.base);
      // Saved work goes on; a project with no letter yet simply moves to the map open now.
      if (project && (project.letters.length > 0 || !elsewhere)) {
        this.project = project;
        await this.base.need(project.base);
        this.message = await this.base.restore(project.base);
        this.elsewhere = elsewhere;
      } else {
        if (saved && 'error' in saved) this.message = saved.error;
        await this.#begin(open);
      }
    } catch (error) {
      this.project = emptyProject(typeof open === 'string' ? open : 'empty');
      await this.base.need(this.project.base);
      this.message = `The saved import could not be read (${String(error)}); work now is not kept after a reload.`;
    }
    this.ready = true;
  }

  /** A new project on the open map: at once, or once the person has seen what a rebuild changes. */
  async #begin(open: OpenMap): Promise<void> {
    this.elsewhere = false;
    if (typeof open === 'string') {
      await this.base.need(open);
      return this.#set(emptyProject(open));
    }
    const base = this.base.examine(open.dataset, open.title);
    if (base) await this.#start(base);
  }

  async #start(base: ProjectBase): Promise<void> {
    try {
      await this.base.keep();
    } catch (error) {
      this.message = `The opened map could not be kept in this browser (${String(error)}): after a reload, open its file again.`;
    }
    this.#set(emptyProject(base));
    await this.#save.flush();
  }

  /** The person goes on with the rebuilt map (`true`) or starts an empty one. */
  async decide(rebuilt: boolean): Promise<void> {
    const base = rebuilt ? this.base.accept() : null;
    if (base) await this.#start(base);
    else {
      this.base.reject();
      await this.#start('empty');
    }
  }

  /** Write what waits now (before opening the map, switching letters). */
  flush(): Promise<void> {
    return this.#save.flush();
  }

  /** The page is going away: journal the project synchronously, then write it. */
  leave(): void {
    if (this.ready) this.#store.journal?.(this.project);
    void this.#save.flush();
  }

  get letter(): ImportedLetter | undefined {
    return this.project.letters[this.current];
  }

  #set(project: ImportProject): void {
    this.project = project;
    this.built = null;
    this.#save(project);
  }

  /** The last map built before a letter: its inputs (by identity) and the result. */
  #mapCache: {
    base: ProjectBase;
    letters: readonly ImportedLetter[];
    map: Dataset | null;
  } | null = null;

  /**
   * The map without letter `upTo` and those after it: what a new letter is drafted against.
   * A build takes about half a second, so the last one is kept while those letters are unchanged.
   */
  #mapBefore(upTo: number): Dataset | null {
    const letters = this.project.letters.slice(0, upTo);
    const cache = this.#mapCache;
    if (
      cache &&
      cache.base === this.project.base &&
      cache.letters.length === letters.length &&
      cache.letters.every((l, i) => l === letters[i])
    )
      return cache.map;
    const base = this.base.input(this.project.base);
    let map: Dataset | null = null;
    if (base && letters.length > 0) {
      const built = buildProject(base, { ...this.project, letters });
      map = 'dataset' in built ? built.dataset : null;
    } else if (base && this.project.base !== 'empty') map = buildDataset(base);
    this.#mapCache = { base: this.project.base, letters, map };
    return map;
  }

  /** A new letter from its text (and, for a CSV, the names of the chosen column). */
  addLetter(text: string, originalFile: string, items?: ListItem[]): void {
    const map = this.#mapBefore(this.project.letters.length);
    const nodes = map?.nodes ?? [];
    const meta: LetterMeta = proposeMeta(text, originalFile);
    const taken = {
      docs: new Set([
        ...(map?.documents ?? []).map((d) => d.id),
        ...this.project.letters.map((l) => l.doc),
      ]),
      nodes: new Set([...nodes.map((n) => n.id), ...this.project.letters.map((l) => l.node)]),
      files: new Set([
        ...(map?.documents ?? []).map((d) => d.file),
        ...this.project.letters.map((l) => l.file),
      ]),
    };
    const letter = createLetter(text, meta, letterIds(meta, taken), knownIndex(nodes), items);
    this.#set({ ...this.project, letters: [...this.project.letters, letter] });
    this.current = this.project.letters.length - 1;
    this.message = null;
    this.step = 'meta';
  }

  /** Change the current letter. */
  update(patch: Partial<ImportedLetter>): void {
    const letters = this.project.letters.map((l, i) =>
      i === this.current ? { ...l, ...patch } : l,
    );
    this.#set({ ...this.project, letters });
  }

  /** The list after the person's edit; names new to the list get a first draft. */
  setList(list: ListItem[], range = this.letter?.range): void {
    const letter = this.letter;
    if (!letter || !range) return;
    const index = knownIndex(this.#mapBefore(this.current)?.nodes ?? []);
    this.update({ list, range, review: syncReview(list, letter.review, index) });
  }

  /** Move the list's first or last line (0-based, end exclusive). */
  setRange(start: number, end: number): void {
    const letter = this.letter;
    if (!letter) return;
    const range = { start: Math.max(0, start), end: Math.max(start, end) };
    this.setList(itemsOf(letter.text, range), range);
  }

  review(name: string, review: Review): void {
    const letter = this.letter;
    if (letter) this.update({ review: { ...letter.review, [name]: review } });
  }

  keepApart(a: string, b: string): void {
    this.#set({ ...this.project, apart: [...this.project.apart, pairKey(a, b)] });
  }

  removeLetter(i: number): void {
    this.#set({ ...this.project, letters: this.project.letters.filter((_, j) => j !== i) });
    this.current = 0;
    this.step = 'letters';
  }

  /**
   * Start over: the saved letters are cleared. `same`: on the map they were added to (so too on
   * the importer's own map, and unless that map is lost); else on the map open in the explorer.
   */
  async reset(open: OpenMap, same = false): Promise<void> {
    this.step = 'letters';
    this.message = null;
    const here = same || (typeof open === 'object' && open.built);
    if (here && this.base.has(this.project.base)) await this.#start(this.project.base);
    else await this.#begin(open);
  }

  /** Build the whole map now (the person asked to open or download it). */
  build(): ProjectBuild {
    const base = this.base.input(this.project.base);
    const built = base
      ? buildProject(base, this.project)
      : { input: emptyInput(), errors: [this.base.lost(this.project.base)] };
    this.built = built;
    return built;
  }

  /** The map before the current letter: for near matches. */
  mapBeforeCurrent(): Dataset | null {
    return this.#mapBefore(this.current);
  }
}
