import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Our reactive Sets and Maps are values: built once, held in $state.raw or $derived, and
      // replaced, never mutated in place (see app-state.svelte.ts). SvelteSet/SvelteMap would
      // add a signal per entry for nothing; a mutation would be the bug, not the plain Set.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
);
