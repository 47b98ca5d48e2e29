/**
 * "Add this view as a step": what the address holds now (filters, selection, date, graph or
 * list) as the view object `data/story.json` uses, plus what is drawn out and how to frame it.
 */
import type { Filters } from '../graph/filter.ts';
import type { Display, StepView, Zoom } from './types.ts';

/** The parts of the explorer's view a step keeps. */
export interface LiveView {
  filters: Filters;
  selection: { type: 'node' | 'link'; id: string } | null;
  asOf: string | null;
  view: Display;
  /** Nodes drawn out now (a story step's highlight, when one is on screen). */
  highlight: ReadonlySet<string>;
}

/** A selected link's two ends: `dolkun-isa--leads--wuc` has no `--` inside its parts. */
function linkEnds(id: string): string[] {
  const parts = id.split('--');
  return parts.length === 3 ? [parts[0]!, parts[2]!] : [];
}

/**
 * The step view for `live`: facets with values only; a selected node stays selected and is
 * framed; a selected link draws out its two ends; otherwise the highlight is framed, or the
 * whole shown set. `captureView({ …, selection: { type: 'node', id: 'wuc' } })` →
 * `{ filters: {}, highlight: [], selection: 'wuc', zoom: 'selection', asOf: null, display: 'graph' }`.
 */
export function captureView(live: LiveView): StepView {
  const filters: Partial<Filters> = {};
  for (const [key, values] of Object.entries(live.filters) as [keyof Filters, string[]][]) {
    if (values.length > 0) (filters as Record<string, string[]>)[key] = [...values];
  }
  const selection = live.selection?.type === 'node' ? live.selection.id : null;
  const highlight =
    live.selection?.type === 'link' ? linkEnds(live.selection.id) : [...live.highlight];
  const zoom: Zoom = selection !== null ? 'selection' : highlight.length > 0 ? 'highlight' : 'fit';
  return { filters, highlight, selection, zoom, asOf: live.asOf, display: live.view };
}
