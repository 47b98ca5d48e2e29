import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ToolButton from '../../../src/components/shared/ToolButton.svelte';

describe('ToolButton', () => {
  it('is named by its word, with its tooltip, and calls onclick', async () => {
    const onclick = vi.fn();
    render(ToolButton, {
      word: 'Add a letter…',
      short: 'Add letter',
      title: 'Map another letter',
      icon: 'M0 0h16',
      onclick,
    });
    const button = screen.getByRole('button', { name: 'Add a letter…' });
    expect(button).toHaveAttribute('title', 'Map another letter');
    expect(button.querySelector('svg path')).toHaveAttribute('d', 'M0 0h16');
    await fireEvent.click(button);
    expect(onclick).toHaveBeenCalledOnce();
  });

  it('is disabled while its action is busy', () => {
    render(ToolButton, {
      word: 'Open a dataset…',
      short: 'Open file',
      title: 't',
      icon: 'M0 0',
      disabled: true,
      onclick: () => {},
    });
    expect(screen.getByRole('button', { name: 'Open a dataset…' })).toBeDisabled();
  });
});

describe('ToolButton words', () => {
  it('carries the full word and the short one, the full one as its name', () => {
    render(ToolButton, {
      word: 'Open a dataset…',
      short: 'Open file',
      title: 't',
      icon: 'M0 0',
      onclick: () => {},
    });
    const button = screen.getByRole('button', { name: 'Open a dataset…' });
    expect(button.querySelector('.long')).toHaveTextContent('Open a dataset…');
    expect(button.querySelector('.short')).toHaveTextContent('Open file');
  });
});
