import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/lib/graph/filter.ts';
import { restrictToDate, timedSummary } from '../../../src/lib/timeline/view.ts';
import { timelineFixture } from './fixture.ts';

const ds = timelineFixture();
const total = ds.nodes.length;

describe('restrictToDate', () => {
  it.each([
    {
      name: 'all dates keeps the filtered set',
      visible: ['a', 'b'],
      asOf: null,
      expected: ['a', 'b'],
    },
    {
      name: 'a date keeps the intersection',
      visible: ['a', 'b', 'c'],
      asOf: ['c', 'b', 'z'],
      expected: ['b', 'c'],
    },
    { name: 'nothing yet', visible: ['a'], asOf: [], expected: [] },
  ])('$name', ({ visible, asOf, expected }) => {
    const input = new Set(visible);
    const out = restrictToDate(input, asOf === null ? null : new Set(asOf));
    expect([...out]).toEqual(expected);
    expect([...input]).toEqual(visible);
  });
});

describe('timedSummary', () => {
  const three = new Set(ds.nodes.slice(0, 3).map((n) => n.id));
  it.each([
    {
      name: 'no date: the plain summary',
      filters: NO_FILTERS,
      asOf: null,
      expected: `Showing all ${total} nodes`,
    },
    {
      name: 'a day, no filters',
      filters: NO_FILTERS,
      asOf: '2022-08-31',
      expected: `Showing 3 of ${total} nodes as of 31 August 2022`,
    },
    {
      name: 'a year',
      filters: NO_FILTERS,
      asOf: '2020',
      expected: `Showing 3 of ${total} nodes as of 2020`,
    },
    {
      name: 'a month with a filter: the facets follow',
      filters: { ...NO_FILTERS, kinds: ['coalition' as const] },
      asOf: '2022-04',
      expected: `Showing 3 of ${total} nodes as of April 2022 · kind: coalition`,
    },
  ])('$name', ({ filters, asOf, expected }) => {
    const visible = asOf === null ? new Set(ds.nodes.map((n) => n.id)) : three;
    expect(timedSummary(ds, visible, filters, asOf)).toBe(expected);
  });
});
