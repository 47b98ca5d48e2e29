import { describe, expect, it } from 'vitest';
import { stopIndex, timelineStops } from '../../../src/lib/timeline/stops.ts';
import { datedEvents, playSteps } from '../../../src/lib/timeline/timeline.ts';
import { timelineFixture } from './fixture.ts';

const ds = timelineFixture();
const before = structuredClone(ds);
const stops = timelineStops(ds);

describe('timelineStops', () => {
  it('has one stop per play step, in order', () => {
    expect(stops.map((s) => s.day)).toEqual(playSteps(ds));
  });

  it('counts every dated event once', () => {
    expect(stops.reduce((n, s) => n + s.events, 0)).toBe(datedEvents(ds).length);
  });

  it('keeps the date as written: the most precise one on that day', () => {
    const written = new Set(datedEvents(ds).map((e) => e.date));
    for (const s of stops) {
      expect(written.has(s.asOf)).toBe(true);
      expect(s.day.startsWith(s.asOf)).toBe(true);
    }
    const year = stops.find((s) => s.day === '2020-01-01');
    expect(year?.asOf).toBe('2020');
  });

  it('does not mutate the dataset', () => {
    expect(ds).toEqual(before);
  });
});

describe('stopIndex', () => {
  const hand = [
    { day: '2020-01-01', asOf: '2020', events: 1 },
    { day: '2022-03-08', asOf: '2022-03-08', events: 1 },
    { day: '2022-08-31', asOf: '2022-08-31', events: 1 },
  ];
  it.each([
    { name: 'all dates → the end', asOf: null, expected: 2 },
    { name: 'before everything → the start', asOf: '1999', expected: 0 },
    { name: 'a year → its first day', asOf: '2020', expected: 0 },
    { name: 'exactly a stop', asOf: '2022-03-08', expected: 1 },
    { name: 'a day between two stops → the earlier', asOf: '2022-06-01', expected: 1 },
    { name: 'a month before a stop in it → the previous', asOf: '2022-08', expected: 1 },
    { name: 'after everything → the end', asOf: '2099-12-31', expected: 2 },
  ])('$name', ({ asOf, expected }) => {
    expect(stopIndex(hand, asOf)).toBe(expected);
  });
});
