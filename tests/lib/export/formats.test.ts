import { describe, expect, it } from 'vitest';
import { confirmation, formatOf, FORMATS } from '../../../src/lib/export/formats.ts';
import { exportFile, type ViewExport } from '../../../src/lib/export/view-files.ts';
import { fixture } from './helpers.ts';

const ds = fixture();
const v: ViewExport = {
  ds,
  positions: new Map(ds.nodes.map((n, i) => [n.id, { x: i * 20, y: (i % 3) * 20 }])),
  visible: new Set(['letter', 'aysel-tohti']),
  faded: new Set(),
  selection: null,
  hidePeople: false,
  theme: 'light',
  title: 'Coalition Atlas',
  summary: 'Showing 2 of 9 nodes',
  width: 800,
  height: 450,
  date: '2026-11-22',
};

describe('the FORMATS table', () => {
  it('lists the menu items in order, with their words for 1 and for 57 shown nodes', () => {
    expect(FORMATS.map((f) => [f.id, f.label(1), f.label(57)])).toEqual([
      ['png', 'PNG image (2×)', 'PNG image (2×)'],
      ['svg', 'SVG image', 'SVG image'],
      ['csv', 'CSV of the 1 shown node', 'CSV of the 57 shown nodes'],
      ['gexf', 'GEXF for Gephi', 'GEXF for Gephi'],
      ['graphml', 'GraphML for Cytoscape', 'GraphML for Cytoscape'],
    ]);
  });

  it.each([
    { id: 'png', extension: 'png', mime: 'image/png' },
    { id: 'svg', extension: 'svg', mime: 'image/svg+xml;charset=utf-8' },
    { id: 'csv', extension: 'csv', mime: 'text/csv;charset=utf-8' },
    { id: 'gexf', extension: 'gexf', mime: 'application/gexf+xml;charset=utf-8' },
    { id: 'graphml', extension: 'graphml', mime: 'application/graphml+xml;charset=utf-8' },
  ] as const)('$id is saved as .$extension, $mime', ({ id, extension, mime }) => {
    expect(formatOf(id)).toMatchObject({ extension, mime });
  });

  it.each([
    { id: 'png', expected: ' (1600×900 px)' },
    { id: 'svg', expected: '' },
    { id: 'csv', expected: ' (2 nodes)' },
    { id: 'gexf', expected: ' (2 nodes)' },
    { id: 'graphml', expected: ' (2 nodes)' },
  ] as const)('the confirmation for $id adds "$expected"', ({ id, expected }) => {
    expect(confirmation(formatOf(id), 2, { width: 800, height: 450 })).toBe(expected);
  });

  it('says "1 node" for one', () => {
    expect(confirmation(formatOf('csv'), 1, v)).toBe(' (1 node)');
  });
});

describe('every text format has a writer', () => {
  it.each(FORMATS.filter((f) => f.id !== 'png'))(
    '$id: a file named for the view, of its media type, with content',
    async (format) => {
      const file = await exportFile(format.id, v);
      expect(file.filename).toBe(`coalition-atlas-2-of-9-nodes-2026-11-22.${format.extension}`);
      expect(file.mime).toBe(format.mime);
      expect(typeof file.data === 'string' && file.data.length > 0).toBe(true);
    },
  );
});
