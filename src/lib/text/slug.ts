/**
 * Node ids from names: stable, ASCII, readable in a URL.
 */

/**
 * `slugify('Alliance des Avocats pour les Droits de l’Homme')` →
 * `'alliance-des-avocats-pour-les-droits-de-l-homme'`. NFKD then marks stripped, so accents
 * fold to their base letters; other scripts have no ASCII form and become separators, so a name
 * in Chinese only slugs to '' (the build reports it: such an entry needs an explicit `id`).
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
