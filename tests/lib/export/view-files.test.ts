import { describe, expect, it } from 'vitest';
import {
  localDate,
  shownIds,
  viewFile,
  viewFileName,
  type ViewExport,
} from '../../../src/lib/export/view-files.ts';
import { elements, fixture, parseCsv, parseXml } from './helpers.ts';

const ds = fixture();
const SHOWN = ['letter', 'aysel-tohti', 'example-uyghur-association-in-finland', 'not-a-node'];

function view(over: Partial<ViewExport> = {}): ViewExport {
  return {
    ds,
    positions: new Map(ds.nodes.map((n, i) => [n.id, { x: i * 20, y: (i % 3) * 20 }])),
    visible: new Set(SHOWN),
    faded: new Set(),
    selection: null,
    hidePeople: false,
    theme: 'light',
    title: 'Coalition Atlas',
    summary: 'Showing 3 of 9 nodes · group: diaspora',
    width: 800,
    height: 450,
    date: '2026-11-22',
    ...over,
  };
}

describe('view files', () => {
  it('shownIds keeps dataset order and drops unknown ids', () => {
    expect(shownIds(ds, new Set(SHOWN))).toEqual([
      'letter',
      'example-uyghur-association-in-finland',
      'aysel-tohti',
    ]);
  });

  const names = [
    {
      name: 'from the summary',
      v: view(),
      expected: 'coalition-atlas-3-of-9-nodes-group-diaspora-2026-11-22.csv',
    },
    {
      name: 'a person named in the summary is redacted',
      v: view({ summary: 'Showing 2 of 9 nodes · coalition: Aysel Tohti', hidePeople: true }),
      expected: 'coalition-atlas-2-of-9-nodes-coalition-person-1-2026-11-22.csv',
    },
  ];
  for (const { name, v, expected } of names) {
    it(`file name ${name}`, () => expect(viewFileName(v, 'csv')).toBe(expected));
  }

  it('CSV, GEXF and GraphML cover exactly the shown nodes', () => {
    const v = view();
    expect(parseCsv(viewFile('csv', v).text.slice(1))).toHaveLength(1 + 3);
    const gexf = parseXml(viewFile('gexf', v).text);
    expect(gexf.errors).toEqual([]);
    expect(elements(gexf.doc, 'http://gexf.net/1.3', 'node')).toHaveLength(3);
    const graphml = parseXml(viewFile('graphml', v).text);
    expect(graphml.errors).toEqual([]);
    expect(elements(graphml.doc, 'http://graphml.graphdrawing.org/xmlns', 'node')).toHaveLength(3);
  });

  it('names each file for its format and gives its media type', () => {
    const v = view();
    expect(viewFile('svg', v)).toMatchObject({
      filename: 'coalition-atlas-3-of-9-nodes-group-diaspora-2026-11-22.svg',
      mime: 'image/svg+xml;charset=utf-8',
    });
    expect(viewFile('gexf', v).filename).toMatch(/\.gexf$/);
    expect(viewFile('svg', v).text).toContain('Showing 3 of 9 nodes · group: diaspora');
  });

  it('hides people in the data files too', () => {
    const text = viewFile('csv', view({ hidePeople: true })).text;
    expect(text).not.toMatch(/tohti/i);
    expect(text).toContain('Person 1');
  });

  it('localDate is the local calendar day', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
