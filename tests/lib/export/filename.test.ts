import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from '../../../src/lib/export/filename.ts';

describe('exportFileName', () => {
  const cases = [
    {
      name: 'the usual',
      input: ['Diaspora', 'gexf', '2026-11-22'],
      expected: 'coalition-atlas-diaspora-2026-11-22.gexf',
    },
    {
      name: 'accents, ampersand, spaces',
      input: ['Droits & Libertés!', 'csv', '2026-11-22'],
      expected: 'coalition-atlas-droits-libertes-2026-11-22.csv',
    },
    {
      name: 'empty base',
      input: ['', 'png', '2026-11-22'],
      expected: 'coalition-atlas-2026-11-22.png',
    },
    {
      name: 'base already prefixed',
      input: ['Coalition Atlas – Europe', 'svg', '2026-11-22'],
      expected: 'coalition-atlas-europe-2026-11-22.svg',
    },
    {
      name: 'extension with a dot',
      input: ['view', '.GraphML', '2026-11-22'],
      expected: 'coalition-atlas-view-2026-11-22.graphml',
    },
    {
      name: 'a timestamp is cut to its day',
      input: ['view', 'csv', '2026-11-22T09:30:00Z'],
      expected: 'coalition-atlas-view-2026-11-22.csv',
    },
    {
      name: 'no extension',
      input: ['view', '', '2026-11-22'],
      expected: 'coalition-atlas-view-2026-11-22',
    },
  ];
  for (const { name, input, expected } of cases) {
    const [base, ext, date] = input as [string, string, string];
    it(name, () => expect(exportFileName(base, ext, date)).toBe(expected));
  }

  it('keeps long bases short', () => {
    expect(slug('a'.repeat(100))).toHaveLength(60);
    expect(slug(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
  });
});
