import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { prerender } from './scripts/prerender.ts';

/** The offline build's one file gets a name a person recognises on a USB stick. */
function renameOfflineHtml(): Plugin {
  return {
    name: 'coalition-atlas:offline-name',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html) html.fileName = 'coalition-atlas.html';
    },
  };
}

/**
 * The offline file makes no request at all, so the favicon goes inside it, and so does every
 * file of `data/` the app imports (see `dataBlocks`).
 */
function inlineOffline(): Plugin {
  return {
    name: 'coalition-atlas:offline-inline',
    transformIndexHtml(html) {
      const icon = readFileSync('public/favicon.svg', 'utf8').trim();
      const href = `data:image/svg+xml,${encodeURIComponent(icon)}`;
      return html.replace('href="./favicon.svg"', `href="${href}"`);
    },
  };
}

/**
 * In the offline file, each file of `data/` the app imports (the dataset, its layout, the
 * story, the documents and the curation the importer builds from) is a JSON block of its own,
 * `<script type="application/json" id="data/coalition.json">`, which its module reads when it
 * runs, rather than a literal inside the code: a talk file written with people's names hidden
 * replaces these blocks with name-free ones (src/lib/story/data-blocks.ts). A `?url` import
 * becomes a `data:` URL of the block's text (the loader still `fetch`es it, which Chromium
 * allows from file://), a `?raw` import the text, a plain import the parsed JSON.
 */
function dataBlocks(): Plugin {
  const root = fileURLToPath(new URL('./data/', import.meta.url));
  const PREFIX = '\0data-block:';
  const blocks = new Map<string, string>();
  return {
    name: 'coalition-atlas:data-blocks',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source.startsWith(PREFIX)) return source;
      const [path = '', query = ''] = source.split('?');
      if (!/\.(json|txt)$/.test(path) || !['', 'url', 'raw'].includes(query)) return null;
      const resolved = await this.resolve(path, importer, { ...options, skipSelf: true });
      if (!resolved?.id.startsWith(root)) return null;
      // "|", not "?": an id ending in ".json" or ".json?" would go to Vite's JSON plugin.
      return `${PREFIX}${resolved.id.slice(root.length)}|${query}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [rel = '', query] = id.slice(PREFIX.length).split('|');
      const text = readFileSync(root + rel, 'utf8');
      const json = rel.endsWith('.json') ? JSON.stringify(JSON.parse(text)) : JSON.stringify(text);
      const block = `data/${rel}`;
      // `<` written as \u003c (the same JSON) so no text can close the element early.
      blocks.set(block, json.replace(/</g, '\\u003c'));
      const read = `document.getElementById(${JSON.stringify(block)}).textContent`;
      const code =
        query === 'url'
          ? `export default 'data:application/json;charset=utf-8,' + encodeURIComponent(${read});`
          : `export default JSON.parse(${read});`;
      return { code, moduleType: 'js' };
    },
    transformIndexHtml: {
      order: 'post',
      handler: () =>
        [...blocks].map(([id, json]) => ({
          tag: 'script',
          attrs: { type: 'application/json', id },
          children: json,
          injectTo: 'body' as const,
        })),
    },
  };
}

/**
 * The dataset is committed pretty-printed for people to read and diff; the page gets it
 * without the indentation: 413 KB → 289 KB to send, compress and parse before the first frame.
 */
function minifyJsonAssets(): Plugin {
  return {
    name: 'coalition-atlas:minify-json',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.json')) {
          const text =
            typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          file.source = JSON.stringify(JSON.parse(text));
        }
      }
    },
  };
}

/**
 * The page's copy of world-countries holds only the fields the importer reads (the pipeline's
 * regions, the names, demonyms and spellings that draft a country from a name): the package's
 * flags, borders and translations were 160 of the importer's 187 KB gzip. Node (`npm run data`,
 * vitest) reads the whole package; the same fields give the same results (a test compares).
 */
export function slimCountries(): Plugin {
  const ID = '\0world-countries-slim';
  return {
    name: 'coalition-atlas:slim-countries',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (source === 'world-countries' ? ID : null),
    async load(id) {
      if (id !== ID) return null;
      const { default: all } = await import('world-countries');
      const slim = all.map((c) => ({
        cca2: c.cca2,
        region: c.region,
        subregion: c.subregion,
        name: { common: c.name.common },
        demonyms: c.demonyms?.['eng'] ? { eng: c.demonyms['eng'] } : undefined,
        altSpellings: c.altSpellings,
      }));
      return { code: `export default ${JSON.stringify(slim)};`, moduleType: 'js' };
    },
  };
}

// `vite build --mode offline` (run by `npm run build` after the hosted build) inlines code,
// styles and the dataset into dist/offline/coalition-atlas.html, which opens from file://.
export default defineConfig(({ mode }) => ({
  plugins:
    mode === 'offline'
      ? [
          svelte(),
          slimCountries(),
          dataBlocks(),
          inlineOffline(),
          viteSingleFile(),
          renameOfflineHtml(),
        ]
      : [svelte(), slimCountries(), minifyJsonAssets(), prerender()],
  // Relative asset paths so dist/ works from any sub-path of a static host.
  base: './',
  // d3-zoom's only needs from d3-transition ("stop the transition") and d3-interpolate
  // (animate one) are for transitions, and we never start one: see src/lib/graph/no-*.ts.
  resolve: {
    alias: [
      {
        find: /^d3-transition$/,
        replacement: fileURLToPath(new URL('./src/lib/graph/no-transition.ts', import.meta.url)),
      },
      {
        find: /^d3-interpolate$/,
        replacement: fileURLToPath(new URL('./src/lib/graph/no-interpolate.ts', import.meta.url)),
      },
    ],
  },
  build:
    mode === 'offline'
      ? { target: 'es2022', outDir: 'dist/offline', emptyOutDir: true, copyPublicDir: false }
      : { target: 'es2022', reportCompressedSize: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'tests/lib/**/*.test.ts',
            'tests/data/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        // svelteTesting() adds the `browser` resolve condition and auto-cleanup; it lives only
        // here because in the root config it breaks server-side imports.
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          // The first test of a file pays for compiling its components cold: seconds on a busy
          // machine, which the default 5 s limit turned into a failure that was not a bug.
          testTimeout: 15_000,
          include: [
            'tests/components/**/*.test.ts',
            'tests/state/**/*.test.ts',
            'tests/prerender/**/*.test.ts',
          ],
          setupFiles: ['tests/components/setup.ts'],
        },
      },
    ],
  },
}));
