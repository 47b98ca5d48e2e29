import { describe, expect, it } from 'vitest';
import {
  compareDates,
  datedEvents,
  firstDay,
  isPartialIsoDate,
  playSteps,
  timelineBounds,
  visibleAsOf,
} from '../../../src/lib/timeline/timeline.ts';
import type { Dataset } from '../../../src/lib/types.ts';
import mini from '../../fixtures/mini-dataset.json' with { type: 'json' };
import { timelineFixture } from './fixture.ts';

const sorted = (s: Set<string>) => [...s].sort();
/** Shown at every date: undated nodes and the undated links. */
const ALWAYS = ['ministry', 'ngo-a', 'loner', 'person', 'spokesperson'];
const UNDATED_LINKS = ['person--leads--ngo-a', 'spokesperson--spokesperson_for--ministry'];

describe('firstDay and compareDates', () => {
  it.each([
    { input: '2020', expected: '2020-01-01' },
    { input: '2022-04', expected: '2022-04-01' },
    { input: '2022-08-31', expected: '2022-08-31' },
  ])('firstDay($input) → $expected', ({ input, expected }) => {
    expect(firstDay(input)).toBe(expected);
  });

  it.each(['2022-4', '31/08/2022', '', '2022-13', '2022-08-32'])('rejects %j', (input) => {
    expect(isPartialIsoDate(input)).toBe(false);
    expect(() => firstDay(input)).toThrow(RangeError);
  });

  it.each([
    { a: '2022', b: '2022-01-01', expected: 0 },
    { a: '2022-04', b: '2022-03-31', expected: 1 },
    { a: '2020', b: '2022-03-08', expected: -1 },
  ])('compareDates($a, $b) → $expected', ({ a, b, expected }) => {
    expect(Math.sign(compareDates(a, b))).toBe(expected);
  });
});

describe('visibleAsOf', () => {
  const cases = [
    {
      name: 'before anything happened: only the undated',
      asOf: '2019-12-31',
      nodes: ALWAYS,
      links: UNDATED_LINKS,
    },
    {
      name: 'a year-only date counts from 1 January',
      asOf: '2020-01-01',
      nodes: [...ALWAYS, 'experts', 'statement-2020'],
      links: [...UNDATED_LINKS, 'experts--authored--statement-2020'],
    },
    {
      name: 'the letter and its signers; ngo-b shown by its dated link, ngo-c not yet',
      asOf: '2022-03-31',
      nodes: [...ALWAYS, 'experts', 'statement-2020', 'letter', 'ngo-b'],
      links: [
        ...UNDATED_LINKS,
        'experts--authored--statement-2020',
        'ngo-a--signed--letter',
        'ngo-b--signed--letter',
        'letter--cited--statement-2020',
      ],
    },
    {
      name: 'a month-only date counts from its first day; an undated link takes its coalition’s date',
      asOf: '2022-04',
      nodes: [...ALWAYS, 'experts', 'statement-2020', 'letter', 'ngo-b', 'joint-letter', 'ngo-c'],
      links: [
        ...UNDATED_LINKS,
        'experts--authored--statement-2020',
        'ngo-a--signed--letter',
        'ngo-b--signed--letter',
        'letter--cited--statement-2020',
        'ngo-b--signed--joint-letter',
        'ngo-c--signed--joint-letter',
      ],
    },
    {
      name: 'the report, but not yet the reaction dated the next day',
      asOf: '2022-08-31',
      nodes: [
        ...ALWAYS,
        'experts',
        'statement-2020',
        'letter',
        'ngo-b',
        'joint-letter',
        'ngo-c',
        'report',
      ],
      links: [
        ...UNDATED_LINKS,
        'experts--authored--statement-2020',
        'ngo-a--signed--letter',
        'ngo-b--signed--letter',
        'letter--cited--statement-2020',
        'ngo-b--signed--joint-letter',
        'ngo-c--signed--joint-letter',
      ],
    },
  ];

  it.each(cases)('$name ($asOf)', ({ asOf, nodes, links }) => {
    const ds = timelineFixture();
    const before = JSON.stringify(ds);
    const result = visibleAsOf(ds, asOf);
    expect(sorted(result.nodes)).toEqual([...nodes].sort());
    expect(sorted(result.links)).toEqual([...links].sort());
    expect(sorted(result.undated)).toEqual([...ALWAYS, ...UNDATED_LINKS].sort());
    expect(JSON.stringify(ds)).toBe(before);
  });

  it.each([null, '2022-09-01', '2030'])('shows everything as of %j', (asOf) => {
    const ds = timelineFixture();
    const result = visibleAsOf(ds, asOf);
    expect(result.nodes.size).toBe(ds.nodes.length);
    expect(result.links.size).toBe(ds.links.length);
  });

  it('never shows a link without both of its ends', () => {
    const ds = timelineFixture();
    for (const day of ['2019', ...playSteps(ds)]) {
      const { nodes, links } = visibleAsOf(ds, day);
      for (const l of ds.links.filter((x) => links.has(x.id))) {
        expect([nodes.has(l.source), nodes.has(l.target)]).toEqual([true, true]);
      }
    }
  });

  it('throws a RangeError naming a malformed date', () => {
    expect(() => visibleAsOf(timelineFixture(), 'last week')).toThrow(
      '"last week" is not an ISO date',
    );
  });

  it('on the mini dataset: the WUC statement, its author link and its addressee wait for 31 August', () => {
    const ds = mini as Dataset;
    const march = visibleAsOf(ds, '2022-03-08');
    expect(march.nodes.has('wuc-statement-2022-08-31')).toBe(false);
    expect(march.nodes.has('un-office-on-genocide-prevention')).toBe(false);
    expect(march.links.has('world-uyghur-congress--authored--wuc-statement-2022-08-31')).toBe(
      false,
    );
    expect(march.nodes.size).toBe(ds.nodes.length - 2);
    const august = visibleAsOf(ds, '2022-08-31');
    expect(august.nodes.size).toBe(ds.nodes.length);
    expect(sorted(august.undated)).toEqual([
      'chinese-foreign-ministry',
      'dolkun-isa',
      'dolkun-isa--leads--world-uyghur-congress',
      'michelle-bachelet',
      'michelle-bachelet--leads--ohchr',
      'ohchr',
      'wang-wenbin',
      'wang-wenbin--spokesperson_for--chinese-foreign-ministry',
      'world-uyghur-congress',
    ]);
  });
});

describe('datedEvents, timelineBounds, playSteps', () => {
  it('lists dated nodes and dated links, oldest first, nodes before links on a day', () => {
    const events = datedEvents(timelineFixture());
    expect(events.map((e) => [e.date, e.nodeId ?? e.linkId])).toEqual([
      ['2020', 'statement-2020'],
      ['2022-03-08', 'letter'],
      ['2022-03-08', 'letter--cited--statement-2020'],
      ['2022-03-08', 'ngo-a--signed--letter'],
      ['2022-03-08', 'ngo-b--signed--letter'],
      ['2022-04', 'joint-letter'],
      ['2022-08-31', 'report'],
      ['2022-09-01', 'us--welcomed--report'],
    ]);
    expect(events[0]).toEqual({ date: '2020', nodeId: 'statement-2020', label: 'STATEMENT-2020' });
    expect(events[7]).toEqual({
      date: '2022-09-01',
      linkId: 'us--welcomed--report',
      label: 'US welcomed REPORT',
    });
  });

  it('gives the first and last event day, and the distinct days to play', () => {
    const ds = timelineFixture();
    expect(timelineBounds(ds)).toEqual({ first: '2020-01-01', last: '2022-09-01' });
    expect(playSteps(ds)).toEqual([
      '2020-01-01',
      '2022-03-08',
      '2022-04-01',
      '2022-08-31',
      '2022-09-01',
    ]);
  });

  it('has no bounds and nothing to play when nothing is dated', () => {
    const ds: Dataset = { ...timelineFixture(), links: [] };
    ds.nodes = ds.nodes.map((n) => ({ ...n, date: null }));
    expect(timelineBounds(ds)).toBeNull();
    expect(playSteps(ds)).toEqual([]);
    expect(visibleAsOf(ds, '2022').nodes.size).toBe(ds.nodes.length);
  });

  it('labels a link with its ends’ names and relation in words', () => {
    const events = datedEvents(mini as Dataset);
    const addressed = events.find(
      (e) => e.linkId === 'open-letter-2022-03-08--addressed_to--michelle-bachelet',
    );
    expect(addressed?.label).toBe('Open letter of 8 March 2022 addressed to Michelle Bachelet');
  });
});
