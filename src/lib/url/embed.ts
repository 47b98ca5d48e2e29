/**
 * The embedded view (`?embed=1`): a read-only explorer for an iframe in an article or a site.
 * The parameter is the page's mode, not part of the view: it stays in the address while the
 * reader clicks, "Open in Coalition Atlas" drops it, and "Embed this view" adds it
 * (lib/export/embed-code.ts).
 */
/** The parameter that asks for the embedded view. */
export const EMBED_PARAM = 'embed';

/** True for `?embed=1` (any other value, or none, is the full explorer). */
export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).get(EMBED_PARAM) === '1';
}

/**
 * The same view in the full explorer: `https://x.org/atlas/?node=wuc&embed=1#a` →
 * `https://x.org/atlas/?node=wuc#a`. Other parameters keep their order and spelling.
 */
export function withoutEmbed(href: string): string {
  const url = new URL(href);
  const kept = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '' && p.split('=')[0] !== EMBED_PARAM);
  url.search = kept.length === 0 ? '' : `?${kept.join('&')}`;
  return url.href;
}
