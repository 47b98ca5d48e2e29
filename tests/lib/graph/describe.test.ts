import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeSummary } from '../../../src/lib/graph/describe.ts';
import { KIND_LABELS } from '../../../src/lib/graph/encoding.ts';
import type { Dataset } from '../../../src/lib/types.ts';

const ds = JSON.parse(readFileSync('data/coalition.json', 'utf8')) as Dataset;
const byId = (id: string) => ds.nodes.find((n) => n.id === id)!;

describe('nodeSummary', () => {
  it.each([
    // The European Union is intergovernmental, not a UN body: the words must not say so.
    {
      id: 'european-union',
      degree: 2,
      expected: 'European Union, intergovernmental body, 2 connections',
    },
    {
      id: 'ohchr',
      degree: 1,
      expected:
        'Office of the High Commissioner for Human Rights, intergovernmental body, 1 connection',
    },
  ])('$id → "$expected"', ({ id, degree, expected }) => {
    expect(nodeSummary(byId(id), degree)).toBe(expected);
  });

  it('the legend names the kind "Intergovernmental body", never "UN body"', () => {
    expect(KIND_LABELS.intergovernmental).toBe('Intergovernmental body');
  });
});
