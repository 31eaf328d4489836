// The layer rules between the folders, checked by `npm run lint` (and `npm test`). Type
// imports count like any other: a folder that names another's types depends on it, so "no
// cycle between folders" holds for types too. What the renderer runs is checked apart, in
// .dependency-cruiser-runtime.cjs, because there only what runs counts (the renderer may name
// any of the main process's types). Each rule has a fixture under tests/architecture/fixtures/
// that breaks it, and a test that sees it caught.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'electron-only-in-electron-folder',
      comment: "Only src-main/electron/ imports 'electron': the rest runs and is tested in plain Node, where Electron has no binary.",
      severity: 'error',
      from: { path: '^(src-main|src-renderer|scripts)/', pathNot: '^src-main/electron/' },
      to: { path: '(^|/)node_modules/electron/' },
    },
    {
      name: 'renderer-uses-only-form-and-report',
      comment: 'Of src-main, the renderer runs only the pure rules in src-main/report/ and the form in src-main/form/ (types may come from anywhere).',
      severity: 'error',
      from: { path: '^src-renderer/' },
      to: { path: '^src-main/', pathNot: '^src-main/(report|form)/', dependencyTypesNot: ['type-only', 'type-import'] },
    },
    {
      name: 'report-is-pure',
      comment: "src-main/report/ holds the form's pure rules: it imports nothing of the app's but the form (src-main/form/), and no Node.",
      severity: 'error',
      from: { path: '^src-main/report/' },
      to: { path: '^(src-main/(?!(report|form)/)|src-renderer/|node:|fs$|path$|os$|crypto$)' },
    },
    {
      name: 'form-is-pure',
      comment:
        "src-main/form/ says what the form asks (its vocabulary, the template's texts, the question sets): it imports nothing of the app's, and no Node.",
      severity: 'error',
      from: { path: '^src-main/form/' },
      to: { path: '^(src-main/(?!form/)|src-renderer/|node:|fs$|path$|os$|crypto$)' },
    },
    {
      name: 'no-folder-cycles',
      comment: 'Folders depend on each other one way only, types included, so each layer can be read and tested from the bottom up.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(src-main|src-renderer)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|release|node_modules)/' },
    tsPreCompilationDeps: true,
    // Absolute, so the rule tests can cruise their fixtures with the same settings.
    tsConfig: { fileName: require('node:path').join(__dirname, 'tsconfig.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.svelte', '.json'],
    },
  },
};
