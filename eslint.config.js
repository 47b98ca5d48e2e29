import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: ['dist/', 'dist-*/', 'node_modules/', 'coverage/', 'test-results/', '*.cjs'],
  },
  js.configs.recommended,
  // Type-aware: rules that need the types (a promise nobody awaits, `any` leaking through).
  ...ts.configs.recommendedTypeChecked,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        // Config files and fixture makers are plain JS outside the tsconfig: typed by default.
        projectService: {
          allowDefaultProject: ['eslint.config.js', 'svelte.config.js', 'tests/fixtures/*.mjs'],
          // They run in Node: typed with the tests' options (Node's types and the DOM's).
          defaultProject: 'tsconfig.test.json',
        },
        extraFileExtensions: ['.svelte'],
      },
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // A promise nobody awaits loses its error: await it, or mark it `void` on purpose.
      '@typescript-eslint/no-floating-promises': 'error',
      // Our reactive Sets and Maps are values: built once, held in $state.raw or $derived, and
      // replaced, never mutated in place (see app-state.svelte.ts). SvelteSet/SvelteMap would
      // add a signal per entry for nothing; a mutation would be the bug, not the plain Set.
      'svelte/prefer-svelte-reactivity': 'off',
      // The code marks index reads it knows are in range with `!`, as if under
      // noUncheckedIndexedAccess; this rule would strip those marks of intent.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // In markup, svelte-eslint-parser cannot see a child component's prop types, so a callback
    // prop's parameters read as `any` ((i) => app.dismissNotice(i)) and pass on as `any`;
    // svelte-check types them. Calling or reading through `any` stays an error.
    files: ['**/*.svelte'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // Tests read JSON fixtures and use matchers typed `any` (expect.any(Number)); assertions
    // check the values, and spies are passed unbound on purpose. Calling through `any` stays
    // an error.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
