/**
 * What a talk file needs before the app mounts: the page's own HTML, captured as loaded (the
 * offline build writes itself into new talk files: a page opened from file:// cannot fetch
 * itself), and the talk it carries, if it is one.
 */
import { readTalk, TALK_ELEMENT_ID, type TalkData } from './talk-file.ts';

let own: string | null = null;
let talk: TalkData | null | undefined;

/**
 * Call first thing in main.ts, before anything is mounted: in the offline build, keep the page
 * as it was parsed (the `<html>` element without the attributes the theme script has set).
 */
export function captureOwnHtml(): void {
  if (import.meta.env.MODE !== 'offline') return;
  const html = document.documentElement.outerHTML.replace(
    /^<html([^>]*)>/,
    (_, attrs: string) => `<html${attrs.replace(/\s+data-[\w-]+(="[^"]*")?/g, '')}>`,
  );
  own = `<!DOCTYPE html>\n${html}`;
}

/** The talk this page carries (a downloaded talk file), or null. */
export function embeddedTalk(): TalkData | null {
  talk ??= readTalk(document.getElementById(TALK_ELEMENT_ID)?.textContent);
  return talk;
}

/**
 * The one-file app to write a talk into: this page itself when it is that file, else the one
 * `npm run build` writes next to the hosted app (`offline/coalition-atlas.html`).
 */
export async function appHtml(): Promise<string> {
  if (own !== null) return own;
  const response = await fetch('./offline/coalition-atlas.html');
  if (!response.ok) {
    throw new Error(
      `the one-file app was not found next to this page (${response.status}); \`npm run build\` writes it to dist/offline/coalition-atlas.html`,
    );
  }
  return response.text();
}
