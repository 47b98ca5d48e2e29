/**
 * The export formats, one row each: id, menu label, file extension, media type and how the
 * confirmation counts what was saved. The menu (ExportMenu.svelte), the file names and the
 * save (run-export.ts) are derived from this table; each row's writer is the function of the
 * same id in `WRITERS` (writers.ts), which the compiler holds to one per row. Adding a format
 * is one row here, its writer there, and their test (tests/lib/export/view-files.test.ts).
 *
 * Kept free of the writers themselves: the menu imports this with the page, the writers load
 * when the menu is first opened.
 */
import { plural } from '../text/plural.ts';

/** The PNG's resolution relative to the picture: crisp on slides and high-density screens. */
export const PNG_SCALE = 2;

export interface FormatDef {
  /** The menu action and the key of its writer: `csv`. */
  id: string;
  /** Its short name, in the menu button's tooltip: "GraphML". */
  name: string;
  /** The menu item; `shown` is the number of nodes the view shows. */
  label: (shown: number, context?: number) => string;
  /** File name extension, without the dot. */
  extension: string;
  /** Media type of the saved file. */
  mime: string;
  /** What the confirmation adds after the file name: the node count, the pixel size, nothing. */
  confirm: 'nodes' | 'pixels' | 'none';
}

const TABLE = [
  {
    id: 'png',
    name: 'PNG',
    label: () => `PNG image (${PNG_SCALE}×)`,
    extension: 'png',
    mime: 'image/png',
    confirm: 'pixels',
  },
  {
    id: 'svg',
    name: 'SVG',
    label: () => 'SVG image',
    extension: 'svg',
    mime: 'image/svg+xml;charset=utf-8',
    confirm: 'none',
  },
  {
    id: 'csv',
    name: 'CSV',
    label: (shown, context = 0) =>
      `CSV of the ${plural(shown, 'shown node')}${context > 0 ? ` + ${context} for context` : ''}`,
    extension: 'csv',
    mime: 'text/csv;charset=utf-8',
    confirm: 'nodes',
  },
  {
    id: 'gexf',
    name: 'GEXF',
    label: () => 'GEXF for Gephi',
    extension: 'gexf',
    mime: 'application/gexf+xml;charset=utf-8',
    confirm: 'nodes',
  },
  {
    id: 'graphml',
    name: 'GraphML',
    label: () => 'GraphML for Cytoscape',
    extension: 'graphml',
    mime: 'application/graphml+xml;charset=utf-8',
    confirm: 'nodes',
  },
] as const satisfies readonly FormatDef[];

/** A format's id: `png`, `svg`, `csv`, `gexf`, `graphml`. */
export type FormatId = (typeof TABLE)[number]['id'];
export type Format = FormatDef & { id: FormatId };
/** The formats, in menu order. */
export const FORMATS: readonly Format[] = TABLE;

/** The row of a format id. */
export function formatOf(id: FormatId): Format {
  const format = FORMATS.find((f) => f.id === id);
  if (!format) throw new RangeError(`No export format "${id}"`);
  return format;
}

/**
 * What a confirmation adds after "Saved <file>": " (57 nodes)", " (21 nodes + 15 for
 * context)", " (2560×1440 px)" or nothing. `shown` counts the matches, `context` the linked
 * actors saved beside them; `size` is the picture's size in CSS pixels (the PNG is PNG_SCALE
 * times it).
 */
export function confirmation(
  format: Format,
  shown: number,
  size: { width: number; height: number },
  context = 0,
): string {
  if (format.confirm === 'nodes') {
    return ` (${plural(shown, 'node')}${context > 0 ? ` + ${context} for context` : ''})`;
  }
  if (format.confirm === 'pixels') {
    return ` (${size.width * PNG_SCALE}×${size.height * PNG_SCALE} px)`;
  }
  return '';
}
