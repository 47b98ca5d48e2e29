import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/lib/graph/filter.ts';
import { parseStory, stepIndexFromParam, stepViewState } from '../../../src/lib/story/story.ts';
import type { Dataset } from '../../../src/lib/types.ts';
import type { ViewState } from '../../../src/lib/url/state.ts';
import mini from '../../fixtures/mini-dataset.json' with { type: 'json' };

const raw = {
  title: 'Two steps',
  steps: [
    {
      id: 'letter',
      title: 'The letter',
      caption: 'Dated 8 March 2022.',
      citations: [{ doc: 'open-letter', quote: '8 March, 2022' }],
      view: {
        filters: { coalitions: ['open-letter-2022-03-08'] },
        selection: 'open-letter-2022-03-08',
        zoom: 'selection',
        asOf: '2022-03-08',
      },
    },
    {
      id: 'diaspora',
      title: 'Diaspora',
      caption: 'Uyghur diaspora groups urged action.',
      citations: [{ doc: 'voa-diaspora-groups', quote: 'Uyghur diaspora groups' }],
      view: {
        filters: { groups: ['diaspora'] },
        highlight: ['world-uyghur-congress'],
        selection: null,
        zoom: 'highlight',
        asOf: null,
      },
    },
  ],
};
const { story, errors } = parseStory(raw, mini as Dataset);

/** A reader mid-way: searching, a document open, other filters, the list view, hide on. */
const busy: ViewState = {
  selection: { type: 'link', id: 'michelle-bachelet--leads--ohchr' },
  query: 'amnesty',
  filters: { ...NO_FILTERS, kinds: ['person'], countries: ['GB'] },
  hideFiltered: true,
  doc: { id: 'open-letter', start: 0, end: 4 },
  view: 'list',
  asOf: '2022-09-02',
  story: null,
  talk: null,
  hidePeople: true,
  present: true,
  cosign: 2,
};

describe('stepViewState', () => {
  it('parses the fixture story without errors', () => expect(errors).toEqual([]));

  it.each([
    {
      name: 'step 1 selects the letter and filters to its coalition',
      index: 0,
      expected: {
        selection: { type: 'node', id: 'open-letter-2022-03-08' },
        filters: { ...NO_FILTERS, coalitions: ['open-letter-2022-03-08'] },
        asOf: '2022-03-08',
        story: 'letter',
        talk: null,
      },
    },
    {
      name: 'step 2 clears the selection, the date and the facets it does not name',
      index: 1,
      expected: {
        selection: null,
        filters: { ...NO_FILTERS, groups: ['diaspora'] },
        asOf: null,
        story: 'diaspora',
        talk: null,
      },
    },
  ])('$name', ({ index, expected }) => {
    const before = JSON.stringify(busy);
    const state = stepViewState(story.steps[index]!, busy);
    expect(state).toEqual({
      ...expected,
      query: '',
      doc: null,
      hideFiltered: true,
      view: 'list',
      hidePeople: true,
      present: true,
      // A step is drawn on the ordinary graph, whose actors and letters it names.
      cosign: null,
    });
    expect(JSON.stringify(busy)).toBe(before);
  });
});

describe('stepIndexFromParam', () => {
  it.each([
    { param: null, expected: { index: 0 } },
    { param: '', expected: { index: 0 } },
    { param: 'letter', expected: { index: 0 } },
    { param: 'diaspora', expected: { index: 1 } },
    {
      param: 'Diaspora',
      expected: {
        index: 0,
        notice: 'Story step "Diaspora" was not found; showing the first step.',
      },
    },
    {
      param: 'nope',
      expected: { index: 0, notice: 'Story step "nope" was not found; showing the first step.' },
    },
  ])('?story=$param → $expected.index', ({ param, expected }) => {
    expect(stepIndexFromParam(param, story)).toEqual(expected);
  });
});
