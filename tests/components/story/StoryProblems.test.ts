import { render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import StoryProblems from '../../../src/components/story/StoryProblems.svelte';
import DatasetIssues from '../../../src/components/dataset/DatasetIssues.svelte';

beforeAll(() => {
  // jsdom has <dialog> but not showModal(); opening is all the dialogs ask of it.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
});

describe('StoryProblems (shared/ProblemsDialog)', () => {
  it('names the story, counts the problems, names the other dataset and lists where and what', () => {
    render(StoryProblems, {
      problems: {
        name: 'talk.json',
        issues: [
          { where: 'Step 2', what: 'The quote “a cat” is not in any document.' },
          { where: 'Step 4', what: 'No actor “x” in this dataset.' },
        ],
        otherDataset: { title: 'Another coalition', edition: '2023-01-01' },
      },
      onclose: () => {},
    });
    const dialog = screen.getByRole('dialog', { name: 'Could not open the story talk.json' });
    expect(dialog).toHaveAccessibleDescription(
      /^2 problems in it; it was made for another dataset: Another coalition \(edition 2023-01-01\)/,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual([
      'Step 2 The quote “a cat” is not in any document.',
      'Step 4 No actor “x” in this dataset.',
    ]);
    expect(screen.getByText(/your stories in this browser are as they were/)).toBeVisible();
  });

  it('says "One problem" for one', () => {
    render(StoryProblems, {
      problems: {
        name: 's.json',
        issues: [{ where: 'Story', what: 'No steps.' }],
        otherDataset: null,
      },
      onclose: () => {},
    });
    expect(screen.getByRole('dialog')).toHaveAccessibleDescription('One problem in it.');
  });

  it('draws no list when a dataset file has no itemised problem', () => {
    render(DatasetIssues, {
      failure: { ok: false, name: 'a.json', message: 'a.json is not JSON.', issues: [] },
      onclose: () => {},
    });
    expect(
      screen.getByRole('dialog', { name: 'Could not open a.json' }),
    ).toHaveAccessibleDescription('a.json is not JSON.');
    expect(screen.queryByRole('list')).toBeNull();
  });
});
