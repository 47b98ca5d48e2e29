/**
 * What each "Share & export" menu item does, in the browser: build the file with the writers
 * of its format (formats.ts), save or copy it, and return the sentence that confirms it (for a
 * live region).
 */
import { citeView } from './cite.ts';
import { copyText, downloadBlob, downloadText } from './download.ts';
import { confirmation, formatOf, type FormatId } from './formats.ts';
import { exportFile, fullSummary, shownIds, type ViewExport } from './view-files.ts';

// The embed code, loaded with the writers ("Embed this view" is a menu item like them).
export { iframeSnippet } from './embed-code.ts';

/** A menu action: save a file of one format, or copy the link. */
export type ExportAction = FormatId | 'link';

/** Run one action; resolves to the confirmation ("Saved coalition-atlas-….csv (57 nodes).") */
export async function runExport(action: ExportAction, v: ViewExport, url: string): Promise<string> {
  try {
    if (action === 'link') {
      return (await copyText(url))
        ? 'Link copied.'
        : 'Could not copy the link: copy it from the address bar.';
    }
    const file = await exportFile(action, v);
    if (typeof file.data === 'string') downloadText(file.filename, file.data, file.mime);
    else downloadBlob(file.filename, file.data);
    const context = v.context?.size ?? 0;
    const matches = shownIds(v.ds, v.visible).length - context;
    return `Saved ${file.filename}${confirmation(formatOf(action), matches, v, context)}.`;
  } catch (e) {
    return `Export failed: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** The "Cite this view" text for the view at `url`. */
export function viewCitation(v: ViewExport, url: string): string {
  return citeView(v.ds, {
    url,
    summary: fullSummary(v.summary, v.context?.size ?? 0),
    accessed: v.date,
    hidePeople: v.hidePeople,
  });
}

/** Copy a citation (or, with `what`, another text); resolves to the confirmation. */
export async function copyCitation(text: string, what = 'Citation'): Promise<string> {
  return (await copyText(text))
    ? `${what} copied.`
    : 'Could not copy: select the text and copy it.';
}
