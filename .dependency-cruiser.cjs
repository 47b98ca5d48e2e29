/**
 * The one-way flow of the code, checked by `npm run check` (dependency-cruiser):
 *   lib/<domain> (pure) → state/ (rune classes) → components/ → App/Root/main,
 * with no import circle between folders, and nothing the page loads reaching the Node-only
 * code in src/node/ or Node's own modules. See README "Structure".
 */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-circle',
      comment: 'Two folders import each other (maybe through others): move the shared code down.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'lib-is-pure',
      comment: 'src/lib is plain functions: it must not import state (rune classes) or components.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: ['^src/state/', '^src/components/', '\\.svelte(\\.ts)?$'] },
    },
    {
      name: 'state-below-components',
      comment: 'State is read by components, never the other way round.',
      severity: 'error',
      from: { path: '^src/state/' },
      to: { path: '^src/components/' },
    },
    {
      name: 'components-not-to-app',
      comment: 'Components are mounted by App/Root, and do not import them.',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: '^src/[^/]+\\.(svelte|ts)$' },
    },
    {
      name: 'browser-not-to-node-only',
      comment:
        'Code that runs in the page (everything in src/ outside src/node/) must not import the Node-only code or Node built-ins.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/node/' },
      to: { path: '^src/node/' },
    },
    {
      name: 'browser-not-to-node-builtins',
      comment: 'node:fs and friends do not exist in the page; file access lives in src/node/.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/node/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'src-not-to-tests-or-scripts',
      comment: 'The app does not depend on its tests or its scripts.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|scripts)/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.json(\\?url)?$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.svelte'],
    },
  },
};
