/**
 * Story mode: the default story (`data/story.json`) checked against the loaded dataset, and the
 * moves through it. A step is applied to AppState as a whole view (`stepViewState`: filters,
 * selection, date, `?story=<id>`), its highlight goes to `app.highlight`, and the camera frames
 * it through `app.viewport` once the DOM has settled (the story bar changes the graph's height).
 */
import { tick } from 'svelte';
import { NO_FILTERS } from '../lib/graph/filter.ts';
import {
  parseStory,
  stepIndexFromParam,
  stepViewState,
  type Issue,
  type StoryOptions,
} from '../lib/story/story.ts';
import type { Story, StoryStep } from '../lib/story/types.ts';
import type { ViewState } from '../lib/url/state.ts';
import type { AppState } from './app-state.svelte.ts';

export class StoryState {
  readonly story: Story;
  /** Why the story cannot be told with this dataset; empty when it can. */
  readonly errors: string[];
  /** The same, as (where, what) pairs. */
  readonly issues: Issue[];
  /** A speaker's draft id (`?talk=`), or null for the built-in story. */
  readonly talk: string | null;
  /** The view before the story started, restored on exit (null when opened from a link). */
  #before: ViewState | null = null;
  /** The step last framed, so back/forward within a step does not move the camera. */
  #framed: string | null = null;

  /** Position of the step on screen, or -1 outside story mode. */
  index: number = $derived.by(() => this.#indexOf(this.app.story));
  active: boolean = $derived(this.index >= 0);
  step: StoryStep | null = $derived.by(() => this.#stepAt(this.index));

  readonly app: AppState;

  /**
   * `raw`: the story file as parsed JSON, checked here against `app.dataset`; `talk`: the
   * draft's id for a speaker's story (checked with `strict: false`).
   */
  constructor(app: AppState, raw: unknown, talk: string | null = null) {
    this.app = app;
    this.talk = talk;
    const options: StoryOptions = { strict: talk === null };
    // The loaded dataset, not its copy with people hidden: the story quotes the real texts.
    const { story, errors, issues } = parseStory(raw, app.source, options);
    this.story = story;
    this.errors = errors;
    this.issues = issues;
  }

  /** True when every step fits the dataset: the Story button is enabled. */
  get ready(): boolean {
    return this.errors.length === 0 && this.story.steps.length > 0;
  }

  #stepAt(i: number): StoryStep | null {
    return this.story.steps[i] ?? null;
  }

  #indexOf(id: string | null): number {
    if (id === null || !this.ready || this.app.talk !== this.talk) return -1;
    return this.story.steps.findIndex((s) => s.id === id);
  }

  /** Start from step `i` (the first by default), remembering the current view for `exit`. */
  start(i = 0): void {
    if (!this.ready) return;
    if (!this.active) this.#before = this.app.viewState;
    this.goTo(i);
  }

  /** Show step `i` (clamped): its whole view, its highlight, then frame it. */
  goTo(i: number): void {
    const step = this.story.steps[Math.max(0, Math.min(i, this.story.steps.length - 1))];
    if (!step) return;
    this.app.apply({ ...stepViewState(step, this.app.viewState), talk: this.talk });
    this.#show(step);
    const n = this.story.steps.indexOf(step) + 1;
    this.app.announcement = `Story step ${n} of ${this.story.steps.length}: ${step.title}. ${step.caption}`;
  }

  next(): void {
    if (this.active && this.index < this.story.steps.length - 1) this.goTo(this.index + 1);
  }

  previous(): void {
    if (this.active && this.index > 0) this.goTo(this.index - 1);
  }

  /** Leave story mode: back to the view before it, or to the whole coalition. */
  exit(): void {
    if (!this.active) return;
    const base = this.#before ?? {
      ...this.app.viewState,
      filters: NO_FILTERS,
      selection: null,
      doc: null,
      query: '',
      asOf: null,
    };
    this.app.apply({ ...base, story: null, talk: null });
    this.app.highlight = new Set();
    this.#before = null;
    this.#framed = null;
    this.app.announcement = 'Story closed.';
    void this.#frame(() => this.app.viewport?.fit());
  }

  /**
   * After the view was read from the URL. On load (`whole`), a `?story=` step is applied as a
   * whole (a hand-written link may carry only the step id); an unknown step opens the first
   * one with a notice. On back/forward the URL already holds the step's view: only the
   * highlight and the camera follow.
   */
  follow(whole: boolean): void {
    const id = this.app.story;
    if (id === null) {
      this.app.highlight = new Set();
      this.#framed = null;
      return;
    }
    if (!this.ready) {
      this.app.story = null;
      this.app.talk = null;
      const whose = this.talk === null ? 'the default story' : `the story "${this.story.title}"`;
      this.app.notices = [
        ...this.app.notices,
        `Ignored story "${id}": ${whose} does not fit this dataset.`,
      ];
      return;
    }
    const { index, notice } = stepIndexFromParam(id, this.story);
    if (notice) this.app.notices = [...this.app.notices, notice];
    const step = this.story.steps[index]!;
    if (whole || notice)
      this.app.apply({ ...stepViewState(step, this.app.viewState), talk: this.talk });
    this.#show(step);
  }

  #show(step: StoryStep): void {
    this.app.highlight = new Set(step.view.highlight);
    if (this.#framed === step.id) return;
    this.#framed = step.id;
    const { zoom, highlight, selection } = step.view;
    // "fit" frames what the step shows: its filtered, dated set (everything when unfiltered).
    const ids = () =>
      zoom === 'highlight'
        ? highlight
        : zoom === 'selection' && selection
          ? [selection]
          : [...this.app.visible];
    void this.#frame(() => this.app.viewport?.zoomToIds(ids()));
  }

  /** Run a camera move once the DOM has the new step (and the graph its new size). */
  async #frame(move: () => void): Promise<void> {
    await tick();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    move();
  }
}
