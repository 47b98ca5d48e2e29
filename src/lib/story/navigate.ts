/**
 * From a story step to the app's view state and back from the URL (`?story=STEP_ID`).
 */
import { NO_FILTERS } from '../graph/filter.ts';
import type { ViewState } from '../url/state.ts';
import type { Story, StoryStep } from './types.ts';

/**
 * The view a step shows, on top of `base`: the step's filters (facets it does not name are
 * cleared, so a step looks the same however it is reached), its selection and date, its id as
 * `story`, no search query and no open document. The reader's own choices (`hideFiltered`,
 * and graph or list unless the step says `display`) are kept.
 */
export function stepViewState(step: StoryStep, base: ViewState): ViewState {
  const { filters, selection } = step.view;
  return {
    ...base,
    filters: { ...NO_FILTERS, ...filters },
    selection: selection === null ? null : { type: 'node', id: selection },
    query: '',
    doc: null,
    asOf: step.view.asOf,
    view: step.view.display ?? base.view,
    story: step.id,
    // A step names actors and filters of the ordinary graph, so it is drawn on that one.
    cosign: null,
  };
}

/**
 * The step a `?story=` parameter names. Missing → the first step; unknown → the first step
 * and a notice for the reader: `stepIndexFromParam('nope', story)` →
 * `{ index: 0, notice: 'Story step "nope" was not found; showing the first step.' }`.
 */
export function stepIndexFromParam(
  param: string | null,
  story: Story,
): { index: number; notice?: string } {
  if (param === null || param === '') return { index: 0 };
  const index = story.steps.findIndex((s) => s.id === param);
  if (index !== -1) return { index };
  return { index: 0, notice: `Story step "${param}" was not found; showing the first step.` };
}
