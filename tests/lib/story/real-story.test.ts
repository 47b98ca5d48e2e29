/**
 * The default story (data/story.json) against the real dataset (data/coalition.json, built by
 * `npm run data`). Skipped, with a warning, only while the dataset has not been built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/lib/dataset/parse.ts';
import { visibleIds } from '../../../src/lib/graph/filter.ts';
import { indexGraph } from '../../../src/lib/graph/graph-index.ts';
import { foldPhrase } from '../../../src/lib/pipeline/fold.ts';
import { parseStory, stepViewState } from '../../../src/lib/story/story.ts';
import { visibleAsOf } from '../../../src/lib/timeline/timeline.ts';
import { DEFAULT_VIEW } from '../../../src/lib/url/state.ts';

const DATA = new URL('../../../data/coalition.json', import.meta.url);
const STORY = new URL('../../../data/story.json', import.meta.url);
const built = existsSync(DATA);
if (!built)
  console.warn('real-story.test.ts skipped: data/coalition.json is missing; run `npm run data`.');

describe.skipIf(!built)('the default story on the real dataset', () => {
  const ds = built ? parseDataset(JSON.parse(readFileSync(DATA, 'utf8'))) : null;
  const raw: unknown = JSON.parse(readFileSync(STORY, 'utf8'));
  const { story, errors } = ds
    ? parseStory(raw, ds)
    : { story: { title: '', steps: [] }, errors: [] };

  it('parses with zero errors and tells the arc in order', () => {
    expect(errors).toEqual([]);
    expect(story.steps.map((s) => s.id)).toEqual([
      'special-procedures-2020',
      'open-letter',
      'diaspora-signatories',
      'international-signatories',
      'april-letter',
      'report-released',
      'us-welcomes',
      'china-rejects',
      'diaspora-not-enough',
    ]);
  });

  it('cites every quote as the exact slice of its document, the typed words folded', () => {
    const typed = (raw as { steps: { citations: { quote: string }[] }[] }).steps;
    story.steps.forEach((step, i) => {
      step.citations.forEach((c, j) => {
        const text = ds!.documents.find((d) => d.id === c.doc)!.text;
        expect(text.slice(c.start, c.end), `${step.id} citation ${j}`).toBe(c.quote);
        expect(foldPhrase(c.quote)).toBe(foldPhrase(typed[i]!.citations[j]!.quote));
      });
    });
  });

  it('dates follow the documents: nothing is shown before the statement of 2020 happened', () => {
    const asOf = story.steps.map((s) => s.view.asOf);
    expect(asOf).toEqual([
      '2020',
      '2022-03-08',
      '2022-03-08',
      '2022-03-08',
      '2022-04-19',
      '2022-08-31',
      '2022-09-01',
      '2022-09-01',
      '2022-09-01',
    ]);
  });

  it('shows every highlighted and selected node under its step’s filters and date', () => {
    const index = indexGraph(ds!);
    for (const step of story.steps) {
      const { filters } = stepViewState(step, DEFAULT_VIEW);
      const shown = visibleIds(ds!, index, filters);
      const asOf = visibleAsOf(ds!, step.view.asOf).nodes;
      const named = [...step.view.highlight, ...(step.view.selection ? [step.view.selection] : [])];
      const hidden = named.filter((id) => !shown.has(id) || !asOf.has(id));
      expect(hidden, step.id).toEqual([]);
    }
  });

  it('counts the letter’s signatories the story speaks of', () => {
    const signers = ds!.links.filter(
      (l) => l.relation === 'signed' && l.target === 'open-letter-2022-03-08',
    );
    expect(signers).toHaveLength(192);
  });
});
