/**
 * The importer's state: the project (saved as it changes), where the person is, and the
 * built map. Every change goes through a method that returns a new project, so the saved
 * copy and the screen never disagree.
 */
import { buildProject, type ProjectBuild } from '../lib/import/build-project.ts';
import { builtinInput, emptyInput } from '../lib/import/builtin.ts';
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
  type ImportedLetter,
  type ImportProject,
  type Review,
} from '../lib/import/project.ts';
import { debounce, idbStore, type ProjectStore } from '../lib/import/store.ts';
import { buildDataset, type BuildInput } from '../lib/pipeline/build.ts';
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

  #store: ProjectStore;
  #save: ReturnType<typeof debounce<ImportProject>>;

  constructor(store: ProjectStore = idbStore()) {
    this.#store = store;
    this.#save = debounce((p: ImportProject) => this.#store.save(p), 250);
  }

  /** Read the saved work; `base` is used only when nothing is saved. */
  async load(base: ImportProject['base']): Promise<void> {
    try {
      const saved = await this.#store.load();
      if (saved && 'project' in saved) this.project = saved.project;
      else {
        this.project = emptyProject(base);
        if (saved) this.message = saved.error;
      }
    } catch (error) {
      this.project = emptyProject(base);
      this.message = `The saved import could not be read (${String(error)}); work now is not kept after a reload.`;
    }
    this.ready = true;
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

  #baseInput(): BuildInput {
    return this.project.base === 'builtin' ? builtinInput() : emptyInput();
  }

  /** The last map built before a letter: its inputs (by identity) and the result. */
  #mapCache: { base: string; letters: readonly ImportedLetter[]; map: Dataset | null } | null =
    null;

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
    const base = this.#baseInput();
    const built = letters.length === 0 ? null : buildProject(base, { ...this.project, letters });
    const map =
      built === null
        ? this.project.base === 'builtin'
          ? buildDataset(base)
          : null
        : 'dataset' in built
          ? built.dataset
          : null;
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

  /** Start over on the map that is open: the saved work is cleared. */
  async reset(base: ImportProject['base']): Promise<void> {
    this.#set(emptyProject(base));
    await this.#save.flush();
    this.step = 'letters';
  }

  /** Build the whole map now (the person asked to open or download it). */
  build(): ProjectBuild {
    const built = buildProject(this.#baseInput(), this.project);
    this.built = built;
    return built;
  }

  /** The map before the current letter: for near matches. */
  mapBeforeCurrent(): Dataset | null {
    return this.#mapBefore(this.current);
  }
}
