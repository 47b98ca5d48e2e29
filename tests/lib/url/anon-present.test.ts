import { describe, expect, it } from 'vitest';
import { hidePeople, privateId, publicId } from '../../../src/lib/redact/hide-people.ts';
import {
  DEFAULT_VIEW,
  parseViewState,
  serializeViewState,
  type ViewState,
} from '../../../src/lib/url/state.ts';
import { loadMini } from '../graph/mini.ts';

const ds = loadMini();
const view = (partial: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...partial });

describe('anon and present in the URL', () => {
  it.each([
    { name: 'people hidden', state: view({ hidePeople: true }), url: '?anon=1' },
    { name: 'presenter view', state: view({ present: true }), url: '?present=1' },
    {
      name: 'both, after the filters, in a fixed order',
      state: view({
        filters: { ...DEFAULT_VIEW.filters, groups: ['diaspora'] },
        hidePeople: true,
        present: true,
      }),
      url: '?group=diaspora&anon=1&present=1',
    },
  ])('round-trips $name', ({ state, url }) => {
    expect(serializeViewState(state)).toBe(url);
    expect(parseViewState(url, ds)).toEqual({ state, notices: [] });
  });

  it('leaves both out by default', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('', ds).state.hidePeople).toBe(false);
  });

  it.each([
    { search: '?anon=yes', notice: 'Ignored anon "yes": expected 1 or 0.' },
    { search: '?present=2', notice: 'Ignored present "2": expected 1 or 0.' },
  ])('drops $search with a notice', ({ search, notice }) => {
    const { state, notices } = parseViewState(search, ds);
    expect(state).toEqual(DEFAULT_VIEW);
    expect(notices).toEqual([notice]);
  });

  it('reads a person by stand-in id when people are hidden', () => {
    const { state, notices } = parseViewState('?node=person-1&anon=1', ds);
    expect(notices).toEqual([]);
    expect(state.selection).toEqual({ type: 'node', id: 'dolkun-isa' });
  });

  it('does not read stand-in ids when people are shown', () => {
    const { state, notices } = parseViewState('?node=person-1', ds);
    expect(state.selection).toBeNull();
    expect(notices).toEqual(['Ignored node "person-1": no such node in this dataset.']);
  });

  it('checks a passage against the redacted text when people are hidden', () => {
    const text = hidePeople(ds).dataset.documents[0]?.text ?? '';
    const id = ds.documents[0]?.id ?? '';
    const { state, notices } = parseViewState(`?doc=${id}:0-${text.length}&anon=1`, ds);
    expect(notices).toEqual([]);
    expect(state.doc).toEqual({ id, start: 0, end: text.length });
  });
});

describe('publicId and privateId', () => {
  const { aliases } = hidePeople(ds);
  it.each([
    { real: 'dolkun-isa', shown: 'person-1' },
    {
      real: 'dolkun-isa--leads--world-uyghur-congress',
      shown: 'person-1--leads--world-uyghur-congress',
    },
    { real: 'world-uyghur-congress', shown: 'world-uyghur-congress' },
  ])('$real ↔ $shown', ({ real, shown }) => {
    expect(publicId(real, aliases)).toBe(shown);
    expect(privateId(shown, aliases)).toBe(real);
  });
});
