/**
 * What each "Share & export" menu item does, in the browser: build the file with the pure
 * writers, save or copy it, and return the sentence that confirms it (for a live region).
 */
import { citeView } from './cite.ts';
import { copyText, downloadBlob, downloadText, svgToPngBlob } from './download.ts';
import {
  fullSummary,
  shownIds,
  viewFile,
  viewFileName,
  type TextFormat,
  type ViewExport,
} from './view-files.ts';

export type ExportAction = TextFormat | 'png' | 'link';

/** The PNG's resolution relative to the picture: crisp on slides and high-density screens. */
export const PNG_SCALE = 2;

const nodes = (n: number) => `${n} ${n === 1 ? 'node' : 'nodes'}`;

/** Run one action; resolves to the confirmation ("Saved coalition-atlas-….csv (57 nodes).") */
export async function runExport(action: ExportAction, v: ViewExport, url: string): Promise<string> {
  try {
    if (action === 'link') {
      return (await copyText(url))
        ? 'Link copied.'
        : 'Could not copy the link: copy it from the address bar.';
    }
    if (action === 'png') {
      const svg = viewFile('svg', v).text;
      const name = viewFileName(v, 'png');
      downloadBlob(name, await svgToPngBlob(svg, v.width, v.height, PNG_SCALE));
      return `Saved ${name} (${v.width * PNG_SCALE}×${v.height * PNG_SCALE} px).`;
    }
    const file = viewFile(action, v);
    downloadText(file.filename, file.text, file.mime);
    const context = v.context?.size ?? 0;
    const matches = shownIds(v.ds, v.visible).length - context;
    const count =
      action === 'svg'
        ? ''
        : ` (${nodes(matches)}${context > 0 ? ` + ${context} for context` : ''})`;
    return `Saved ${file.filename}${count}.`;
  } catch (e) {
    return `Export failed: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** The "Cite this view" text for the view at `url`. */
export function viewCitation(v: ViewExport, url: string): string {
  return citeView(v.ds, {
    url,
    summary: fullSummary(v),
    accessed: v.date,
    hidePeople: v.hidePeople,
  });
}

/** Copy a citation; resolves to the confirmation. */
export async function copyCitation(text: string): Promise<string> {
  return (await copyText(text))
    ? 'Citation copied.'
    : 'Could not copy: select the text and copy it.';
}
