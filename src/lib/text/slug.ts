/**
 * Slugs: node ids from names and file names from titles, stable, ASCII, readable in a URL.
 */
import { stripAccents } from './fold.ts';

/**
 * `slugify('Alliance des Avocats pour les Droits de l’Homme')` →
 * `'alliance-des-avocats-pour-les-droits-de-l-homme'`. NFKD then marks stripped, so accents
 * fold to their base letters; other scripts have no ASCII form and become separators, so a name
 * in Chinese only slugs to '' (the build reports it: such an entry needs an explicit `id`).
 * `maxLength` cuts the slug before its edges are trimmed (file names keep to a readable length).
 */
export function slugify(name: string, maxLength = Infinity): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}
