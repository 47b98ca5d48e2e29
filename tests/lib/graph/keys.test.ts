import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/lib/graph/graph-index.ts';
import { nodeKey } from '../../../src/lib/graph/keys.ts';
import { loadMini } from './mini.ts';

describe('nodeKey', () => {
  const index = indexGraph(loadMini());
  const order = [{ id: 'ohchr' }, { id: 'amnesty-international' }, { id: 'dolkun-isa' }];
  const wuc = 'world-uyghur-congress';
  // The World Uyghur Congress's panel order: authored (statement), led by (Dolkun Isa), signed (letter).
  it.each([
    {
      name: 'Enter selects',
      key: 'Enter',
      id: 'ohchr',
      selected: null,
      expected: { select: 'ohchr' },
    },
    { name: 'Space selects', key: ' ', id: wuc, selected: wuc, expected: { select: wuc } },
    {
      name: 'ArrowDown with nothing selected: the next actor by priority',
      key: 'ArrowDown',
      id: 'ohchr',
      selected: null,
      expected: { focus: 'amnesty-international' },
    },
    {
      name: 'ArrowUp from the first actor wraps to the last',
      key: 'ArrowUp',
      id: 'ohchr',
      selected: null,
      expected: { focus: 'dolkun-isa' },
    },
    {
      name: 'ArrowRight on the selected actor: its first neighbour',
      key: 'ArrowRight',
      id: wuc,
      selected: wuc,
      expected: { focus: 'wuc-statement-2022-08-31' },
    },
    {
      name: 'ArrowLeft on the selected actor: its last neighbour',
      key: 'ArrowLeft',
      id: wuc,
      selected: wuc,
      expected: { focus: 'open-letter-2022-03-08' },
    },
    {
      name: 'ArrowDown on a neighbour: the next neighbour',
      key: 'ArrowDown',
      id: 'dolkun-isa',
      selected: wuc,
      expected: { focus: 'open-letter-2022-03-08' },
    },
    {
      name: 'Home: back to the selected actor',
      key: 'Home',
      id: 'dolkun-isa',
      selected: wuc,
      expected: { focus: wuc },
    },
    {
      name: 'Home with nothing selected: the page’s',
      key: 'Home',
      id: 'ohchr',
      selected: null,
      expected: null,
    },
    { name: 'Tab: the page’s', key: 'Tab', id: 'ohchr', selected: wuc, expected: null },
  ])('$name', ({ key, id, selected, expected }) => {
    expect(nodeKey(key, id, { index, selected, order })).toEqual(expected);
  });

  it('an arrow on an actor with no neighbours is the graph’s, with nowhere to go', () => {
    const lone = indexGraph({ ...loadMini(), links: [] });
    const action = nodeKey('ArrowDown', wuc, { index: lone, selected: wuc, order });
    expect(action).toEqual({ focus: null });
  });
});
