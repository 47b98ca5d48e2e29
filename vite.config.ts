import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';

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
 * The offline file makes no request at all, so everything a `?url` import or the favicon would
 * fetch goes inside it. JSON `?url` imports become a `data:` URL built at run time from the
 * text (the loader still `fetch`es it, which Chromium allows from file://); that keeps the file
 * about a quarter smaller than the base64 `data:` URL Vite would inline.
 */
function inlineOffline(): Plugin {
  return {
    name: 'coalition-atlas:offline-inline',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('.json?url')) return null;
      const text = JSON.stringify(JSON.parse(readFileSync(id.slice(0, -4), 'utf8')));
      // Through globalThis so the minifier cannot fold the call back into an encoded literal.
      return `export default 'data:application/json;charset=utf-8,' + globalThis.encodeURIComponent(${JSON.stringify(text)});`;
    },
    transformIndexHtml(html) {
      const icon = readFileSync('public/favicon.svg', 'utf8').trim();
      const href = `data:image/svg+xml,${encodeURIComponent(icon)}`;
      return html.replace('href="./favicon.svg"', `href="${href}"`);
    },
  };
}

/**
 * Start fetching the dataset and its layout with the HTML, not after the JS has run: a
 * `<link rel="preload" as="fetch">` per JSON asset, which `fetch()` in main.ts then reuses.
 */
function preloadData(): Plugin {
  return {
    name: 'coalition-atlas:preload-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const assets = Object.values(ctx.bundle ?? {}).filter((f) => f.fileName.endsWith('.json'));
        return assets.map((f) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `./${f.fileName}` },
          injectTo: 'head' as const,
        }));
      },
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

// `vite build --mode offline` (run by `npm run build` after the hosted build) inlines code,
// styles and the dataset into dist/offline/coalition-atlas.html, which opens from file://.
export default defineConfig(({ mode }) => ({
  plugins:
    mode === 'offline'
      ? [svelte(), inlineOffline(), viteSingleFile(), renameOfflineHtml()]
      : [svelte(), preloadData(), minifyJsonAssets()],
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
          include: ['tests/lib/**/*.test.ts', 'tests/data/**/*.test.ts'],
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
          include: ['tests/components/**/*.test.ts', 'tests/state/**/*.test.ts'],
          setupFiles: ['tests/components/setup.ts'],
        },
      },
    ],
  },
}));
