/**
 * What "Download this talk as one file" writes: the offline app with the talk as a data block
 * (talk-file.ts). With people's names hidden nothing in the file may name a person, so the
 * talk carries `publicDataset` (laid out as on screen, by stand-ins' ids) and its stories
 * written for it (`publicStory`), and the app's built-in data is replaced: its story by the
 * name-free copy, the rest withheld (data-blocks.ts).
 */
import { layoutFile } from '../graph/layout-cache.ts';
import { hidePeople } from '../redact/hide-people.ts';
import { publicDataset, publicPositions } from '../redact/public-dataset.ts';
import type { Dataset } from '../types.ts';
import { publicStory, type StoryShape } from './anonymous.ts';
import { blockJson, STORY_BLOCK, swapDataBlocks } from './data-blocks.ts';
import type { StoryFile } from './draft.ts';
import { withTalk, type TalkData } from './talk-file.ts';

export interface TalkInput {
  /** The offline app (or a talk file) to write the talk into. */
  html: string;
  /** The speaker's stories with their draft ids, the one presented on opening first. */
  stories: { id: string; story: StoryFile }[];
  /** The dataset as loaded (names and all) and the positions it is drawn at. */
  source: Dataset;
  positions: ReadonlyMap<string, { x: number; y: number }>;
  hidePeople: boolean;
  /** The built-in story (`data/story.json`), for its name-free copy. */
  builtInStory: StoryShape | null;
}

/** The talk file's text. */
export function buildTalk(input: TalkInput): string {
  const { html, stories, source, hidePeople: hide } = input;
  if (!hide) {
    const data: TalkData = { version: 1, stories, dataset: source, hidePeople: false };
    return withTalk(html, data);
  }
  const { aliases } = hidePeople(source);
  const positions = publicPositions(layoutFile(source, input.positions).positions, aliases);
  const data: TalkData = {
    version: 1,
    stories: stories.map(({ id, story }) => ({ id, story: publicStory(story, source) })),
    dataset: { ...publicDataset(source), positions },
    hidePeople: true,
  };
  const builtIn = input.builtInStory;
  const page = swapDataBlocks(html, (id) =>
    id === STORY_BLOCK && builtIn !== null ? blockJson(publicStory(builtIn, source)) : 'null',
  );
  return withTalk(page, data);
}
