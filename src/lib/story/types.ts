/**
 * A story: an ordered list of steps kept as data (`data/story.json`), each a caption with its
 * citations and the view to show while it is read. `parseStory` turns the raw file into these.
 */
import type { Filters } from '../graph/filter.ts';
import type { Citation } from '../types.ts';

/** How the camera frames a step: the whole graph, the highlighted nodes, or the selection. */
export const ZOOMS = ['fit', 'highlight', 'selection'] as const;
export type Zoom = (typeof ZOOMS)[number];

/** What a step shows. Filters not named stay empty ("no filter on this facet"). */
export interface StepView {
  filters: Partial<Filters>;
  /** Node ids drawn out while the step is read. */
  highlight: string[];
  /** A node id whose panel opens, or null. */
  selection: string | null;
  zoom: Zoom;
  /** The timeline date (partial ISO: `2020`, `2022-04`, `2022-08-31`), or null for "all time". */
  asOf: string | null;
  /** Graph or list; absent (the built-in story) keeps the reader's own choice. */
  display?: Display;
}

/** The two ways the explorer shows the coalition. */
export const DISPLAYS = ['graph', 'list'] as const;
export type Display = (typeof DISPLAYS)[number];

/** One step, its citations located in the dataset's documents (offsets and exact text). */
export interface StoryStep {
  /** A slug, unique in the story; the step's URL is `?story=<id>`. */
  id: string;
  title: string;
  /** One or two sentences; every fact in it is stated by one of `citations`. */
  caption: string;
  citations: Citation[];
  view: StepView;
  /** Speaker notes: for the presenter console, never shown on the audience's screen. */
  notes: string;
}

/** The dataset a story was written for, as its file records it. */
export interface DatasetRef {
  edition: string;
  title: string;
}

/** A checked story: at least one step when it has no errors. */
export interface Story {
  title: string;
  steps: StoryStep[];
  /** The dataset named in the file (a user's story), or null (the built-in one names none). */
  madeFor: DatasetRef | null;
}
