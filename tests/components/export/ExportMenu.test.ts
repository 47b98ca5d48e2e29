import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ExportMenu from '../../../src/components/export/ExportMenu.svelte';
import { PRESETS, visibleIds } from '../../../src/lib/graph/filter.ts';
import { ds, index } from '../fixture.ts';

const URL_OF_VIEW = 'https://example.org/atlas/?groups=diaspora&sel=n:world-uyghur-congress';
const visible = visibleIds(ds, index, PRESETS.diaspora);

function setup(over: { hidePeople?: boolean } = {}) {
  render(ExportMenu, {
    ds,
    positions: new Map(
      ds.nodes.map((n, i) => [n.id, { x: (i % 4) * 40, y: Math.floor(i / 4) * 40 }]),
    ),
    visible,
    faded: new Set<string>(),
    selection: null,
    hidePeople: over.hidePeople ?? false,
    theme: 'light' as const,
    summary: `Showing ${visible.size} of ${ds.nodes.length} nodes · group: diaspora`,
    title: 'Coalition Atlas',
    url: () => URL_OF_VIEW,
  });
  return screen.getByRole('button', { name: 'Share & export' });
}

const names = () => screen.getAllByRole('menuitem').map((m) => m.textContent?.trim());

afterEach(() => vi.restoreAllMocks());

describe('ExportMenu', () => {
  it('opens from the keyboard on the first item, arrows move, Escape closes and refocuses', async () => {
    const button = setup();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();

    await fireEvent.keyDown(button, { key: 'ArrowDown' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = screen.getAllByRole('menuitem');
    await waitFor(() => expect(items[0]).toHaveFocus());

    const menu = screen.getByRole('menu');
    await fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(items[1]).toHaveFocus();
    await fireEvent.keyDown(menu, { key: 'End' });
    expect(items.at(-1)).toHaveFocus();
    await fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(items[0]).toHaveFocus(); // wraps
    await fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(items.at(-1)).toHaveFocus();

    const escape = await fireEvent.keyDown(items.at(-1)!, { key: 'Escape' });
    expect(escape).toBe(false); // default prevented: the app must not also clear its selection
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('ArrowUp opens on the last item; a click toggles', async () => {
    const button = setup();
    await fireEvent.keyDown(button, { key: 'ArrowUp' });
    await waitFor(() => expect(screen.getAllByRole('menuitem').at(-1)).toHaveFocus());
    await fireEvent.click(button);
    expect(screen.queryByRole('menu')).toBeNull();
    await fireEvent.click(button);
    expect(screen.getByRole('menu')).toBeInTheDocument();
  });

  it('lists every export, the CSV item counting the shown nodes', async () => {
    await fireEvent.click(setup());
    expect(visible.size).toBeGreaterThan(1);
    expect(names()).toEqual([
      'PNG image (2×)',
      'SVG image',
      `CSV of the ${visible.size} shown nodes`,
      'GEXF for Gephi',
      'GraphML for Cytoscape',
      'Copy link',
      'Cite this view',
      'Embed this view',
    ]);
  });

  it('"Cite this view" shows the citation with the URL, read-only, with a Copy button', async () => {
    await fireEvent.click(setup());
    await fireEvent.click(screen.getByRole('menuitem', { name: 'Cite this view' }));
    // The writers load on first use (a dynamic import), so the citation appears a moment later:
    // on a loaded machine the first transform of that chunk takes over the default second.
    const area = await screen.findByRole('textbox', { name: 'Citation' }, { timeout: 10_000 });
    expect(area).toHaveAttribute('readonly');
    const value = (area as HTMLTextAreaElement).value;
    expect(value).toContain(URL_OF_VIEW);
    expect(value).toContain(`edition ${ds.edition}`);
    expect(value).toContain('VOA');
    expect(area).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Copy citation' })).toBeInTheDocument();
    await fireEvent.keyDown(area, { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('button', { name: 'Share & export' })).toHaveFocus();
  });

  it('CSV downloads the shown nodes under a dated name and confirms it politely', async () => {
    const blobs: Blob[] = [];
    const saved: string[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    await fireEvent.click(setup());
    await fireEvent.click(screen.getByRole('menuitem', { name: /^CSV of the/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatch(
      new RegExp(
        `^coalition-atlas-${visible.size}-of-${ds.nodes.length}-nodes-group-diaspora-\\d{4}-\\d{2}-\\d{2}\\.csv$`,
      ),
    );
    const rows = (await blobs[0]!.text()).trim().split('\r\n');
    expect(rows).toHaveLength(1 + visible.size);
    const status = screen.getByRole('status');
    await waitFor(() =>
      expect(status).toHaveTextContent(`Saved ${saved[0]} (${visible.size} nodes).`),
    );
    expect(screen.getByRole('button', { name: 'Share & export' })).toHaveFocus();
  });
});
