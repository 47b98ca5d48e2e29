import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { canvasModules } from '../../scripts/prerender.ts';

/** A bundle of chunks by file name, each with what it imports. */
const bundle = (chunks: [string, string[], string?][]): Rollup.OutputBundle =>
  Object.fromEntries(
    chunks.map(([fileName, imports, facadeModuleId]) => [
      fileName,
      { type: 'chunk', fileName, imports, facadeModuleId: facadeModuleId ?? null },
    ]),
  ) as unknown as Rollup.OutputBundle;

describe('the Canvas path a ?data= page asks for from its head', () => {
  it('the Canvas chunk, then what it imports at any depth, once each, without the page’s own modules', () => {
    const b = bundle([
      ['assets/index-a.js', ['assets/types-b.js']],
      ['assets/types-b.js', []],
      [
        'assets/canvas-code-c.js',
        ['assets/index-a.js', 'assets/d3-drag-d.js', 'assets/seeds-e.js'],
        '/src/components/graph/canvas-code.ts',
      ],
      ['assets/d3-drag-d.js', ['assets/d3-dispatch-f.js', 'assets/types-b.js']],
      ['assets/seeds-e.js', ['assets/d3-dispatch-f.js']],
      ['assets/d3-dispatch-f.js', []],
      ['assets/search-g.js', []],
    ]);
    expect(canvasModules(b, ['./assets/index-a.js', './assets/types-b.js'])).toEqual([
      './assets/canvas-code-c.js',
      './assets/d3-drag-d.js',
      './assets/d3-dispatch-f.js',
      './assets/seeds-e.js',
    ]);
  });

  it('a build without it is an error, not a page that silently asks for nothing', () => {
    expect(() => canvasModules(bundle([['assets/index-a.js', []]]), [])).toThrow(/no Canvas chunk/);
  });
});
