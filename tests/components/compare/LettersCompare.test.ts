import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import LettersCompare from '../../../src/components/compare/LettersCompare.svelte';
import { compareLetters, lettersOf } from '../../../src/lib/compare/letters.ts';
import type { AppState } from '../../../src/state/app-state.svelte.ts';
import { generateDataset } from '../../../src/lib/synthetic/generate.ts';

/** A synthetic coalition of several letters (the fixtures hold one). */
const ds = generateDataset({ nodes: 300, seed: 2 });

/** The part of AppState the comparison reads: the dataset, no co-signature graph. */
const app = {
  base: ds,
  coSigned: null,
  cosign: null,
  setCoSign() {},
  setFilters() {},
} as unknown as AppState;

describe('LettersCompare', () => {
  // The two newest letters, which the comparison opens on.
  const [a, b] = lettersOf(ds)
    .slice(-2)
    .map((l) => l.id);
  const c = compareLetters(ds, a!, b!);

  it('lists a part’s names only once that part is opened, exactly those of the part', async () => {
    render(LettersCompare, { app });
    expect(c.onlyA.length).toBeGreaterThan(0);
    // Closed: the count is there, the names are not built.
    const summary = screen.getByText(`Only A: ${c.onlyA.length} names`);
    expect(document.querySelectorAll('.names li')).toHaveLength(0);
    // jsdom does not open a <details> on a click of its summary: open it as the browser does.
    const details = summary.closest('details')!;
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    const names = [...document.querySelectorAll('.names li')].map((li) => li.textContent);
    expect(names).toEqual(c.onlyA.map((n) => n.name));
  });
});
