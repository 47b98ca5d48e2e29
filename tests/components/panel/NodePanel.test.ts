import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import NodePanel from '../../../src/components/panel/NodePanel.svelte';
import { ds, index, node } from '../fixture.ts';

describe('NodePanel', () => {
  const wuc = node('world-uyghur-congress');
  const setup = () => {
    const handlers = { onselectnode: vi.fn(), onselectlink: vi.fn(), onopen: vi.fn() };
    render(NodePanel, { node: wuc, dataset: ds, index, ...handlers });
    return handlers;
  };

  it('shows the country with the exact excerpt that states it, and opens that passage', async () => {
    const handlers = setup();
    const cite = wuc.countryProvenance!.citation!;
    const country = screen.getByText('Germany').closest('dd')!;
    expect(within(country).getByText(/Stated in/)).toBeInTheDocument();
    expect(country.querySelector('mark')?.textContent).toBe(cite.quote);
    await fireEvent.click(within(country).getByRole('button', { name: 'Open in document' }));
    expect(handlers.onopen).toHaveBeenCalledWith({
      id: cite.doc,
      start: cite.start,
      end: cite.end,
    });
  });

  it('shows a curated basis with its note', () => {
    setup();
    const group = screen.getByText('Diaspora organisation').closest('dd')!;
    expect(group.textContent).toContain(`Curated: ${wuc.groupProvenance!.note}`);
  });

  it('lists every mention with its document and the mention marked', () => {
    setup();
    const mentions = screen.getByRole('region', { name: 'Mentions in the sources' });
    const marks = [...mentions.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(
      [...wuc.citations]
        .sort(
          (a, b) =>
            ds.documents.findIndex((d) => d.id === a.doc) -
              ds.documents.findIndex((d) => d.id === b.doc) || a.start - b.start,
        )
        .map((c) => c.quote),
    );
  });

  it('selects a connection when its name is clicked', async () => {
    const handlers = setup();
    const [first] = [...(index.neighbours.get(wuc.id) ?? [])];
    const other = node(first!);
    await fireEvent.click(screen.getByRole('button', { name: other.name }));
    expect(handlers.onselectnode).toHaveBeenCalledWith(other.id);
  });
});
