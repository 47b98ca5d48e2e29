/**
 * "Embed this view": the `<iframe>` a reader pastes into a page, for the view at an address
 * (lib/url/embed.ts says what `?embed=1` shows). Loaded with the menu's writers (run-export.ts),
 * on first use, not with the page.
 */
import { escapeXmlAttr } from './xml.ts';
import { EMBED_PARAM, withoutEmbed } from '../url/embed.ts';

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
