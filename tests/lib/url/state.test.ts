import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/lib/graph/filter.ts';
import {
  DEFAULT_VIEW,
  parseViewState,
  serializeViewState,
  type ViewState,
} from '../../../src/lib/url/state.ts';
import { loadMini } from '../graph/mini.ts';

const ds = loadMini();
const before = structuredClone(ds);
const view = (partial: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...partial });
const voaLength = ds.documents.find((d) => d.id === 'voa-diaspora-groups')!.text.length;

const cases: { name: string; state: ViewState; url: string }[] = [
  { name: 'the default view', state: DEFAULT_VIEW, url: '' },
  {
    name: 'a selected node',
    state: view({ selection: { type: 'node', id: 'world-uyghur-congress' } }),
    url: '?node=world-uyghur-congress',
  },
  {
    name: 'a selected link',
    state: view({ selection: { type: 'link', id: 'dolkun-isa--leads--world-uyghur-congress' } }),
    url: '?link=dolkun-isa--leads--world-uyghur-congress',
  },
  {
    name: 'a query with accents, spaces and separators',
    state: view({ query: 'Fédération & co, 50%: “x”' }),
    url: '?q=F%C3%A9d%C3%A9ration%20%26%20co%2C%2050%25%3A%20%E2%80%9Cx%E2%80%9D',
  },
  {
    name: 'every facet, hidden, a document and the list, in a fixed order',
    state: {
      selection: { type: 'node', id: 'dolkun-isa' },
      query: 'isa',
      filters: {
        groups: ['diaspora', 'international'],
        regions: ['Europe'],
        countries: ['DE', 'CH'],
        kinds: ['organisation', 'person'],
        coalitions: ['open-letter-2022-03-08'],
        letters: [],
      },
      hideFiltered: true,
      doc: { id: 'voa-diaspora-groups', start: 344, end: 365 },
      view: 'list',
      sort: { key: 'country', ascending: false },
      asOf: null,
      story: null,
      talk: null,
      hidePeople: false,
      present: false,
      cosign: null,
    },
    url: '?node=dolkun-isa&q=isa&group=diaspora,international&region=Europe&country=DE,CH&kind=organisation,person&coalition=open-letter-2022-03-08&hide=1&doc=voa-diaspora-groups:344-365&view=list&sort=-country',
  },
];

describe('serializeViewState', () => {
  it.each(cases)('$name', ({ state, url }) => {
    const copy = structuredClone(state);
    expect(serializeViewState(state)).toBe(url);
    expect(state).toEqual(copy);
  });
});

describe('parseViewState', () => {
  it.each(cases)('round-trips $name', ({ state, url }) => {
    const parsed = parseViewState(url, ds);
    expect(parsed).toEqual({ state, notices: [] });
    expect(serializeViewState(parsed.state)).toBe(url);
  });

  it.each([
    {
      name: 'an unknown node',
      url: '?node=xyz',
      expected: DEFAULT_VIEW,
      notices: ['Ignored node "xyz": no such node in this dataset.'],
    },
    {
      name: 'an unknown link',
      url: 'link=a--signed--b',
      expected: DEFAULT_VIEW,
      notices: ['Ignored link "a--signed--b": no such link in this dataset.'],
    },
    {
      name: 'a link beside a node',
      url: '?node=ohchr&link=dolkun-isa--leads--world-uyghur-congress',
      expected: view({ selection: { type: 'node', id: 'ohchr' } }),
      notices: [
        'Ignored link "dolkun-isa--leads--world-uyghur-congress": a node is already selected.',
      ],
    },
    {
      name: 'values outside the vocabularies, keeping the good ones',
      url: '?group=diaspora,pirates,diaspora&region=Mars&country=de,ZZ&kind=robot&coalition=ohchr',
      expected: view({ filters: { ...NO_FILTERS, groups: ['diaspora'], countries: ['DE'] } }),
      notices: [
        'Ignored group "pirates": not one of diaspora, international, solidarity, national, faith, academic, professional, individual.',
        'Ignored region "Mars": no node in this dataset has that region.',
        'Ignored country "ZZ": no node in this dataset has that country code.',
        'Ignored kind "robot": not one of organisation, person, coalition, government, intergovernmental, media, report.',
        'Ignored coalition "ohchr": no such coalition in this dataset.',
      ],
    },
    {
      name: 'malformed document ranges',
      url: '?doc=voa-diaspora-groups:180-120',
      expected: DEFAULT_VIEW,
      notices: [
        `Ignored doc "voa-diaspora-groups:180-120": the range is outside the document (length ${voaLength}).`,
      ],
    },
    {
      name: 'a range past the end',
      url: `?doc=open-letter:0-99999`,
      expected: DEFAULT_VIEW,
      notices: [
        `Ignored doc "open-letter:0-99999": the range is outside the document (length ${ds.documents[0]!.text.length}).`,
      ],
    },
    {
      name: 'a document range that is not a range',
      url: '?doc=open-letter:abc',
      expected: DEFAULT_VIEW,
      notices: [
        'Ignored doc "open-letter:abc": expected document-id:start-end, e.g. open-letter:120-180.',
      ],
    },
    {
      name: 'an unknown document',
      url: '?doc=nope:1-2',
      expected: DEFAULT_VIEW,
      notices: ['Ignored doc "nope:1-2": no document "nope" in this dataset.'],
    },
    {
      name: 'bad hide and view, broken encoding, unknown parameters',
      url: '?hide=yes&view=map&q=%E0%A4%A&utm_source=x&&node',
      expected: DEFAULT_VIEW,
      notices: [
        'Ignored q "%E0%A4%A": it is not valid URL encoding.',
        'Ignored hide "yes": expected 1 or 0.',
        'Ignored view "map": expected graph or list.',
      ],
    },
    {
      name: 'plus as a space, empty values',
      url: '?q=world+uyghur&group=&hide=0',
      expected: view({ query: 'world uyghur' }),
      notices: [],
    },
  ])('drops $name with a notice', ({ url, expected, notices }) => {
    const parsed = parseViewState(url, ds);
    expect(parsed.state).toEqual(expected);
    expect(parsed.notices.sort()).toEqual([...notices].sort());
  });

  it('never throws on junk', () => {
    for (const junk of ['?', '&&&', '?=', '?node=%', '?doc=::::', '?group=,,,', '%%%']) {
      expect(() => parseViewState(junk, ds)).not.toThrow();
    }
  });

  it('does not mutate the dataset', () => expect(ds).toEqual(before));
});
