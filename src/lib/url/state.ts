/**
 * The view in the URL: what is selected, searched, filtered and open, so a reload or a shared
 * link opens the same view. Parsing never throws: whatever it cannot use it drops, with a
 * notice a person can read.
 */
import { emptyFilters, FACETS, vocabularies } from '../graph/facets.ts';
import { NO_FILTERS, type Filters } from '../graph/filter.ts';
import { isPartialIsoDate } from '../timeline/dates.ts';
import { hidePeople, privateId } from '../redact/hide-people.ts';
import type { Dataset } from '../types.ts';
import { coSignature } from '../compare/cosign.ts';
import { lettersOf } from '../compare/letters.ts';
import { DEFAULT_SORT, parseSort, serializeSort, type ListSort } from './sort.ts';

/** Everything the URL holds. */
export interface ViewState {
  selection: { type: 'node' | 'link'; id: string } | null;
  query: string;
  filters: Filters;
  hideFiltered: boolean;
  doc: { id: string; start: number; end: number } | null;
  view: 'graph' | 'list';
  /** The list's sort (`sort=-links`); absent means the default, most links first. */
  sort?: ListSort;
  /** The timeline date (`2022-08-31`, or partial: `2020`, `2022-04`); null for all dates. */
  asOf: string | null;
  /** The story step being presented (its id), or null outside story mode. */
  story: string | null;
  /** Whose story: a speaker's draft (its id, `talk=`), or null for the built-in story. */
  talk: string | null;
  /** People shown as "Person N" everywhere (`anon=1`); their ids in the URL too (`person-3`). */
  hidePeople: boolean;
  /** Presenter view: full screen, large type, controls out of the way (`present=1`). */
  present: boolean;
  /**
   * The co-signature graph (`cosign=2`): actors linked when they signed at least this many
   * letters together (compare/cosign.ts); null for the ordinary graph.
   */
  cosign: number | null;
}

/** The view a bare URL opens: the whole coalition, nothing selected. */
export const DEFAULT_VIEW: ViewState = Object.freeze({
  selection: null,
  query: '',
  filters: NO_FILTERS,
  hideFiltered: false,
  doc: null,
  view: 'graph',
  sort: DEFAULT_SORT,
  asOf: null,
  story: null,
  talk: null,
  hidePeople: false,
  present: false,
  cosign: null,
}) as ViewState;

// Commas separate list items and a colon the doc id from its range, so each item is encoded
// on its own (a comma inside a value becomes %2C) and the separators stay readable.
const enc = (s: string) => encodeURIComponent(s);

/**
 * `?node=world-uyghur-congress&group=diaspora&view=list`: parameters in a fixed order, defaults
 * left out; '' for the default view.
 */
export function serializeViewState(s: ViewState): string {
  const params: string[] = [];
  if (s.talk !== null) params.push(`talk=${enc(s.talk)}`);
  if (s.story !== null) params.push(`story=${enc(s.story)}`);
  if (s.cosign !== null) params.push(`cosign=${s.cosign}`);
  if (s.selection) params.push(`${s.selection.type}=${enc(s.selection.id)}`);
  if (s.query !== '') params.push(`q=${enc(s.query)}`);
  for (const { key, param } of FACETS) {
    if (s.filters[key].length > 0) params.push(`${param}=${s.filters[key].map(enc).join(',')}`);
  }
  if (s.hideFiltered) params.push('hide=1');
  if (s.doc) params.push(`doc=${enc(s.doc.id)}:${s.doc.start}-${s.doc.end}`);
  if (s.view !== 'graph') params.push(`view=${s.view}`);
  const sort = s.sort ? serializeSort(s.sort) : null;
  if (sort !== null) params.push(`sort=${sort}`);
  if (s.asOf !== null) params.push(`asof=${s.asOf}`);
  if (s.hidePeople) params.push('anon=1');
  if (s.present) params.push('present=1');
  return params.length === 0 ? '' : `?${params.join('&')}`;
}

/**
 * Read a `location.search` string (with or without `?`) against a dataset. Unknown ids, values
 * outside the vocabularies and malformed ranges are dropped with one notice each; parameters
 * this page does not use (`utm_source`, …) are ignored silently.
 */
export function parseViewState(
  search: string,
  source: Dataset,
): { state: ViewState; notices: string[] } {
  const notices: string[] = [];
  const raw = new Map<string, string>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    raw.set(eq === -1 ? pair : pair.slice(0, eq), eq === -1 ? '' : pair.slice(eq + 1));
  }
  const dec = (name: string, s: string): string | null => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      notices.push(`Ignored ${name} "${s}": it is not valid URL encoding.`);
      return null;
    }
  };
  const one = (name: string) => {
    const v = raw.get(name);
    return v === undefined || v === '' ? null : dec(name, v);
  };

  // The co-signature graph first: ids and filter values are read against the graph it draws.
  const cosign = parseCosign(one('cosign'), source, notices);
  const drawn = cosign === null ? null : coSignature(source, cosign);
  const ds = drawn?.ok ? drawn.dataset : source;

  const filters: Filters = emptyFilters();
  // Only when the address names a filter: at 5,000 actors the vocabularies take ~35 ms, and
  // an address with none is the usual way in (issue 10).
  let vocab: ReturnType<typeof vocabularies> | null = null;
  for (const facet of FACETS) {
    const name = facet.param;
    const chosen = filters[facet.key];
    for (const item of (raw.get(name) ?? '').split(',')) {
      if (item === '') continue;
      const decoded = dec(name, item);
      if (decoded === null) continue;
      const value = facet.normalise ? facet.normalise(decoded) : decoded;
      if (!(vocab ??= vocabularies(ds))[facet.key].has(value))
        notices.push(`Ignored ${name} "${value}": ${facet.refusal}.`);
      else if (!chosen.includes(value)) chosen.push(value);
    }
  }

  const anon = flag('anon', one('anon'), notices);
  // With people hidden the URL names them by stand-in (`person-3`) and a passage by its place
  // in the redacted text.
  const hidden = anon ? hidePeople(ds) : null;
  const real = (id: string | null) => (id === null || !hidden ? id : privateId(id, hidden.aliases));
  let selection: ViewState['selection'] = null;
  const node = real(one('node'));
  const link = real(one('link'));
  if (node !== null) {
    if (ds.nodes.some((n) => n.id === node)) selection = { type: 'node', id: node };
    else notices.push(`Ignored node "${node}": no such node in this dataset.`);
  }
  if (link !== null) {
    if (selection) notices.push(`Ignored link "${link}": a node is already selected.`);
    else if (ds.links.some((l) => l.id === link)) selection = { type: 'link', id: link };
    else notices.push(`Ignored link "${link}": no such link in this dataset.`);
  }

  const hide = one('hide');
  if (hide !== null && hide !== '1' && hide !== '0')
    notices.push(`Ignored hide "${hide}": expected 1 or 0.`);
  const view = one('view');
  if (view !== null && view !== 'graph' && view !== 'list') {
    notices.push(`Ignored view "${view}": expected graph or list.`);
  }

  return {
    state: {
      selection,
      query: one('q') ?? '',
      filters,
      hideFiltered: hide === '1',
      doc: parseDoc(one('doc'), hidden?.dataset ?? ds, notices),
      view: view === 'list' ? 'list' : 'graph',
      sort: parseSort(one('sort'), notices),
      asOf: parseAsOf(one('asof'), notices),
      story: parseStoryParam(one('story'), notices),
      talk: parseTalkParam(one('talk'), notices),
      hidePeople: anon,
      present: flag('present', one('present'), notices),
      cosign,
    },
    notices,
  };
}

/** `cosign=2`: a whole number from 1 to the number of letters, when the dataset can draw it. */
function parseCosign(value: string | null, ds: Dataset, notices: string[]): number | null {
  if (value === null) return null;
  const letters = lettersOf(ds).length;
  const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (letters < 2) {
    notices.push(`Ignored cosign "${value}": this dataset has fewer than two letters to compare.`);
    return null;
  }
  if (!(n >= 1 && n <= letters)) {
    notices.push(`Ignored cosign "${value}": expected a number of letters from 1 to ${letters}.`);
    return null;
  }
  const drawn = coSignature(ds, n);
  if (!drawn.ok) {
    notices.push(`Ignored cosign "${value}": ${drawn.reason}.`);
    return null;
  }
  return n;
}

/** A `1`/`0` switch; anything else is dropped (off) with a notice. */
function flag(name: string, value: string | null, notices: string[]): boolean {
  if (value !== null && value !== '1' && value !== '0') {
    notices.push(`Ignored ${name} "${value}": expected 1 or 0.`);
  }
  return value === '1';
}

/** `voa-diaspora-groups:120-180` → the range, when the document exists and holds it. */
function parseDoc(value: string | null, ds: Dataset, notices: string[]): ViewState['doc'] {
  if (value === null) return null;
  const m = /^(.+):(\d{1,9})-(\d{1,9})$/.exec(value);
  if (!m) {
    notices.push(
      `Ignored doc "${value}": expected document-id:start-end, e.g. open-letter:120-180.`,
    );
    return null;
  }
  const [, id, a, b] = m as unknown as [string, string, string, string];
  const doc = ds.documents.find((d) => d.id === id);
  const start = Number(a);
  const end = Number(b);
  if (!doc) notices.push(`Ignored doc "${value}": no document "${id}" in this dataset.`);
  else if (start > end || end > doc.text.length) {
    notices.push(
      `Ignored doc "${value}": the range is outside the document (length ${doc.text.length}).`,
    );
  } else return { id, start, end };
  return null;
}

/** `2022-08-31`, `2022-04` or `2020`; anything else is dropped with a notice. */
function parseAsOf(value: string | null, notices: string[]): string | null {
  if (value === null || isPartialIsoDate(value)) return value;
  notices.push(`Ignored asof "${value}": expected a date such as 2022-08-31.`);
  return null;
}

/** A step id is a slug; whether the story has it is for the story to say (stepIndexFromParam). */
function parseStoryParam(value: string | null, notices: string[]): string | null {
  if (value === null || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) return value;
  notices.push(`Ignored story "${value}": a story step id has letters, digits and "-" only.`);
  return null;
}

/** A draft id (`lmn3x9-a81k2c`); whether this browser or file has it is for the story slot. */
function parseTalkParam(value: string | null, notices: string[]): string | null {
  if (value === null || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) return value;
  notices.push(`Ignored talk "${value}": a story id has letters, digits and "-" only.`);
  return null;
}
