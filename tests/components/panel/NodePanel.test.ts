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

  it('lists every mention with its document and the mention marked, in document order', async () => {
    const handlers = setup();
    const mentions = screen.getByRole('region', { name: 'Mentions in the sources' });
    const marks = [...mentions.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual([
      'World Uyghur Congress',
      'World Uyghur Congress',
      'World Uyghur Congress',
    ]);
    // The order (documents as the dataset lists them, then by offset), as the fixture has it.
    for (const button of within(mentions).getAllByRole('button', { name: 'Open in document' })) {
      await fireEvent.click(button);
    }
    expect(handlers.onopen.mock.calls.map(([ref]) => ref)).toEqual([
      { id: 'open-letter', start: 637, end: 658 },
      { id: 'voa-diaspora-groups', start: 344, end: 365 },
      { id: 'voa-diaspora-groups', start: 628, end: 649 },
    ]);
  });

  it('selects a connection when its name is clicked', async () => {
    const handlers = setup();
    const [first] = [...(index.neighbours.get(wuc.id) ?? [])];
    const other = node(first!);
    await fireEvent.click(screen.getByRole('button', { name: other.name }));
    expect(handlers.onselectnode).toHaveBeenCalledWith(other.id);
  });
});
