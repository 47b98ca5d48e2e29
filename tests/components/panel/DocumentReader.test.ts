import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import DocumentReader from '../../../src/components/panel/DocumentReader.svelte';
import { ds, index, node } from '../fixture.ts';

describe('DocumentReader', () => {
  it('marks exactly the cited passage and makes actor names links that select them', async () => {
    Element.prototype.scrollIntoView = vi.fn();
    const cite = node('world-uyghur-congress').countryProvenance!.citation!;
    const onselectnode = vi.fn();
    render(DocumentReader, {
      dataset: ds,
      index,
      docRef: { id: cite.doc, start: cite.start, end: cite.end },
      onselectnode,
      onclose: vi.fn(),
    });
    expect(screen.getByTestId('passage').textContent).toBe(cite.quote);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
    const doc = ds.documents.find((d) => d.id === cite.doc)!;
    // Text is preserved whole: the rendered text equals the document (plus the heading and bar).
    expect(document.querySelector('.text')!.textContent).toBe(doc.text);
    await fireEvent.click(screen.getAllByRole('link', { name: 'World Uyghur Congress' })[0]!);
    expect(onselectnode).toHaveBeenCalledWith('world-uyghur-congress');
  });
});
