/**
 * A speaker's story in and out of files: "Save story as file" (the story.json shape, with
 * people hidden written for the dataset as it leaves the browser), "Download this talk as one
 * file", and opening a story file, dropped, chosen or published at an address: checked first;
 * a good one becomes a new draft (so it can never replace one), a bad one opens the list of its
 * problems and nothing else changes.
 */
import { downloadText } from '../lib/export/download.ts';
import { hiddenStoryFile } from '../lib/story/anonymous.ts';
import { appHtml } from '../lib/story/boot.ts';
import { readStoryText, storyFileName, storyFileText } from '../lib/story/file.ts';
import { builtInStory } from '../lib/story/lazy.ts';
import { buildTalk } from '../lib/story/talk-build.ts';
import { talkFileName } from '../lib/story/talk-file.ts';
import type { TalkDrafts } from './talk-drafts.svelte.ts';

export function saveStoryFile(talk: TalkDrafts): void {
  const d = talk.current;
  if (!d) return;
  const { app } = talk;
  const story = app.hidePeople ? hiddenStoryFile(d.story, app.source) : d.story;
  downloadText(storyFileName(d.story.title), storyFileText(story), 'application/json');
  app.announcement = `Saved “${app.redact(d.story.title)}” as a file.`;
}

/**
 * The one-file app with the current story first and the other stories for this dataset after
 * it, the dataset itself, and people hidden if they are (lib/story/talk-build.ts). Returns a
 * message when it could not be written.
 */
export async function downloadTalk(talk: TalkDrafts): Promise<string | null> {
  const d = talk.current;
  if (!d) return 'Open one of your stories first.';
  await talk.flush();
  let html: string;
  try {
    html = await appHtml();
  } catch (e) {
    return `Could not write the talk: ${e instanceof Error ? e.message : String(e)}.`;
  }
  const { app } = talk;
  const rest = talk.mine.filter((x) => x.id !== d.id);
  const hide = app.hidePeople;
  const file = buildTalk({
    html,
    stories: [d, ...rest].map((x) => ({ id: x.id, story: x.story })),
    source: app.source,
    positions: app.positions,
    hidePeople: hide,
    builtInStory: hide ? await builtInStory() : null,
  });
  downloadText(talkFileName(d.story.title), file, 'text/html;charset=utf-8');
  app.announcement = `Downloaded “${app.redact(d.story.title)}” as one file: it opens with no network, in presenter view.`;
  return null;
}

/** A story file's text, named `name` (its file name or address): true when it opened. */
export function openStoryText(talk: TalkDrafts, text: string, name: string): boolean {
  const { app } = talk;
  const opened = readStoryText(text, name, app.source);
  if (!opened.ok) {
    talk.problems = { name, issues: opened.issues, otherDataset: opened.otherDataset };
    return false;
  }
  talk.problems = null;
  talk.addDraft(opened.file);
  const made = opened.otherDataset;
  // Its author hid people's names: so does the app, until the speaker shows them again.
  if (opened.peopleHidden) app.setHidePeople(true);
  const hidden = opened.peopleHidden
    ? " It was saved with people's names hidden: they are hidden now."
    : '';
  const title = app.redact(opened.file.title);
  app.announcement = made
    ? `Opened “${title}”, made for ${made.title} (edition ${made.edition}): every quote was found in this dataset.${hidden}`
    : `Opened “${title}”.${hidden}`;
  return true;
}

/** `?storyfile=URL`: a story published at an address; a failed fetch is its problem. */
export async function openStoryUrl(talk: TalkDrafts, url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    return openStoryText(talk, await response.text(), url);
  } catch (e) {
    const what = `could not be read: ${e instanceof Error ? e.message : String(e)}`;
    talk.problems = { name: url, issues: [{ where: url, what }], otherDataset: null };
    return false;
  }
}
