import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Excerpt from '../../../src/components/panel/Excerpt.svelte';

// Texts made up for the test, shaped like the VOA report's quotations.
const cases = [
  {
    name: 'a plain sentence gets the quotation marks of the <q>',
    text: 'Dolkun Isa, president of the World Uyghur Congress, told VOA.',
    quote: 'Dolkun Isa',
    own: false,
  },
  {
    name: 'a sentence that is a quotation from end to end keeps only its own marks',
    text: '“It paves the way for meaningful and tangible action, Isa said.”',
    quote: 'Isa',
    own: true,
  },
  {
    name: 'narration that ends on a quotation keeps the marks of the <q>',
    text: 'Isa told VOA: “Accountability starts now.”',
    quote: 'Isa',
    own: false,
  },
  {
    name: 'a quotation followed by narration keeps the marks of the <q>',
    text: '“It paves the way for meaningful and tangible action,” Isa told VOA.',
    quote: 'Isa',
    own: false,
  },
];

describe('Excerpt', () => {
  it.each(cases)('$name', ({ text, quote, own }) => {
    const start = text.indexOf(quote);
    const { container } = render(Excerpt, { text, start, end: start + quote.length });
    const q = container.querySelector('q')!;
    expect(q.textContent).toBe(text);
    expect(q.querySelector('mark')!.textContent).toBe(quote);
    expect(q.classList.contains('own')).toBe(own);
  });
});
