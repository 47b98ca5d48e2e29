import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import DatasetIssues from '../../../src/components/dataset/DatasetIssues.svelte';

const failure = {
  ok: false as const,
  name: 'colleague.json',
  message: 'colleague.json does not fit the Coalition Atlas dataset format: 2 problems.',
  issues: [
    { field: 'nodes[2].kind', entry: 'high-commissioner', reason: 'expected one of …' },
    { field: '', entry: null, reason: '… and 1 more' },
  ],
};

describe('DatasetIssues', () => {
  beforeAll(() => {
    // jsdom has <dialog> but not showModal(); opening is all the component asks of it.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
  });

  it('names the file and lists field, entry and reason for each problem', () => {
    render(DatasetIssues, { failure, onclose: () => {} });
    expect(screen.getByRole('heading', { name: 'Could not open colleague.json' })).toBeVisible();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toMatch(/nodes\[2\]\.kind\s*in high-commissioner\s*expected/);
    expect(items[1]!.querySelector('code')).toBeNull();
    expect(screen.getByText(/Nothing changed/)).toBeInTheDocument();
  });

  it('calls onclose when the dialog closes', async () => {
    const onclose = vi.fn();
    const { container } = render(DatasetIssues, { failure, onclose });
    const dialog = container.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    await fireEvent(dialog, new Event('close'));
    expect(onclose).toHaveBeenCalledOnce();
  });
});
