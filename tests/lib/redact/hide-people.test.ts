import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  hidePeople,
  mapDocRef,
  mapOffset,
  type Shift,
} from '../../../src/lib/redact/hide-people.ts';
import type { Dataset } from '../../../src/lib/types.ts';
import { fixture, PEOPLE_NAMES } from '../export/helpers.ts';

const real = (): Dataset =>
  JSON.parse(
    readFileSync(new URL('../../../data/coalition.json', import.meta.url), 'utf8'),
  ) as Dataset;

describe('mapOffset', () => {
  // "Aysel Tohti met X" → "Person 1 met X": one span 0–11 → 0–8.
  const shifts: Shift[] = [{ start: 0, end: 11, newStart: 0, newEnd: 8 }];
  const cases = [
    { name: 'after the span', offset: 12, side: 'start', dir: 'hide', expected: 9 },
    { name: 'at its start', offset: 0, side: 'start', dir: 'hide', expected: 0 },
    { name: 'at its end', offset: 11, side: 'end', dir: 'hide', expected: 8 },
    { name: 'inside, as a start', offset: 6, side: 'start', dir: 'hide', expected: 0 },
    { name: 'inside, as an end', offset: 6, side: 'end', dir: 'hide', expected: 8 },
    { name: 'back again', offset: 9, side: 'start', dir: 'show', expected: 12 },
  ] as const;
  for (const c of cases) {
    it(c.name, () => expect(mapOffset(shifts, c.offset, c.side, c.dir)).toBe(c.expected));
  }
  it('adds up the shifts of earlier spans', () => {
    const two: Shift[] = [
      { start: 0, end: 11, newStart: 0, newEnd: 8 },
      { start: 20, end: 32, newStart: 17, newEnd: 25 },
    ];
    expect(mapOffset(two, 40, 'start', 'hide')).toBe(33);
    expect(mapOffset(two, 33, 'start', 'show')).toBe(40);
  });
});

describe('hidePeople', () => {
  it('names each person "Person N", drops their aliases, keeps ids and order', () => {
    const ds = fixture();
    const before = JSON.stringify(ds);
    const { dataset } = hidePeople(ds);
    expect(JSON.stringify(ds)).toBe(before); // not mutated
    expect(dataset.nodes.map((n) => n.id)).toEqual(ds.nodes.map((n) => n.id));
    const tohti = dataset.nodes.find((n) => n.id === 'aysel-tohti');
    expect(tohti?.name).toBe('Person 1');
    expect(tohti?.aliases).toEqual([]);
    expect(dataset.nodes.find((n) => n.id === 'letter')?.name).toBe(
      ds.nodes.find((n) => n.id === 'letter')?.name,
    );
  });

  it('leaves no name or alias of a person anywhere in the fixture', () => {
    const text = JSON.stringify(hidePeople(fixture()).dataset);
    for (const name of PEOPLE_NAMES.filter((n) => n.includes(' ')))
      expect(text).not.toContain(name);
  });

  it('hides people in the dataset title and description', () => {
    const titled = { ...fixture(), title: 'Aysel Tohti and others', description: 'By J. Ödmark.' };
    const { dataset } = hidePeople(titled);
    expect([dataset.title, dataset.description]).toEqual(['Person 1 and others', 'By Person 2.']);
    expect('title' in hidePeople(fixture()).dataset).toBe(false);
  });

  it('keeps every citation a true span of its (redacted) document', () => {
    const { dataset } = hidePeople(fixture());
    const docs = new Map(dataset.documents.map((d) => [d.id, d.text]));
    const all = [
      ...dataset.nodes.flatMap((n) => n.citations),
      ...dataset.links.flatMap((l) => l.citations),
    ];
    expect(all.length).toBeGreaterThan(0);
    for (const c of all) expect(docs.get(c.doc)?.slice(c.start, c.end)).toBe(c.quote);
  });

  it('on the real dataset: no person name left, citations still exact', () => {
    const ds = real();
    const people = ds.nodes.filter((n) => n.kind === 'person');
    expect(people.length).toBe(18);
    const { dataset } = hidePeople(ds);
    const text = JSON.stringify(dataset);
    for (const p of people)
      for (const name of [p.name, ...p.aliases]) expect(text).not.toContain(name);
    const docs = new Map(dataset.documents.map((d) => [d.id, d.text]));
    for (const n of dataset.nodes) {
      for (const c of n.citations) expect(docs.get(c.doc)?.slice(c.start, c.end)).toBe(c.quote);
    }
    for (const l of dataset.links) {
      for (const c of l.citations) expect(docs.get(c.doc)?.slice(c.start, c.end)).toBe(c.quote);
    }
  });

  it('is computed once per dataset', () => {
    const ds = fixture();
    expect(hidePeople(ds)).toBe(hidePeople(ds));
  });
});

describe('mapDocRef', () => {
  it('moves a passage into the redacted text and back', () => {
    const ds = real();
    const hidden = hidePeople(ds);
    const c = ds.links
      .flatMap((l) => l.citations)
      .find((x) => (hidden.shifts.get(x.doc) ?? []).some((s) => s.end <= x.start));
    expect(c).toBeDefined();
    if (!c) return;
    const ref = { id: c.doc, start: c.start, end: c.end };
    const there = mapDocRef(hidden, ref, 'hide');
    const text = hidden.dataset.documents.find((d) => d.id === c.doc)?.text ?? '';
    expect(text.slice(there.start, there.end).length).toBeGreaterThan(0);
    expect(mapDocRef(hidden, there, 'show')).toEqual(ref);
  });
});
