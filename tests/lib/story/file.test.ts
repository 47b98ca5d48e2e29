import { describe, expect, it } from 'vitest';
import { datasetRef } from '../../../src/lib/story/draft.ts';
import { addCitation, addStep, editStep, newStory } from '../../../src/lib/story/edit.ts';
import { readStoryText, storyFileName, storyFileText } from '../../../src/lib/story/file.ts';
import type { StepView } from '../../../src/lib/story/types.ts';
import type { Dataset } from '../../../src/lib/types.ts';
import mini from '../../fixtures/mini-dataset.json' with { type: 'json' };

const ds = mini as Dataset;
const ref = datasetRef(ds);
const WUC: StepView = {
  filters: { groups: ['diaspora'] },
  highlight: ['dolkun-isa'],
  selection: 'world-uyghur-congress',
  zoom: 'selection',
  asOf: '2022-09',
  display: 'graph',
};

/** A two-step story: one step with a source, caption in two paragraphs and notes; one bare. */
function talk() {
  let s = newStory(ref, 'Briefing: MPs');
  const a = addStep(s, WUC);
  s = editStep(a.story, a.id, { title: 'WUC', caption: 'One.\n\nTwo.', notes: 'Slow down.' });
  s = addCitation(s, a.id, {
    doc: 'voa-diaspora-groups',
    quote: 'World Uyghur Congress',
    occurrence: 2,
  });
  return addStep(s, { ...WUC, selection: null, zoom: 'fit', highlight: [] }).story;
}

describe('story files: write, then read back through the same schema', () => {
  it('round-trips: what is saved opens as the same story', () => {
    const file = talk();
    const text = storyFileText(file);
    const opened = readStoryText(text, 'briefing.story.json', ds);
    expect(opened).toMatchObject({ ok: true, otherDataset: null });
    if (!opened.ok) return;
    expect(opened.file).toEqual(file);
    expect(opened.story.steps[0]!.citations[0]).toMatchObject({
      doc: 'voa-diaspora-groups',
      quote: 'World Uyghur Congress',
    });
    expect(opened.story.steps[0]!.notes).toBe('Slow down.');
    // Quotes, never offsets, in the file.
    expect(text).not.toMatch(/"start"|"end"/);
    expect(JSON.parse(text)).toMatchObject({ title: 'Briefing: MPs', dataset: ref });
  });

  it('opens the built-in shape too (no dataset, no notes)', () => {
    const raw = { title: 'T', steps: [{ ...talk().steps[0], notes: undefined }] };
    const opened = readStoryText(JSON.stringify(raw), 'story.json', ds);
    expect(opened.ok && opened.file.steps[0]!.notes).toBe('');
    expect(opened.ok && opened.file.dataset).toEqual(ref);
  });

  it('a story made for another dataset says so, and opens when its quotes are found', () => {
    const other = { edition: '2030-01-01', title: 'Another letter' };
    const opened = readStoryText(JSON.stringify({ ...talk(), dataset: other }), 'x.json', ds);
    expect(opened).toMatchObject({ ok: true, otherDataset: other });
  });

  it.each([
    {
      name: 'not JSON',
      text: '{ "title": ',
      expected: [{ where: 'talk.json', what: expect.stringMatching(/^is not JSON: /) }],
    },
    {
      name: 'not a story',
      text: '[1, 2]',
      expected: [
        { where: 'the story', what: 'must be an object { "title": "…", "steps": [ … ] }' },
      ],
    },
    {
      name: 'a quote not in the document, an unknown node, a typo and bad notes',
      text: JSON.stringify({
        title: 'T',
        dataset: { edition: '2030-01-01', title: 'Another letter' },
        steps: [
          {
            id: 'one',
            title: 'One',
            caption: '',
            notes: 3,
            citations: [{ doc: 'open-letter', quote: 'words nobody wrote' }],
            view: { filters: {}, highlight: ['nobody'], selection: null, zoom: 'fit', asOf: null },
          },
          { id: 'Two!', title: 'Two', caption: '', citations: [], view: { zom: 'fit' } },
        ],
      }),
      expected: [
        { where: 'step "one"', what: '"notes" must be a string (the speaker\'s notes)' },
        { where: 'step "one"', what: 'quote "words nobody wrote" is not in "open-letter"' },
        { where: 'step "one"', what: 'node "nobody" is not in the dataset' },
        {
          where: 'step 2',
          what: '"id" must be a slug such as "april-letter" (lower-case letters, digits, "-")',
        },
        {
          where: 'step 2',
          what: 'unknown field "zom" in view (known: filters, highlight, selection, zoom, asOf, display)',
        },
      ],
    },
  ])('a bad file gets its problems, where and what: $name', ({ text, expected }) => {
    const opened = readStoryText(text, 'talk.json', ds);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.issues).toEqual(expected);
  });

  it('a bad file from another dataset still names the dataset it was made for', () => {
    const raw = { ...talk(), dataset: { edition: '2030-01-01', title: 'Another letter' } };
    raw.steps[0]!.citations = [{ doc: 'nope', quote: 'x' }];
    const opened = readStoryText(JSON.stringify(raw), 'x.json', ds);
    expect(opened).toMatchObject({ ok: false, otherDataset: raw.dataset });
  });
});

describe('storyFileName', () => {
  it.each([
    { title: 'Briefing: MPs, 2024', expected: 'briefing-mps-2024.story.json' },
    { title: 'Séminaire à Genève', expected: 'seminaire-a-geneve.story.json' },
    { title: '！！', expected: 'story.story.json' },
  ])('$title', ({ title, expected }) => {
    expect(storyFileName(title)).toBe(expected);
  });
});
