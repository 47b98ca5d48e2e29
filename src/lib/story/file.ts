/**
 * Story files: "Save story as file" writes a `StoryFile` as JSON (the shape of
 * `data/story.json`), and "Open story" reads one back through the same schema as the built-in
 * story (`parseStory`), so a bad file gets the list of what is wrong and where, and nothing
 * else changes.
 */
import type { Dataset } from '../types.ts';
import { datasetRef, sameDataset, type DraftStep, type StoryFile } from './draft.ts';
import { readHiddenStory, type HiddenRead } from './anonymous.ts';
import { isObject, type Issue } from './fields.ts';
import { parseStory } from './story.ts';
import type { DatasetRef, Story } from './types.ts';
import { slugify } from '../text/slug.ts';

/**
 * What opening a file gives: the story, or the problems (the file's name as where).
 * `peopleHidden`: the file was saved with people's names hidden (its texts say "Person N").
 */
export type OpenedStory =
  | {
      ok: true;
      file: StoryFile;
      story: Story;
      otherDataset: DatasetRef | null;
      peopleHidden: boolean;
    }
  | { ok: false; issues: Issue[]; otherDataset: DatasetRef | null };

/** The steps of a checked raw file, as a draft keeps them (notes always present). */
function draftSteps(raw: { steps: unknown[] }): DraftStep[] {
  return raw.steps.map((s) => {
    const step = structuredClone(s) as DraftStep;
    return { ...step, notes: step.notes ?? '' };
  });
}

/**
 * Read a story file's text against `ds`. A story made for another dataset opens only when
 * every quote and id is found in this one; `otherDataset` then names what it was made for.
 * `readStoryText('{', 'talk.json', ds)` → `{ ok: false, issues: [{ where: 'talk.json', what: 'is not JSON: …' }] }`.
 */
export function readStoryText(text: string, name: string, ds: Dataset): OpenedStory {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      issues: [{ where: name, what: `is not JSON: ${why}` }],
      otherDataset: null,
    };
  }
  if (isObject(raw) && raw.peopleHidden === true) return openHidden(raw, ds, name);
  const parsed = parseStory(raw, ds, { strict: false });
  const here = datasetRef(ds);
  const made = parsed.story.madeFor;
  const otherDataset = made !== null && !sameDataset(made, here) ? made : null;
  if (parsed.errors.length > 0) {
    // Saved with names hidden before files said so: its quotes and ids are the stand-ins'.
    const hidden = readHiddenStory(raw, ds);
    if (hidden.file) return openedHidden(hidden, hidden.file, ds);
    return { ok: false, issues: parsed.issues, otherDataset };
  }
  const file: StoryFile = {
    title: parsed.story.title,
    dataset: here,
    steps: draftSteps(raw as { steps: unknown[] }),
  };
  return { ok: true, file, story: parsed.story, otherDataset, peopleHidden: false };
}

/** A file that says it was saved with people hidden: checked as such, or its problems. */
function openHidden(raw: unknown, ds: Dataset, name: string): OpenedStory {
  const hidden = readHiddenStory(raw, ds);
  if (hidden.file) return openedHidden(hidden, hidden.file, ds);
  const made = hidden.parsed.story.madeFor;
  const otherDataset = made !== null && !sameDataset(made, hidden.here) ? made : null;
  const note = {
    where: name,
    what: "was saved with people's names hidden: its quotes are checked against the documents with names hidden",
  };
  return { ok: false, issues: [note, ...hidden.parsed.issues], otherDataset };
}

function openedHidden(hidden: HiddenRead, file: StoryFile, ds: Dataset): OpenedStory {
  const made = hidden.parsed.story.madeFor;
  const otherDataset = made !== null && !sameDataset(made, hidden.here) ? made : null;
  const { story } = parseStory(file, ds, { strict: false });
  return { ok: true, file, story, otherDataset, peopleHidden: true };
}

/** The file's text: the story as JSON, indented for people to read and diff. */
export function storyFileText(file: StoryFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name from the title: `Briefing: MPs, 2024` → `briefing-mps-2024.story.json`. */
export function storyFileName(title: string): string {
  const slug = slugify(title, 60);
  return `${slug === '' ? 'story' : slug}.story.json`;
}
