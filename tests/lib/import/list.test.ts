import { describe, expect, it } from 'vitest';
import type { ListItem } from '../../../src/lib/import/detect.ts';
import {
  joinWithNext,
  removeItem,
  renameItem,
  splitItem,
  splitItemOn,
} from '../../../src/lib/import/list-edit.ts';
import { listProblems, stripMarkup } from '../../../src/lib/import/list-problems.ts';

const items = (...names: string[]): ListItem[] =>
  names.map((name, line) => ({ name, line: line + 10 }));
const namesOf = (list: ListItem[]) => list.map((i) => i.name);

describe('list edits', () => {
  it.each([
    {
      name: 'split at a character',
      run: (l: ListItem[]) => splitItem(l, 0, 3),
      expected: ['A B', 'C D', 'E'],
    },
    {
      name: 'split on a separator',
      run: (l: ListItem[]) => splitItemOn(l, 0, ' C'),
      expected: ['A B', 'D', 'E'],
    },
    {
      name: 'join with the next line',
      run: (l: ListItem[]) => joinWithNext(l, 0),
      expected: ['A B C D E'],
    },
    {
      name: 'join the last does nothing',
      run: (l: ListItem[]) => joinWithNext(l, 1),
      expected: ['A B C D', 'E'],
    },
    { name: 'remove', run: (l: ListItem[]) => removeItem(l, 1), expected: ['A B C D'] },
    {
      name: 'rename, trimmed',
      run: (l: ListItem[]) => renameItem(l, 1, ' F '),
      expected: ['A B C D', 'F'],
    },
  ])('$name, input untouched', ({ run, expected }) => {
    const input = items('A B C D', 'E');
    const before = structuredClone(input);
    expect(namesOf(run(input))).toEqual(expected);
    expect(input).toEqual(before);
  });
});

describe('listProblems: what and where', () => {
  it.each([
    { name: 'a clean list', list: items('A', 'B'), expected: [] },
    {
      name: 'a name twice (case and spaces aside)',
      list: items('World Uyghur Congress', 'B', 'world  uyghur congress'),
      expected: [
        {
          item: 2,
          message:
            'Line 13: "world  uyghur congress" is listed twice (also line 11); remove one of them.',
        },
      ],
    },
    {
      name: 'an empty name',
      list: items('A', ''),
      expected: [
        { item: 1, message: 'Line 12: the name is empty; remove the line or type the name.' },
      ],
    },
    {
      name: 'markup in a name',
      list: items('<b>Amnesty International</b>'),
      expected: [
        {
          item: 0,
          message:
            'Line 11: "<b>Amnesty International</b>" contains markup (tags, ** or links); remove it to keep the name.',
        },
      ],
    },
    {
      name: 'a sentence, not a name',
      list: items('x'.repeat(200)),
      expected: [
        {
          item: 0,
          message:
            'Line 11: 200 characters is a sentence, not a name; the list may start too early.',
        },
      ],
    },
  ])('$name', ({ list, expected }) => {
    expect(listProblems(list)).toEqual(expected);
  });

  it.each([
    ['**World Uyghur Congress**', 'World Uyghur Congress'],
    ['<b>Amnesty</b> International', 'Amnesty International'],
    ['[Tibet Action Institute](https://example.org)', 'Tibet Action Institute'],
  ])('stripMarkup(%j) → %j', (input, expected) => {
    expect(stripMarkup(input)).toBe(expected);
  });
});
