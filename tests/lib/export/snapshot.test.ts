import { readFileSync } from 'node:fs';
import type { Document, Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { personAliases } from '../../../src/lib/redact/anonymise.ts';
import {
  sourceLine,
  viewSnapshotSvg,
  type SnapshotInput,
} from '../../../src/lib/export/snapshot.ts';
import { PRESETS, visibleIds } from '../../../src/lib/graph/filter.ts';
import { indexGraph } from '../../../src/lib/graph/graph-index.ts';
import { computeLayout } from '../../../src/lib/graph/layout.ts';
import { GROUPS, NODE_KINDS, type Dataset } from '../../../src/lib/types.ts';
import { elements, fixture, parseXml } from './helpers.ts';

const SVG = 'http://www.w3.org/2000/svg';
const load = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Dataset;
const real = load('data/coalition.json');
const mini = load('tests/fixtures/mini-dataset.json');
const exportFixture = fixture();

/** Positions computed once per dataset (the layout is the slow part). */
const layouts = new Map<Dataset, Map<string, { x: number; y: number }>>(
  [real, mini, exportFixture].map((ds) => [ds, computeLayout(ds, { ticks: 60 })]),
);

const ids = (ds: Dataset) => new Set(ds.nodes.map((n) => n.id));
const complement = (ds: Dataset, shown: Set<string>) =>
  new Set(ds.nodes.map((n) => n.id).filter((id) => !shown.has(id)));

function input(ds: Dataset, over: Partial<SnapshotInput> = {}): SnapshotInput {
  return {
    ds,
    positions: layouts.get(ds)!,
    visible: ids(ds),
    faded: new Set(),
    selection: null,
    hidePeople: false,
    theme: 'light',
    title: 'Coalition Atlas',
    subtitle: `Showing all ${ds.nodes.length} nodes`,
    width: 1280,
    height: 720,
    ...over,
  };
}

function parse(svg: string): Document {
  const { doc, errors } = parseXml(svg);
  expect(errors).toEqual([]);
  return doc;
}

const all = (doc: Document, name: string) => elements(doc, SVG, name);
const byClass = (doc: Document, name: string, cls: string) =>
  all(doc, name).filter((e) => e.getAttribute('class') === cls);
const nodeShapes = (doc: Document, state: 'shown' | 'faded') =>
  byClass(doc, 'path', 'node').filter((e) => e.getAttribute('data-state') === state);
const text = (els: Element[]) => els.map((e) => e.textContent ?? '').join(' ');
/** XML escapes a name could hide behind, undone; lower case. */
const plain = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .toLowerCase();

const realIndex = indexGraph(real);
const diaspora = visibleIds(real, realIndex, PRESETS.diaspora);
const international = visibleIds(real, realIndex, PRESETS.international);
const miniDiaspora = visibleIds(mini, indexGraph(mini), PRESETS.diaspora);

describe('viewSnapshotSvg: one node shape per shown node', () => {
  const cases = [
    { name: 'real data, everything', inp: input(real), faded: 0 },
    {
      name: 'real data, diaspora, others faded',
      inp: input(real, { visible: diaspora, faded: complement(real, diaspora) }),
      faded: real.nodes.length - diaspora.size,
    },
    {
      name: 'real data, international, others hidden',
      inp: input(real, { visible: international }),
      faded: 0,
    },
    {
      name: 'mini dataset, diaspora, dark theme',
      inp: input(mini, { visible: miniDiaspora, theme: 'dark' }),
      faded: 0,
    },
    { name: 'nothing shown', inp: input(mini, { visible: new Set() }), faded: 0 },
  ];
  for (const { name, inp, faded } of cases) {
    it(name, () => {
      const doc = parse(viewSnapshotSvg(inp));
      expect(nodeShapes(doc, 'shown')).toHaveLength(inp.visible.size);
      expect(nodeShapes(doc, 'faded')).toHaveLength(faded);
      expect(all(doc, 'path').filter((e) => e.getAttribute('class') === 'node')).toHaveLength(
        inp.visible.size + faded,
      );
    });
  }

  it('is a standalone SVG document of the requested size', () => {
    const svg = viewSnapshotSvg(input(real));
    const root = parse(svg).documentElement!;
    expect(root.namespaceURI).toBe(SVG);
    expect(root.getAttribute('viewBox')).toBe('0 0 1280 720');
    expect(root.getAttribute('width')).toBe('1280');
    expect(root.getAttribute('font-family')).toMatch(/^system-ui, /);
    // No stylesheet, no image, no link out: only the in-document clip path is referenced.
    expect(svg).not.toMatch(/<style|<image|href=|@import|<script/);
    expect(svg.match(/url\([^)]*\)/g)).toEqual(['url(#graph-area)']);
  });
});

describe('viewSnapshotSvg: title, subtitle, legend, source line', () => {
  const inp = input(real, {
    visible: diaspora,
    faded: complement(real, diaspora),
    title: 'Diaspora groups & the 8 March <letter>',
    subtitle: `Showing ${diaspora.size} of ${real.nodes.length} nodes · group: diaspora`,
  });
  const doc = parse(viewSnapshotSvg(inp));

  it('writes the title and subtitle, escaped', () => {
    expect(text(byClass(doc, 'text', 'title'))).toBe('Diaspora groups & the 8 March <letter>');
    expect(text(byClass(doc, 'text', 'subtitle'))).toBe(inp.subtitle);
  });

  it('names the five publishers, Coalition Atlas and the edition at the bottom', () => {
    const source = text(byClass(doc, 'text', 'source'));
    expect(real.documents).toHaveLength(5);
    for (const p of ['Open letter', 'Daily Caller', 'UNPO', 'VOA']) {
      expect(source).toContain(p);
    }
    expect(source).toContain('Victims of Communism Memorial Foundation');
    expect(source).toContain(`Coalition Atlas, dataset v1, edition ${real.edition}`);
    expect(source).toBe(sourceLine(real));
  });

  const legend = (d: Document, type: string) =>
    all(d, 'g')
      .filter((e) => e.getAttribute('data-legend') === type)
      .map((e) => e.getAttribute('data-value'));
  const legendCases = [
    { name: 'real data, diaspora', ds: real, visible: diaspora },
    { name: 'real data, international', ds: real, visible: international },
    { name: 'real data, everything', ds: real, visible: ids(real) },
    { name: 'mini dataset, everything', ds: mini, visible: ids(mini) },
  ];
  for (const { name, ds, visible } of legendCases) {
    it(`legend lists exactly the groups and kinds shown: ${name}`, () => {
      const d = parse(viewSnapshotSvg(input(ds, { visible })));
      const shown = ds.nodes.filter((n) => visible.has(n.id));
      const groups = GROUPS.filter((g) => shown.some((n) => n.group === g));
      expect(legend(d, 'group')).toEqual(groups);
      expect(legend(d, 'kind')).toEqual(NODE_KINDS.filter((k) => shown.some((n) => n.kind === k)));
      expect(groups.length).toBeGreaterThan(0);
    });
  }
  it('the diaspora view has one group in its legend', () => {
    expect(legend(doc, 'group')).toEqual(['diaspora']);
  });
});

describe('viewSnapshotSvg: placement', () => {
  const translate = (e: Element) =>
    (/translate\(([-\d.]+),([-\d.]+)\)/.exec(e.getAttribute('transform') ?? '') ?? [])
      .slice(1)
      .map(Number) as [number, number];

  it('fits every shown node between the subtitle and the legend', () => {
    const doc = parse(viewSnapshotSvg(input(real, { visible: international })));
    const top = Number(byClass(doc, 'text', 'subtitle')[0]!.getAttribute('y'));
    const bottom = Number(all(doc, 'line').at(-1)!.getAttribute('y1'));
    for (const e of nodeShapes(doc, 'shown')) {
      const [x, y] = translate(e);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(1280);
      expect(y).toBeGreaterThan(top);
      expect(y).toBeLessThan(bottom);
    }
  });

  it('with a transform, shows what the screen showed (its centre stays the centre)', () => {
    const ds = exportFixture;
    const positions = new Map(ds.nodes.map((n, i) => [n.id, { x: i * 10, y: 0 }]));
    const doc = parse(
      viewSnapshotSvg(input(ds, { positions, transform: { x: 640, y: 360, k: 1 } })),
    );
    const first = nodeShapes(doc, 'shown').find((e) => e.getAttribute('data-id') === 'letter')!;
    expect(translate(first)[0]).toBeCloseTo(640, 1);
  });
});

describe('viewSnapshotSvg: selection and labels', () => {
  it('labels the selected node and draws a selected link in the selection colour', () => {
    const link = real.links.find((l) => l.source === 'dolkun-isa')!;
    const doc = parse(
      viewSnapshotSvg(input(real, { selection: { type: 'link', id: link.id }, theme: 'dark' })),
    );
    const labels = text(all(doc, 'text'));
    expect(labels).toContain('Dolkun Isa');
    expect(all(doc, 'line').filter((l) => l.getAttribute('stroke') === '#ff9a5c')).toHaveLength(1);
  });

  it('labels hubs: the 8 March letter', () => {
    const doc = parse(viewSnapshotSvg(input(real)));
    // Its title is too long for a label: it goes by its alias (labels/text.ts).
    expect(text(all(doc, 'text'))).toContain('8 March 2022 open letter');
  });
});

describe('viewSnapshotSvg: hidePeople', () => {
  for (const [name, ds] of [
    ['real data', real],
    ['mini dataset', mini],
    ['export fixture', exportFixture],
  ] as const) {
    const people = ds.nodes.filter((n) => n.kind === 'person');
    const revealing = people
      .flatMap((n) => [n.name, ...n.aliases, n.id])
      .map((s) => s.toLowerCase());
    const person = people[0]!;
    // The worst case: a person selected (so labelled), named in the title and the subtitle.
    const inp = (hidePeople: boolean) =>
      input(ds, {
        hidePeople,
        selection: { type: 'node', id: person.id },
        title: `${person.name} and the coalition`,
        subtitle: `Showing all · coalition: statement by ${person.name}`,
      });

    it(`${name}: no person's name, alias or id anywhere`, () => {
      const svg = viewSnapshotSvg(inp(true));
      parse(svg);
      expect(people.length).toBeGreaterThan(0);
      expect(revealing.filter((s) => plain(svg).includes(s))).toEqual([]);
      expect(svg).toContain(`>${personAliases(ds).get(person.id)!}<`);
    });

    it(`${name}: without the option the name is there (so the check above can fail)`, () => {
      expect(plain(viewSnapshotSvg(inp(false)))).toContain(person.name.toLowerCase());
    });
  }
});

describe('viewSnapshotSvg: purity', () => {
  it('is deterministic and leaves its inputs alone', () => {
    const ds = structuredClone(mini);
    const before = structuredClone(ds);
    const positions = computeLayout(ds, { ticks: 30 });
    const posBefore = JSON.stringify([...positions]);
    const visible = new Set(miniDiaspora);
    const faded = complement(ds, visible);
    const inp = input(ds, {
      positions,
      visible,
      faded,
      selection: { type: 'node', id: 'dolkun-isa' },
    });
    const a = viewSnapshotSvg(inp);
    const b = viewSnapshotSvg({ ...inp, positions: new Map(positions), visible: new Set(visible) });
    expect(a).toBe(b);
    expect(ds).toEqual(before);
    expect(JSON.stringify([...positions])).toBe(posBefore);
    expect([...visible].sort()).toEqual([...miniDiaspora].sort());
    expect(faded.size).toBe(ds.nodes.length - visible.size);
  });
});
