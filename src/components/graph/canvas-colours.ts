/**
 * The theme's link colours, as the Canvas draws them: read from the CSS variables that `el`
 * sees (themes.css), with the light theme's as a fallback before the page's CSS applies.
 */
import type { SceneColours } from '../../lib/render/scene.ts';

export function linkColours(el: Element | null): SceneColours {
  const style = el ? getComputedStyle(el) : null;
  return {
    link: style?.getPropertyValue('--link').trim() || '#8d96a1',
    linkActive: style?.getPropertyValue('--link-active').trim() || '#2b3440',
  };
}
