/**
 * "Download this talk as one file": the offline build of the app (one HTML file with its code,
 * styles and the built-in dataset) with the talk added as a data block, so it opens from a
 * USB stick with no network, straight into presenter view at the first step. The data block is
 * JSON in `<script type="application/json" id="talk-data">`; `<` is escaped so no text in a
 * story can close the element early.
 */
import type { Dataset } from '../types.ts';
import type { StoryFile } from './draft.ts';
import { slugify } from '../text/slug.ts';

/** What a talk file carries besides the app. */
export interface TalkData {
  version: 1;
  /** The stories, the first one presented on opening; each with its draft id. */
  stories: { id: string; story: StoryFile }[];
  /** The dataset when it is not the one built into the app (another dataset, or people hidden). */
  dataset: Dataset | null;
  /** Open with people's names hidden. */
  hidePeople: boolean;
}

export const TALK_ELEMENT_ID = 'talk-data';
const OPEN = `<script type="application/json" id="${TALK_ELEMENT_ID}">`;

/** The data block's text: JSON with `<` written as `\u003c` (still the same JSON). */
export function talkBlock(data: TalkData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${TALK_ELEMENT_ID}">${json}</script>\n`;
}

/**
 * `html` (the offline app, maybe itself a talk file) with `data` as its talk: an older talk
 * block is replaced, else the block goes just before `</head>`. Both are searched from the end:
 * the app's own inline code, earlier in the file, contains these very strings.
 */
export function withTalk(html: string, data: TalkData): string {
  const block = talkBlock(data);
  const head = html.lastIndexOf('</head>');
  if (head === -1) throw new Error('The app file has no </head>: it is not the offline build.');
  const old = html.lastIndexOf(OPEN, head);
  const close = old === -1 ? -1 : html.indexOf('</script>', old);
  const ours = old !== -1 && html.startsWith('{"version":', old + OPEN.length);
  if (ours && close !== -1 && html.slice(close + 9, head).trim() === '') {
    return `${html.slice(0, old)}${block}${html.slice(head)}`;
  }
  return `${html.slice(0, head)}${block}${html.slice(head)}`;
}

/** The talk in a page's data block text, or null when it is missing or not a talk. */
export function readTalk(text: string | null | undefined): TalkData | null {
  if (!text) return null;
  try {
    const raw = JSON.parse(text) as Partial<TalkData>;
    if (raw.version !== 1 || !Array.isArray(raw.stories)) return null;
    return {
      version: 1,
      stories: raw.stories,
      dataset: raw.dataset ?? null,
      hidePeople: raw.hidePeople === true,
    };
  } catch {
    return null;
  }
}

/** A file name for the talk: `Briefing: MPs` → `briefing-mps.talk.html`. */
export function talkFileName(title: string): string {
  const slug = slugify(title, 60);
  return `${slug === '' ? 'talk' : slug}.talk.html`;
}
