import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ErrorView from '../../../src/components/dataset/ErrorView.svelte';
import { DatasetError, parseDatasetText } from '../../../src/lib/dataset/parse.ts';

describe('ErrorView', () => {
  it('lists every issue of a DatasetError with its path', () => {
    let error: DatasetError | undefined;
    try {
      parseDatasetText(
        JSON.stringify({ version: 1, edition: '2022-09-02', documents: [], nodes: 'x', links: [] }),
      );
    } catch (e) {
      error = e as DatasetError;
    }
    expect(error).toBeInstanceOf(DatasetError);
    render(ErrorView, {
      message: error!.message,
      issues: error!.issues,
      url: 'assets/coalition.json',
    });
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(error!.issues.length);
    expect(items[0]!.textContent).toContain(error!.issues[0]!.message);
    expect(screen.getByText('assets/coalition.json')).toBeInTheDocument();
    // The sentences are read as sentences: "….json. Rebuild it", not "….json.Rebuild it".
    expect(document.querySelector('.next')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'The file was assets/coalition.json. Rebuild it with npm run data, then reload this page.',
    );
  });

  it('shows a load error without issues and offers the built-in data for ?data=', () => {
    render(ErrorView, {
      message: 'Could not load the dataset from x.json: HTTP 404.',
      fallback: '/',
    });
    expect(screen.getByTestId('error-message').textContent).toContain('HTTP 404');
    expect(screen.getByRole('link', { name: 'Open the built-in dataset instead' })).toHaveAttribute(
      'href',
      '/',
    );
  });
});
