/**
 * Stories with people's names hidden: what "Save story as file" writes with the option on, and
 * reading that file back (issue 11: such a file used to be refused, its quotes redacted).
 * Fixture: tests/fixtures/mini-dataset.json, whose people are dolkun-isa (Person 1),
 * michelle-bachelet (Person 2) and wang-wenbin (Person 3).
 */
import { describe, expect, it } from 'vitest';
import { publicDataset } from '../../../src/lib/redact/public-dataset.ts';
import { hiddenStoryFile, publicStory, rewriteStory } from '../../../src/lib/story/anonymous.ts';
import { datasetRef, type StoryFile } from '../../../src/lib/story/draft.ts';
import { readStoryText, storyFileText } from '../../../src/lib/story/file.ts';
import { parseStory } from '../../../src/lib/story/story.ts';
import type { Dataset } from '../../../src/lib/types.ts';
import mini from '../../fixtures/mini-dataset.json' with { type: 'json' };

const ds = mini as Dataset;
const ref = datasetRef(ds);
const VOA = 'voa-diaspora-groups';

/** Two steps naming Dolkun Isa in every field a person can appear in. */
function story(): StoryFile {
  const view = {
    filters: { groups: ['diaspora'] },
    highlight: ['dolkun-isa', 'world-uyghur-congress'],
    selection: 'dolkun-isa',
    zoom: 'selection' as const,
    asOf: null,
  };
  return {
    title: 'Dolkun Isa and the WUC',
    dataset: ref,
    steps: [
      {
        id: 'isa',
        title: 'Dolkun Isa',
        caption: 'Dolkun Isa leads the World Uyghur Congress.',
        notes: 'Say Isa, not Dolkun.',
        citations: [{ doc: VOA, quote: 'Dolkun Isa, president of the World Uyghur Congress' }],
        view,
      },
      {
        id: 'bachelet',
        title: 'The High Commissioner',
        caption: '',
        notes: '',
        // Starts inside a name: the redacted quote starts with the whole stand-in.
        citations: [{ doc: VOA, quote: 'Bachelet published her office’s long-awaited assessment' }],
        view: { ...view, highlight: [], selection: 'michelle-bachelet' },
      },
    ],
  };
}

describe('hiddenStoryFile: a story as it leaves the browser with people hidden', () => {
  const file = story();
  const before = JSON.stringify(file);
  const hidden = hiddenStoryFile(file, ds);

  it('names nobody: texts, quotes and ids are the stand-ins', () => {
    expect(hidden).toMatchObject({
      title: 'Person 1 and the WUC',
      peopleHidden: true,
      dataset: datasetRef(publicDataset(ds)),
    });
    expect(hidden.steps[0]).toMatchObject({
      title: 'Person 1',
      caption: 'Person 1 leads the World Uyghur Congress.',
      notes: 'Say Person 1, not Person 1.',
      citations: [{ doc: VOA, quote: 'Person 1, president of the World Uyghur Congress' }],
      view: { highlight: ['person-1', 'world-uyghur-congress'], selection: 'person-1' },
    });
    expect(hidden.steps[1]!.view.selection).toBe('person-2');
    const text = storyFileText(hidden);
    for (const name of ['Dolkun', 'Isa', 'Bachelet', 'dolkun-isa', 'michelle-bachelet']) {
      expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));
    }
    expect(JSON.stringify(file)).toBe(before);
  });

  it('its quotes are words of the documents with names hidden', () => {
    const { errors } = parseStory(hidden, publicDataset(ds), { strict: false });
    expect(errors).toEqual([]);
  });

  it('opens again: checked against the redacted documents, found again in the real ones', () => {
    const opened = readStoryText(storyFileText(hidden), 'isa.story.json', ds);
    expect(opened).toMatchObject({ ok: true, peopleHidden: true, otherDataset: null });
    if (!opened.ok) return;
    expect(opened.file.dataset).toEqual(ref);
    expect(opened.file).not.toHaveProperty('peopleHidden');
    const [one, two] = opened.file.steps;
    // The passages are the same; their words are the document's own again.
    expect(one!.citations).toEqual([
      { doc: VOA, quote: 'Dolkun Isa, president of the World Uyghur Congress' },
    ]);
    expect(two!.citations[0]!.quote).toMatch(/^Michelle Bachelet published her office’s/);
    expect(one!.view).toMatchObject({
      highlight: ['dolkun-isa', 'world-uyghur-congress'],
      selection: 'dolkun-isa',
    });
    // What the author wrote stays as they let it leave: stand-ins.
    expect(one).toMatchObject({ title: 'Person 1', notes: 'Say Person 1, not Person 1.' });
    expect(opened.story.steps[0]!.citations[0]!.quote).toBe(one!.citations[0]!.quote);
  });

  it('saved hidden again, it is the same file', () => {
    const opened = readStoryText(storyFileText(hidden), 'isa.story.json', ds);
    if (!opened.ok) throw new Error('did not open');
    expect(hiddenStoryFile(opened.file, ds).steps.map((s) => s.citations)).toEqual(
      hidden.steps.map((s) => s.citations),
    );
  });

  it('a file from before files said so (stand-in ids, no mark) opens too', () => {
    const unmarked: Partial<StoryFile> = { ...hidden };
    delete unmarked.peopleHidden;
    const opened = readStoryText(JSON.stringify(unmarked), 'old.story.json', ds);
    expect(opened).toMatchObject({ ok: true, peopleHidden: true });
  });

  it('a bad hidden file says how it was checked, and what is wrong where', () => {
    const bad = structuredClone(hidden);
    bad.steps[0]!.citations = [{ doc: VOA, quote: 'Dolkun Isa, president of the World Uyghur' }];
    bad.steps[1]!.view.selection = 'person-9';
    const opened = readStoryText(JSON.stringify(bad), 'bad.story.json', ds);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.issues).toEqual([
      {
        where: 'bad.story.json',
        what: "was saved with people's names hidden: its quotes are checked against the documents with names hidden",
      },
      {
        where: 'step "isa"',
        what: `quote "Dolkun Isa, president of the World Uyghur" is not in "${VOA}"`,
      },
      { where: 'step "bachelet"', what: 'node "person-9" is not in the dataset' },
    ]);
  });

  it('"peopleHidden" must be a boolean', () => {
    const opened = readStoryText(JSON.stringify({ ...story(), peopleHidden: 'yes' }), 'x', ds);
    expect(opened.ok === false && opened.issues).toEqual([
      {
        where: 'the story',
        what: '"peopleHidden" must be true or false (whether names were hidden when it was saved)',
      },
    ]);
  });
});

describe('publicStory keeps the shape it is given', () => {
  it("data/story.json's shape (no dataset, no notes) stays so", () => {
    const steps = story().steps.map(({ notes: _n, ...s }) => s);
    const out = publicStory({ title: story().title, steps }, ds);
    expect(out).not.toHaveProperty('dataset');
    expect(out.steps[0]).not.toHaveProperty('notes');
    expect(out.steps[0]!.caption).toBe('Person 1 leads the World Uyghur Congress.');
  });
});

describe('rewriteStory', () => {
  it('passes every text, quote and node id through the rewrite, input unchanged', () => {
    const file = story();
    const before = JSON.stringify(file);
    const out = rewriteStory(file, {
      text: (s) => s.replaceAll('Say', 'SAY'),
      quote: (q) => ({ ...q, quote: q.quote.toUpperCase() }),
      id: (id) => (id === 'dolkun-isa' ? 'person-1' : id),
    });
    expect(out.steps[0]).toMatchObject({
      notes: 'SAY Isa, not Dolkun.',
      citations: [{ quote: 'DOLKUN ISA, PRESIDENT OF THE WORLD UYGHUR CONGRESS' }],
      view: { highlight: ['person-1', 'world-uyghur-congress'], selection: 'person-1' },
    });
    expect(JSON.stringify(file)).toBe(before);
  });
});
