/**
 * Checking a step's `view` against the dataset: node ids exist, filter values are in their
 * facet's vocabulary in this dataset (`FACETS`, graph/facets.ts), the zoom has something to
 * frame, the date is ISO.
 */
import { FACETS, vocabularies, type FacetKey, type Filters } from '../graph/facets.ts';
import { isPartialIsoDate } from '../timeline/dates.ts';
import type { Dataset } from '../types.ts';
import { isObject, type Problems } from './fields.ts';
import { DISPLAYS, ZOOMS, type StepView, type Zoom } from './types.ts';

/** What a step may name: node ids and the allowed values of each filter facet. */
export interface Vocabulary {
  nodes: ReadonlySet<string>;
  filters: Record<FacetKey, ReadonlySet<string>>;
}

const FILTER_KEYS = FACETS.map((f) => f.key);
const VIEW_KEYS = ['filters', 'highlight', 'selection', 'zoom', 'asOf', 'display'] as const;

/** The vocabulary of one dataset; build it once per story. */
export function vocabularyOf(ds: Dataset): Vocabulary {
  return { nodes: new Set(ds.nodes.map((n) => n.id)), filters: vocabularies(ds) };
}

function parseFilters(raw: unknown, vocab: Vocabulary, p: Problems): Partial<Filters> {
  if (raw === undefined) return {};
  if (!isObject(raw)) {
    p.add('view.filters must be an object such as { "groups": ["diaspora"] }');
    return {};
  }
  p.unknownKeys(raw, FILTER_KEYS, 'view.filters');
  const filters: Partial<Filters> = {};
  for (const key of FILTER_KEYS) {
    if (raw[key] === undefined) continue;
    const values = p.strings(raw[key], `view.filters.${key}`);
    if (values === null) continue;
    const allowed = vocab.filters[key];
    for (const v of values) {
      if (!allowed.has(v))
        p.add(
          `filter ${key} value "${v}" is not in the dataset (known: ${[...allowed].sort().join(', ')})`,
        );
    }
    filters[key] = values.filter((v) => allowed.has(v));
  }
  return filters;
}

function checkNode(id: string, vocab: Vocabulary, p: Problems): boolean {
  if (vocab.nodes.has(id)) return true;
  p.add(`node "${id}" is not in the dataset`);
  return false;
}

/** A checked view, or null when it is not an object at all; problems go to `p`. */
export function parseView(raw: unknown, vocab: Vocabulary, p: Problems): StepView | null {
  if (!isObject(raw)) {
    p.add('"view" must be an object with filters, highlight, selection, zoom and asOf');
    return null;
  }
  p.unknownKeys(raw, VIEW_KEYS, 'view');
  const filters = parseFilters(raw.filters, vocab, p);
  const named =
    raw.highlight === undefined ? [] : (p.strings(raw.highlight, 'view.highlight') ?? []);
  const highlight = named.filter((id) => checkNode(id, vocab, p));
  let selection: string | null = null;
  if (typeof raw.selection === 'string') {
    if (checkNode(raw.selection, vocab, p)) selection = raw.selection;
  } else if (raw.selection !== null && raw.selection !== undefined) {
    p.add('view.selection must be a node id or null');
  }
  const zoom: Zoom = ZOOMS.find((z) => z === raw.zoom) ?? 'fit';
  if (raw.zoom !== undefined && zoom !== raw.zoom)
    p.add(`view.zoom must be one of ${ZOOMS.join(', ')}`);
  if (zoom === 'selection' && raw.selection == null)
    p.add('view.zoom is "selection" but view.selection is null');
  if (zoom === 'highlight' && named.length === 0)
    p.add('view.zoom is "highlight" but view.highlight is empty');
  let asOf: string | null = null;
  if (typeof raw.asOf === 'string' && isPartialIsoDate(raw.asOf)) asOf = raw.asOf;
  else if (raw.asOf !== null && raw.asOf !== undefined) {
    p.add(
      `view.asOf must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null, not ${JSON.stringify(raw.asOf)}`,
    );
  }
  const view: StepView = { filters, highlight, selection, zoom, asOf };
  const display = DISPLAYS.find((d) => d === raw.display);
  if (display) view.display = display;
  else if (raw.display !== undefined) p.add(`view.display must be one of ${DISPLAYS.join(', ')}`);
  return view;
}
