/**
 * A relation that ended (`until`): a president leads the country to the last day of the term,
 * the next one from the first, so no date shows both.
 */
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../../src/lib/dataset/check.ts';
import { lastDay, visibleAsOf } from '../../../src/lib/timeline/timeline.ts';
import type { Dataset, GraphLink } from '../../../src/lib/types.ts';
import { timelineFixture } from './fixture.ts';

const lead = (source: string, extra: Partial<GraphLink>): GraphLink => ({
  id: `${source}--leads--us`,
  source,
  target: 'us',
  relation: 'leads',
  citations: [],
  date: null,
  note: null,
  ...extra,
});

function withPresidents(): Dataset {
  const ds = timelineFixture();
  const person = ds.nodes.find((n) => n.id === 'person')!;
  ds.nodes.push({ ...person, id: 'old-president' }, { ...person, id: 'new-president' });
  ds.links.push(
    lead('old-president', { until: '2021-01-20' }),
    lead('new-president', { date: '2021-01-20' }),
  );
  return ds;
}

const leaders = (asOf: string | null) => {
  const shown = visibleAsOf(withPresidents(), asOf).links;
  return ['old-president', 'new-president'].filter((p) => shown.has(`${p}--leads--us`));
};

describe('lastDay', () => {
  it.each([
    { input: '2021', expected: '2021-12-31' },
    { input: '2024-02', expected: '2024-02-29' },
    { input: '2023-02', expected: '2023-02-28' },
    { input: '2021-01-20', expected: '2021-01-20' },
  ])('lastDay($input) → $expected', ({ input, expected }) => {
    expect(lastDay(input)).toBe(expected);
  });

  it('rejects what is not a date', () => {
    expect(() => lastDay('20/01/2021')).toThrow(RangeError);
  });
});

describe('visibleAsOf with until', () => {
  it.each([
    { asOf: '2020', expected: ['old-president'] },
    { asOf: '2021-01-19', expected: ['old-president'] },
    { asOf: '2021-01-20', expected: ['old-president', 'new-president'] },
    { asOf: '2021-01-21', expected: ['new-president'] },
    { asOf: '2022-03-08', expected: ['new-president'] },
    { asOf: null, expected: ['old-president', 'new-president'] },
  ])('as of $asOf the leaders are $expected', ({ asOf, expected }) => {
    expect(leaders(asOf)).toEqual(expected);
  });

  it('hides a person whose only relation has ended, and keeps the link among the undated', () => {
    const after = visibleAsOf(withPresidents(), '2022-03-08');
    expect(after.nodes.has('old-president')).toBe(false);
    expect(after.nodes.has('new-president')).toBe(true);
    expect(after.undated.has('old-president--leads--us')).toBe(true);
    expect(visibleAsOf(withPresidents(), '2020').nodes.has('old-president')).toBe(true);
  });

  it('an until counts to the end of its year or month', () => {
    const ds = withPresidents();
    ds.links.find((l) => l.source === 'old-president')!.until = '2021';
    expect(visibleAsOf(ds, '2021-12-31').links.has('old-president--leads--us')).toBe(true);
    expect(visibleAsOf(ds, '2022').links.has('old-president--leads--us')).toBe(false);
  });
});

describe('checkDataset and until', () => {
  it('names a link whose until is before its date, and accepts a coarse until over its date', () => {
    const ds = withPresidents();
    const link = ds.links.find((l) => l.source === 'new-president')!;
    link.until = '2021-01-19';
    const i = ds.links.indexOf(link);
    expect(checkDataset(ds).filter((x) => x.path.endsWith('.until'))).toEqual([
      {
        path: `links[${i}].until`,
        message: `links[${i}] (id "new-president--leads--us"): until "2021-01-19" is before its date "2021-01-20"`,
      },
    ]);
    link.until = '2021';
    expect(checkDataset(ds).filter((x) => x.path.endsWith('.until'))).toEqual([]);
  });
});
