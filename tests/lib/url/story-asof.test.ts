import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  parseViewState,
  serializeViewState,
  type ViewState,
} from '../../../src/lib/url/state.ts';
import { loadMini } from '../graph/mini.ts';

const ds = loadMini();
const view = (partial: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...partial });

describe('story and asof in the URL', () => {
  it.each([
    { name: 'a story step', state: view({ story: 'open-letter' }), url: '?story=open-letter' },
    { name: 'a day', state: view({ asOf: '2022-08-31' }), url: '?asof=2022-08-31' },
    { name: 'a year (as story steps write it)', state: view({ asOf: '2020' }), url: '?asof=2020' },
    {
      name: 'a step with its view: story first, asof last',
      state: view({
        story: 'report-released',
        selection: { type: 'node', id: 'ohchr' },
        asOf: '2022-08-31',
      }),
      url: '?story=report-released&node=ohchr&asof=2022-08-31',
    },
  ])('round-trips $name', ({ state, url }) => {
    expect(serializeViewState(state)).toBe(url);
    expect(parseViewState(url, ds)).toEqual({ state, notices: [] });
  });

  it.each([
    {
      name: 'a date that is not ISO',
      url: '?asof=31/08/2022',
      notice: 'Ignored asof "31/08/2022": expected a date such as 2022-08-31.',
    },
    {
      name: 'a month 13',
      url: '?asof=2022-13-01',
      notice: 'Ignored asof "2022-13-01": expected a date such as 2022-08-31.',
    },
    {
      name: 'a step id that is not a slug',
      url: '?story=Open%20Letter',
      notice: 'Ignored story "Open Letter": a story step id has letters, digits and "-" only.',
    },
  ])('drops $name with a notice', ({ url, notice }) => {
    expect(parseViewState(url, ds)).toEqual({ state: DEFAULT_VIEW, notices: [notice] });
  });

  it('keeps an unknown but well-formed step id: the story decides (stepIndexFromParam)', () => {
    expect(parseViewState('?story=no-such-step', ds).state.story).toBe('no-such-step');
  });
});
