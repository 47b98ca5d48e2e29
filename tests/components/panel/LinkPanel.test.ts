import { render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import LinkPanel from '../../../src/components/panel/LinkPanel.svelte';
import type { GraphLink } from '../../../src/lib/types.ts';
import { ds, index } from '../fixture.ts';

const leads = ds.links.find((l) => l.id === 'michelle-bachelet--leads--ohchr')!;
const meta = (link: GraphLink) => {
  const { container } = render(LinkPanel, {
    props: { link, dataset: ds, index, onselectnode: vi.fn(), onopen: vi.fn() },
  });
  return container.querySelector('article > p.meta')?.textContent?.replace(/\s+/g, ' ');
};

describe('LinkPanel dates', () => {
  it.each([
    { name: 'a dated link', link: { ...leads, date: '2022-03-08' }, expected: '8 March 2022' },
    {
      name: 'a relation that ended',
      link: { ...leads, until: '2022-08-31', note: 'Her tenure ended.' },
      expected: 'until 31 August 2022 · Her tenure ended.',
    },
    {
      name: 'a relation with a start and an end',
      link: { ...leads, date: '2018-09', until: '2022-08-31' },
      expected: 'September 2018 until 31 August 2022',
    },
    { name: 'an undated link without a note', link: leads, expected: undefined },
  ])('$name', ({ link, expected }) => {
    expect(meta(link)?.trim()).toBe(expected);
  });
});
