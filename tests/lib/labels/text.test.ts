import { describe, expect, it } from 'vitest';
import { labelText, MAX_LABEL } from '../../../src/lib/labels/text.ts';
import type { NodeKind } from '../../../src/lib/types.ts';

const node = (name: string, aliases: string[] = [], kind: NodeKind = 'coalition') => ({
  name,
  aliases,
  kind,
});

describe('labelText', () => {
  it.each([
    {
      why: 'a name that fits is drawn whole, aliases or not',
      n: node('Victims of Communism Memorial Foundation', ['VOC'], 'organisation'),
      text: 'Victims of Communism Memorial Foundation',
    },
    {
      why: 'a long name gives way to its longest alias that fits',
      n: node(
        'OHCHR Assessment of human rights concerns in the Xinjiang Uyghur Autonomous Region',
        ['OHCHR assessment', 'OHCHR report on Xinjiang', 'UN report on Xinjiang'],
        'report',
      ),
      text: 'OHCHR report on Xinjiang',
    },
    {
      why: 'an acronym is an alias like any other',
      n: node('Office of the High Commissioner for Human Rights', ['OHCHR'], 'intergovernmental'),
      text: 'OHCHR',
    },
    {
      why: 'without an alias that fits, the name is cut at a word',
      n: node('Statement of the World Uyghur Congress and more than 60 Uyghur organizations', [
        'A'.repeat(MAX_LABEL + 1),
      ]),
      text: 'Statement of the World Uyghur Congress…',
    },
    {
      why: 'punctuation before the cut goes with it',
      n: node('Landmark statement of UN special, procedures on China (2020)'),
      text: 'Landmark statement of UN special…',
    },
    {
      why: 'one long word is cut where the room ends',
      n: node('X'.repeat(60)),
      text: `${'X'.repeat(MAX_LABEL - 1)}…`,
    },
    {
      why: 'a person keeps their name: with people hidden, aliases must not name them',
      n: node('A person with a very long name that does not fit at all', ['Short'], 'person'),
      text: 'A person with a very long name that does…',
    },
  ])('$why', ({ n, text }) => {
    expect(labelText(n)).toBe(text);
    expect(labelText(n).length).toBeLessThanOrEqual(MAX_LABEL);
  });
});
