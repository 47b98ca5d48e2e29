/**
 * Writing a story, one pure move at a time: each takes a `StoryFile` and returns a new one
 * (the input is never changed), so the editor can keep the previous version for undo and
 * the store can save whichever is current.
 */
import type { DraftStep, QuoteRef, StoryFile } from './draft.ts';
import type { DatasetRef, StepView } from './types.ts';

type Edit = Partial<Pick<DraftStep, 'title' | 'caption' | 'notes'>>;

/** A step taken out by `deleteStep`, with its place, for `restoreStep` (undo). */
export interface Deleted {
  step: DraftStep;
  index: number;
}

/** An empty story for `madeFor`: `newStory(ref)` → `{ title: 'Untitled talk', dataset, steps: [] }`. */
export function newStory(madeFor: DatasetRef, title = 'Untitled talk'): StoryFile {
  return { title, dataset: madeFor, steps: [] };
}

/**
 * A speaker's copy of a story file (the built-in `data/story.json`, or another draft): same
 * steps and quotes, empty notes where it had none, made for `madeFor`.
 */
export function copyStory(raw: { title: string; steps: readonly unknown[] }, madeFor: DatasetRef) {
  const steps = raw.steps.map((s) => {
    const step = structuredClone(s) as DraftStep;
    return { ...step, notes: step.notes ?? '' };
  });
  return { title: `${raw.title} (copy)`, dataset: madeFor, steps } satisfies StoryFile;
}

/** `step-1`, `step-2`…: the first number no step uses (ids are URLs: they never change). */
function freshId(story: StoryFile): string {
  const used = new Set(story.steps.map((s) => s.id));
  let n = story.steps.length + 1;
  while (used.has(`step-${n}`)) n += 1;
  return `step-${n}`;
}

/** Steps with `fn` applied to the one whose id is `id` (unchanged story when there is none). */
function mapStep(story: StoryFile, id: string, fn: (s: DraftStep) => DraftStep): StoryFile {
  if (!story.steps.some((s) => s.id === id)) return story;
  return { ...story, steps: story.steps.map((s) => (s.id === id ? fn(s) : s)) };
}

/** Append a step showing `view` (or insert it after step `after`); returns the story and its id. */
export function addStep(
  story: StoryFile,
  view: StepView,
  after?: string,
): { story: StoryFile; id: string } {
  const id = freshId(story);
  const step: DraftStep = {
    id,
    title: `Step ${story.steps.length + 1}`,
    caption: '',
    notes: '',
    citations: [],
    view: structuredClone(view),
  };
  const at = after === undefined ? -1 : story.steps.findIndex((s) => s.id === after);
  const steps = [...story.steps];
  steps.splice(at === -1 ? steps.length : at + 1, 0, step);
  return { story: { ...story, steps }, id };
}

/** Change a step's title, caption or notes. */
export function editStep(story: StoryFile, id: string, edit: Edit): StoryFile {
  return mapStep(story, id, (s) => ({ ...s, ...edit }));
}

/** The story's own title. */
export function renameStory(story: StoryFile, title: string): StoryFile {
  return { ...story, title };
}

/** Show the current view in step `id` instead of the one it was made with. */
export function setStepView(story: StoryFile, id: string, view: StepView): StoryFile {
  return mapStep(story, id, (s) => ({ ...s, view: structuredClone(view) }));
}

/** Move step `id` to position `to` (clamped): the drag-and-drop move. */
export function moveStep(story: StoryFile, id: string, to: number): StoryFile {
  const from = story.steps.findIndex((s) => s.id === id);
  if (from === -1) return story;
  const target = Math.max(0, Math.min(to, story.steps.length - 1));
  if (target === from) return story;
  const steps = [...story.steps];
  const [step] = steps.splice(from, 1);
  steps.splice(target, 0, step!);
  return { ...story, steps };
}

/** Move step `id` one place up (-1) or down (+1): the keyboard move. */
export function moveBy(story: StoryFile, id: string, delta: -1 | 1): StoryFile {
  const from = story.steps.findIndex((s) => s.id === id);
  return from === -1 ? story : moveStep(story, id, from + delta);
}

/** A copy of step `id` right after it, titled "… (copy)"; returns the story and the copy's id. */
export function duplicateStep(story: StoryFile, id: string): { story: StoryFile; id: string } {
  const i = story.steps.findIndex((s) => s.id === id);
  if (i === -1) return { story, id };
  const copy: DraftStep = {
    ...structuredClone(story.steps[i]!),
    id: freshId(story),
    title: `${story.steps[i]!.title} (copy)`,
  };
  const steps = [...story.steps];
  steps.splice(i + 1, 0, copy);
  return { story: { ...story, steps }, id: copy.id };
}

/** Take step `id` out; `deleted` puts it back with `restoreStep`. */
export function deleteStep(
  story: StoryFile,
  id: string,
): { story: StoryFile; deleted: Deleted | null } {
  const index = story.steps.findIndex((s) => s.id === id);
  if (index === -1) return { story, deleted: null };
  return {
    story: { ...story, steps: story.steps.filter((s) => s.id !== id) },
    deleted: { step: story.steps[index]!, index },
  };
}

/** Undo a delete: the step at its old place (or the end), under a new id if its own was reused. */
export function restoreStep(story: StoryFile, deleted: Deleted): StoryFile {
  const taken = story.steps.some((s) => s.id === deleted.step.id);
  const step = taken ? { ...deleted.step, id: freshId(story) } : deleted.step;
  const steps = [...story.steps];
  steps.splice(Math.min(deleted.index, steps.length), 0, step);
  return { ...story, steps };
}

/** Add a source to step `id` (the same quote twice is kept once). */
export function addCitation(story: StoryFile, id: string, ref: QuoteRef): StoryFile {
  const same = (c: QuoteRef) =>
    c.doc === ref.doc && c.quote === ref.quote && c.occurrence === ref.occurrence;
  return mapStep(story, id, (s) =>
    s.citations.some(same) ? s : { ...s, citations: [...s.citations, { ...ref }] },
  );
}

/** Remove source `i` of step `id`. */
export function removeCitation(story: StoryFile, id: string, i: number): StoryFile {
  return mapStep(story, id, (s) => ({ ...s, citations: s.citations.filter((_, j) => j !== i) }));
}
