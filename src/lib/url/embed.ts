/**
 * The embedded view (`?embed=1`): a read-only explorer for an iframe in an article or a site.
 * The parameter is the page's mode, not part of the view: it stays in the address while the
 * reader clicks, "Open in Coalition Atlas" drops it, and "Embed this view" adds it.
 */
import { escapeXmlAttr } from '../export/xml.ts';

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

/** The same view embedded: `https://x.org/atlas/?node=wuc` → `…/?node=wuc&embed=1`. */
export function withEmbed(href: string): string {
  const url = new URL(withoutEmbed(href));
  url.hash = '';
  url.search = url.search === '' ? `?${EMBED_PARAM}=1` : `${url.search}&${EMBED_PARAM}=1`;
  return url.href;
}

/** Height of the embedded frame in CSS pixels: room for the graph and an open panel. */
export const EMBED_HEIGHT = 600;

/**
 * The `<iframe>` to paste into a page for the view at `href`, titled for screen readers:
 * `<iframe src="https://x.org/atlas/?embed=1" title="Coalition Atlas: …" width="100%"
 * height="600" style="border:0" loading="lazy" allow="fullscreen"></iframe>`.
 */
export function iframeSnippet(href: string, title: string): string {
  const attrs: [string, string][] = [
    ['src', withEmbed(href)],
    ['title', `Coalition Atlas: ${title}`],
    ['width', '100%'],
    ['height', String(EMBED_HEIGHT)],
    ['style', 'border:0'],
    ['loading', 'lazy'],
    ['allow', 'fullscreen'],
  ];
  return `<iframe ${attrs.map(([k, v]) => `${k}="${escapeXmlAttr(v)}"`).join(' ')}></iframe>`;
}
