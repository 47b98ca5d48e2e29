/**
 * The build's prerendered page (issue 10: the built-in graph painted near an empty page's first
 * frame). After the client build, `src/prerender/render.ts` renders the explorer on the built-in
 * dataset with Svelte's server renderer, in Node, through a Vite SSR server; the markup goes
 * into index.html as a `<template>`, with the inline script built from `src/prerender/frame.ts`
 * that shows it before the first paint when the address holds no parameter. The offline file
 * is not prerendered: a talk file replaces its data blocks (names hidden), and a picture of the
 * original would then be wrong.
 */
import { JSDOM } from 'jsdom';
import { build, createServer, type Plugin, type Rollup } from 'vite';
import { AHEAD_ID, TEMPLATE_ID } from '../src/prerender/ids.ts';

/** What src/prerender/render.ts returns (its type imports the app, which Node's tsc does not read). */
interface Prerendered {
  html: string;
  bounds: { x0: number; y0: number; x1: number; y1: number };
}

/** Globals the page's state classes read while they are constructed (location, storage…). */
const PAGE_GLOBALS = [
  'window',
  'document',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'navigator',
  'HTMLElement',
  'Element',
  'Node',
  'getComputedStyle',
  'CSS',
] as const;

/** Runs `work` with a jsdom page at a plain address as the global scope, then puts it back. */
async function asPage<T>(work: () => Promise<T>): Promise<T> {
  const { window } = new JSDOM('<!doctype html><div id="app"></div>', {
    url: 'http://localhost/',
  });
  const g = globalThis as Record<string, unknown>;
  const saved = new Map<string, PropertyDescriptor | undefined>();
  const define = (key: string, value: unknown) => {
    saved.set(key, Object.getOwnPropertyDescriptor(g, key));
    Object.defineProperty(g, key, { value, configurable: true, writable: true });
  };
  for (const key of PAGE_GLOBALS) define(key, key === 'window' ? window : window[key]);
  // jsdom has no matchMedia: no preference, no width. The theme is applied by CSS on <html>
  // (index.html sets it before the first paint) and widths by media queries, so the markup
  // does not depend on either.
  define('matchMedia', () => ({
    matches: false,
    addEventListener() {},
    removeEventListener() {},
  }));
  // The presenter console's wire (state/audience.svelte.ts): Node's own would keep the build's
  // process alive, and a page being rendered has no console to talk to.
  define(
    'BroadcastChannel',
    class {
      postMessage(): void {}
      close(): void {}
      addEventListener(): void {}
      removeEventListener(): void {}
      onmessage: unknown = null;
    },
  );
  try {
    return await work();
  } finally {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(g, key, descriptor);
      else delete g[key];
    }
    window.close();
  }
}

async function renderPage(): Promise<Prerendered | null> {
  return asPage(async () => {
    const server = await createServer({
      server: { middlewareMode: true, hmr: false, watch: null },
      appType: 'custom',
      logLevel: 'error',
      // Nothing is served to a browser: no dependency to pre-bundle.
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    try {
      const m = (await server.ssrLoadModule('/src/prerender/render.ts')) as {
        prerender: () => Prerendered | null;
      };
      return m.prerender();
    } finally {
      await server.close();
    }
  });
}

/** A module of src/prerender as one minified script to inline. */
async function inlineScript(entry: 'frame' | 'early'): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'error',
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: `src/prerender/${entry}.ts`, formats: ['iife'], name: `atlas_${entry}` },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunk = [out].flat()[0]?.output[0];
  if (!chunk || chunk.type !== 'chunk') throw new Error(`prerender: ${entry}.ts built no script`);
  return chunk.code.replace(/<\/script/gi, '<\\/script');
}

/**
 * The page's stylesheet inside index.html: the prerendered picture is painted with the HTML, and
 * a `<link>` would hold that paint until a second request came back (the lazy chunks' own CSS
 * stays in files; none of them asks for this one).
 */
function inlineStyles(html: string, bundle: Rollup.OutputBundle | undefined): string {
  return html.replace(
    /<link rel="stylesheet"[^>]*href="\.\/(assets\/index-[^"]+\.css)"[^>]*>/,
    (link, fileName: string) => {
      const css = bundle?.[fileName];
      if (css?.type !== 'asset') return link;
      const text =
        typeof css.source === 'string' ? css.source : new TextDecoder().decode(css.source);
      return `<style>${text.replace(/<\/style/gi, '<\\/style')}</style>`;
    },
  );
}

/**
 * The actors' shapes without what only the live app uses: their names for assistive
 * technology, roles, tab stops and pressed states (35 of the picture's 97 KB). The picture is
 * inert, so none of it is read; the app replaces it with shapes that carry them all. Less to
 * parse and clone before the first paint (issue 10). Their ids stay: the e2e test finds the
 * picture's shapes by them.
 */
export function pictureOnly(markup: string): string {
  return markup.replace(/<path\b[^>]*>/g, (tag) =>
    tag.replace(/\s(?:aria-label|aria-pressed|role|tabindex)="[^"]*"/g, ''),
  );
}

/**
 * The Canvas path's chunk (components/graph/canvas-code.ts) and the chunks it imports, at any
 * depth, leaving out the page's own `modules`: what a page opening `?data=` asks for from the
 * head (src/prerender/ahead.ts).
 */
export function canvasModules(
  bundle: Rollup.OutputBundle | undefined,
  modules: string[],
): string[] {
  const chunks = Object.values(bundle ?? {}).filter((f) => f.type === 'chunk');
  const entry = chunks.find((c) => c.facadeModuleId?.endsWith('components/graph/canvas-code.ts'));
  if (!entry) throw new Error('prerender: the build has no Canvas chunk (canvas-code.ts)');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const have = new Set(modules.map((m) => m.replace(/^\.\//, '')));
  const out: string[] = [];
  const visit = (name: string) => {
    if (have.has(name)) return;
    have.add(name);
    out.push(`./${name}`);
    for (const dep of byName.get(name)?.imports ?? []) visit(dep);
  };
  visit(entry.fileName);
  return out;
}

export function prerender(): Plugin {
  return {
    name: 'coalition-atlas:prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const page = await renderPage();
        if (!page) {
          this.warn('data/layout.json does not fit the dataset (npm run data): not prerendered');
          return html;
        }
        // Svelte's hydration markers: the app mounts afresh, it does not hydrate.
        const markup = pictureOnly(page.html.replace(/<!--[[\]!\-0-9]*-->/g, ''));
        const bounds = JSON.stringify(page.bounds).replace(/"/g, '&quot;');
        // The template in the head, parsed before anything of the body can be painted; the
        // script right after #app, so "Loading…" is replaced before the first paint.
        // The app's module is run by the inline script once the picture is painted
        // (src/prerender/frame.ts).
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
        const src = entry.exec(html)?.[1];
        if (!src) throw new Error('prerender: index.html has no module script to defer');
        const template = `<template id="${TEMPLATE_ID}" data-bounds="${bounds}" data-app="${src}">${markup}</template>`;
        const app = /<div id="app">[\s\S]*?<\/div>/;
        if (!html.includes('</head>') || !app.test(html)) {
          throw new Error('prerender: index.html needs a </head> and <div id="app">…</div>');
        }
        const script = `<script>${await inlineScript('frame')}</script>`;
        // The app's modules (its entry, then the preloads Vite wrote for what it imports) and
        // the built-in dataset's files (the JSON assets), listed on the early script, which
        // asks for them from the head when the address has a parameter (a `?data=` dataset's
        // download then starts as the script's does); with a plain address the frame script
        // asks once the picture is painted (src/prerender/ahead.ts).
        const preload = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
        const modules = [src, ...[...html.matchAll(preload)].map((m) => m[1]!)];
        const builtin = Object.values(ctx.bundle ?? {})
          .filter((f) => f.fileName.endsWith('.json'))
          .map((f) => `./${f.fileName}`);
        const canvas = canvasModules(ctx.bundle, modules);
        const list = (hrefs: string[]) => JSON.stringify(hrefs).replace(/"/g, '&quot;');
        const early =
          `<script id="${AHEAD_ID}" data-modules="${list(modules)}" data-builtin="${list(builtin)}" ` +
          `data-canvas="${list(canvas)}">${await inlineScript('early')}</script>`;
        return inlineStyles(html.replace(preload, ''), ctx.bundle)
          .replace(entry, early)
          .replace('</head>', `  ${template}\n  </head>`)
          .replace(app, (div) => `${div}\n    ${script}`);
      },
    },
  };
}
