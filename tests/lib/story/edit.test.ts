import { describe, expect, it } from 'vitest';
import { captureView } from '../../../src/lib/story/capture.ts';
import { datasetRef, paragraphs, type StoryFile } from '../../../src/lib/story/draft.ts';
import {
  addCitation,
  addStep,
  copyStory,
  deleteStep,
  duplicateStep,
  editStep,
  moveBy,
  moveStep,
  newStory,
  removeCitation,
  restoreStep,
  setStepView,
} from '../../../src/lib/story/edit.ts';
import type { StepView } from '../../../src/lib/story/types.ts';
import { NO_FILTERS } from '../../../src/lib/graph/filter.ts';
import type { Dataset } from '../../../src/lib/types.ts';
import mini from '../../fixtures/mini-dataset.json' with { type: 'json' };

const ds = mini as Dataset;
const ref = datasetRef(ds);
const FIT: StepView = { filters: {}, highlight: [], selection: null, zoom: 'fit', asOf: null };
const WUC: StepView = { ...FIT, selection: 'world-uyghur-congress', zoom: 'selection' };

/** A story of steps titled A, B, C… (ids step-1, step-2…). */
function story(...titles: string[]): StoryFile {
  let s = newStory(ref, 'Talk');
  for (const t of titles) {
    const added = addStep(s, FIT);
    s = editStep(added.story, added.id, { title: t });
  }
  return s;
}
const titles = (s: StoryFile) => s.steps.map((x) => x.title);

describe('datasetRef', () => {
  it('names the dataset by its edition and its open letter', () => {
    expect(ref).toEqual({
      edition: '2022-09-01',
      title:
        'Open letter to UN High Commissioner for Human Rights: OHCHR report on grave human rights violations in Xinjiang can wait no longer',
    });
  });
});

describe('adding and editing steps', () => {
  it('adds steps with fresh ids and default titles, keeping the view given', () => {
    const s0 = newStory(ref);
    const a = addStep(s0, WUC);
    const b = addStep(a.story, FIT);
    expect(s0.steps).toEqual([]);
    expect(b.story.steps.map((s) => [s.id, s.title])).toEqual([
      ['step-1', 'Step 1'],
      ['step-2', 'Step 2'],
    ]);
    expect(b.story.steps[0]).toEqual({
      id: 'step-1',
      title: 'Step 1',
      caption: '',
      notes: '',
      citations: [],
      view: WUC,
    });
  });

  it('inserts after a given step, and never reuses an id', () => {
    const s = story('A', 'B', 'C');
    const gone = deleteStep(s, 'step-2').story;
    const added = addStep(gone, FIT, 'step-1');
    expect(added.id).toBe('step-4');
    expect(titles(added.story)).toEqual(['A', 'Step 3', 'C']);
  });

  it('edits title, caption and notes without touching the input', () => {
    const s = story('A');
    const before = JSON.stringify(s);
    const e = editStep(s, 'step-1', { caption: 'One.\n\nTwo.', notes: 'Pause here.' });
    expect(e.steps[0]).toMatchObject({ title: 'A', caption: 'One.\n\nTwo.', notes: 'Pause here.' });
    expect(JSON.stringify(s)).toBe(before);
    expect(editStep(s, 'nope', { title: 'x' })).toBe(s);
  });

  it('updates a step view from the current one', () => {
    const s = setStepView(story('A'), 'step-1', WUC);
    expect(s.steps[0]!.view).toEqual(WUC);
  });
});

describe('reordering', () => {
  it.each([
    { name: 'drag the first to the end', id: 'step-1', to: 2, expected: ['B', 'C', 'A'] },
    { name: 'drag the last to the start', id: 'step-3', to: 0, expected: ['C', 'A', 'B'] },
    { name: 'past the end is clamped', id: 'step-1', to: 9, expected: ['B', 'C', 'A'] },
    { name: 'to its own place', id: 'step-2', to: 1, expected: ['A', 'B', 'C'] },
    { name: 'unknown id', id: 'nope', to: 0, expected: ['A', 'B', 'C'] },
  ])('moveStep: $name', ({ id, to, expected }) => {
    const s = story('A', 'B', 'C');
    expect(titles(moveStep(s, id, to))).toEqual(expected);
    expect(titles(s)).toEqual(['A', 'B', 'C']);
  });

  it.each([
    { name: 'down', id: 'step-1', delta: 1 as const, expected: ['B', 'A', 'C'] },
    { name: 'up', id: 'step-3', delta: -1 as const, expected: ['A', 'C', 'B'] },
    { name: 'up at the top stays', id: 'step-1', delta: -1 as const, expected: ['A', 'B', 'C'] },
    { name: 'down at the end stays', id: 'step-3', delta: 1 as const, expected: ['A', 'B', 'C'] },
  ])('moveBy (keyboard): $name', ({ id, delta, expected }) => {
    expect(titles(moveBy(story('A', 'B', 'C'), id, delta))).toEqual(expected);
  });
});

describe('duplicate, delete and undo', () => {
  it('duplicates a step right after it, with its sources and a new id', () => {
    const s = addCitation(story('A', 'B'), 'step-1', {
      doc: 'open-letter',
      quote: '8 March, 2022',
    });
    const d = duplicateStep(s, 'step-1');
    expect(d.id).toBe('step-3');
    expect(titles(d.story)).toEqual(['A', 'A (copy)', 'B']);
    expect(d.story.steps[1]!.citations).toEqual(s.steps[0]!.citations);
    expect(d.story.steps[1]!.citations).not.toBe(s.steps[0]!.citations);
  });

  it('deletes, and undo puts the step back in its place', () => {
    const s = story('A', 'B', 'C');
    const { story: gone, deleted } = deleteStep(s, 'step-2');
    expect(titles(gone)).toEqual(['A', 'C']);
    expect(deleted).toEqual({ step: s.steps[1], index: 1 });
    expect(restoreStep(gone, deleted!)).toEqual(s);
    expect(deleteStep(s, 'nope')).toEqual({ story: s, deleted: null });
  });

  it('undo after more edits keeps the step, under a new id if its own was taken', () => {
    const s = story('A', 'B');
    const { story: gone, deleted } = deleteStep(s, 'step-2');
    const more = addStep(gone, FIT); // takes "step-2" again
    const back = restoreStep(more.story, deleted!);
    expect(back.steps.map((x) => x.id)).toEqual(['step-1', 'step-3', 'step-2']);
    expect(titles(back)).toEqual(['A', 'B', 'Step 2']);
  });
});

describe('sources', () => {
  it('adds a quote once and removes it', () => {
    const q = { doc: 'voa-diaspora-groups', quote: 'farce' };
    const s = addCitation(addCitation(story('A'), 'step-1', q), 'step-1', q);
    expect(s.steps[0]!.citations).toEqual([q]);
    expect(removeCitation(s, 'step-1', 0).steps[0]!.citations).toEqual([]);
  });
});

describe('copyStory: the built-in story duplicated for editing', () => {
  it('keeps steps and quotes, adds empty notes, names the dataset', () => {
    const raw = {
      title: 'Default',
      steps: [
        { id: 'a', title: 'A', caption: 'C', citations: [{ doc: 'd', quote: 'q' }], view: FIT },
      ],
    };
    const c = copyStory(raw, ref);
    expect(c).toEqual({
      title: 'Default (copy)',
      dataset: ref,
      steps: [{ ...raw.steps[0], notes: '' }],
    });
    expect(c.steps[0]!.citations).not.toBe(raw.steps[0]!.citations);
  });
});

describe('captureView: the current view as a step view', () => {
  const live = {
    filters: NO_FILTERS,
    selection: null,
    asOf: null,
    view: 'graph' as const,
    highlight: new Set<string>(),
  };
  it.each([
    {
      name: 'nothing: the whole graph, fitted',
      live,
      expected: { ...FIT, display: 'graph' },
    },
    {
      name: 'a node selected, diaspora filter, a date, the list',
      live: {
        ...live,
        filters: { ...NO_FILTERS, groups: ['diaspora' as const] },
        selection: { type: 'node' as const, id: 'world-uyghur-congress' },
        asOf: '2022-08',
        view: 'list' as const,
      },
      expected: {
        filters: { groups: ['diaspora'] },
        highlight: [],
        selection: 'world-uyghur-congress',
        zoom: 'selection',
        asOf: '2022-08',
        display: 'list',
      },
    },
    {
      name: 'a link selected: its two ends drawn out',
      live: { ...live, selection: { type: 'link' as const, id: 'dolkun-isa--leads--wuc' } },
      expected: { ...FIT, highlight: ['dolkun-isa', 'wuc'], zoom: 'highlight', display: 'graph' },
    },
    {
      name: 'a highlight on screen is kept',
      live: { ...live, highlight: new Set(['ohchr']) },
      expected: { ...FIT, highlight: ['ohchr'], zoom: 'highlight', display: 'graph' },
    },
  ])('$name', ({ live, expected }) => {
    expect(captureView(live)).toEqual(expected);
  });
});

describe('paragraphs', () => {
  it.each([
    { caption: 'One.', expected: ['One.'] },
    { caption: 'One.\n\nTwo.\n \n\nThree.', expected: ['One.', 'Two.', 'Three.'] },
    { caption: 'Line one\nline two', expected: ['Line one\nline two'] },
    { caption: '  ', expected: [] },
    { caption: '<b>not bold</b>', expected: ['<b>not bold</b>'] },
  ])('$caption', ({ caption, expected }) => {
    expect(paragraphs(caption)).toEqual(expected);
  });
});
