/** File names for downloads: recognisable, dated, safe on every file system. */
import { slugify } from '../text/slug.ts';

const PREFIX = 'coalition-atlas';
/** Longest slug kept from the base, so names stay readable in a file dialog. */
const MAX_SLUG = 60;

/** "Droits & Libertés!" → "droits-libertes": diacritics folded, anything else becomes a dash. */
export function slug(text: string): string {
  return slugify(text, MAX_SLUG);
}

/**
 * `exportFileName('Diaspora', 'gexf', '2026-11-22')` → `coalition-atlas-diaspora-2026-11-22.gexf`.
 * A base that already starts with the app's name is not prefixed twice; an empty base gives
 * `coalition-atlas-2026-11-22.gexf`; a full ISO timestamp is cut to its day.
 */
export function exportFileName(base: string, ext: string, date: string): string {
  const name = slug(base);
  const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? slug(date);
  const own = name === PREFIX || name.startsWith(`${PREFIX}-`);
  const parts = [PREFIX, own ? name.slice(PREFIX.length + 1) : name, day];
  const extension = slug(ext.replace(/^\.+/, ''));
  const stem = parts.filter((p) => p !== '').join('-');
  return extension === '' ? stem : `${stem}.${extension}`;
}
