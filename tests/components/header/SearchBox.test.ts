import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SearchBox from '../../../src/components/header/SearchBox.svelte';
import type { SearchHit } from '../../../src/lib/search/search.ts';

const hits: SearchHit[] = [
  {
    id: 'amnesty-international',
    name: 'Amnesty International',
    kind: 'organisation',
    group: 'international',
    score: 0.1,
    field: 'name',
    matched: 'Amnesty International',
  },
  {
    id: 'world-organisation-against-torture-omct',
    name: 'World Organisation Against Torture (OMCT)',
    kind: 'organisation',
    group: 'international',
    score: 0.2,
    field: 'alias',
    matched: 'OMCT',
  },
];

/** The box rendered while the search is still being built (no hits yet), focused. */
async function whileLoading(query: string, onchoose = vi.fn()) {
  const view = render(SearchBox, { query, hits: [], loading: true, onchoose });
  const box = screen.getByRole('combobox');
  await fireEvent.focus(box);
  return { view, box };
}

describe('SearchBox', () => {
  it('ArrowDown twice then Enter chooses the second result', async () => {
    const onchoose = vi.fn();
    render(SearchBox, { query: 'o', hits, onchoose });
    const box = screen.getByRole('combobox');
    await fireEvent.focus(box);
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box).toHaveAttribute('aria-activedescendant', 'search-opt-1');
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    await fireEvent.keyDown(box, { key: 'Enter' });
    expect(onchoose).toHaveBeenCalledExactlyOnceWith('world-organisation-against-torture-omct');
  });

  it('shows kind and group, and why a non-name hit matched', async () => {
    render(SearchBox, { query: 'omct', hits, onchoose: vi.fn() });
    await fireEvent.focus(screen.getByRole('combobox'));
    const second = screen.getAllByRole('option')[1]!;
    expect(second.textContent).toContain('Organisation · International NGO');
    expect(second.textContent).toContain('alias: OMCT');
  });

  it('Enter while the search is loading chooses the first result when it comes', async () => {
    const onchoose = vi.fn();
    const { view, box } = await whileLoading('amnesty', onchoose);
    await fireEvent.keyDown(box, { key: 'Enter' });
    expect(onchoose).not.toHaveBeenCalled();
    await view.rerender({ query: 'amnesty', hits, loading: false, onchoose });
    expect(onchoose).toHaveBeenCalledExactlyOnceWith('amnesty-international');
  });

  it('Enter while loading, then more typing: nothing is chosen behind the reader', async () => {
    const onchoose = vi.fn();
    const { view, box } = await whileLoading('amnesty', onchoose);
    await fireEvent.keyDown(box, { key: 'Enter' });
    await fireEvent.input(box, { target: { value: 'amnesty i' } });
    await view.rerender({ query: 'amnesty i', hits, loading: false, onchoose });
    expect(onchoose).not.toHaveBeenCalled();
  });

  it('ArrowDown while loading highlights the first result when it comes; Enter chooses it', async () => {
    const onchoose = vi.fn();
    const { view, box } = await whileLoading('amnesty', onchoose);
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box).not.toHaveAttribute('aria-activedescendant');
    await view.rerender({ query: 'amnesty', hits, loading: false, onchoose });
    expect(box).toHaveAttribute('aria-activedescendant', 'search-opt-0');
    await fireEvent.keyDown(box, { key: 'Enter' });
    expect(onchoose).toHaveBeenCalledExactlyOnceWith('amnesty-international');
  });

  it('ArrowUp while loading highlights the last result; typing after it highlights none', async () => {
    const { view, box } = await whileLoading('o');
    await fireEvent.keyDown(box, { key: 'ArrowUp' });
    await view.rerender({ query: 'o', hits, loading: false });
    expect(box).toHaveAttribute('aria-activedescendant', 'search-opt-1');

    await view.rerender({ query: 'om', hits: [], loading: true });
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    await fireEvent.input(box, { target: { value: 'omc' } });
    await view.rerender({ query: 'omc', hits, loading: false });
    expect(box).not.toHaveAttribute('aria-activedescendant');
  });

  it('Escape closes the list before anything else', async () => {
    render(SearchBox, { query: 'amnesty', hits, onchoose: vi.fn() });
    const box = screen.getByRole('combobox');
    await fireEvent.focus(box);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await fireEvent.keyDown(box, { key: 'Escape' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });
});
