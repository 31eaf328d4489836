// The layer rules between the folders, checked by `npm run lint` (and `npm test`). Only what
// runs counts (type-only imports vanish when compiled), because the rules exist to keep
// Electron out of the testable core and Node out of the renderer. Each rule has a fixture
// under tests/architecture/fixtures/ that breaks it, and a test that sees it caught.
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
      name: 'renderer-runs-no-node',
      comment: 'The renderer runs sandboxed: no Node built-ins, no Electron, and none of the main process’s packages at run time.',
      severity: 'error',
      from: { path: '^src-renderer/' },
      to: { reachable: true, path: '^(node:|fs$|path$|os$|crypto$|child_process$|worker_threads$)|(^|/)node_modules/(electron|lowdb|docx|zod|saxes|steno)/' },
    },
    {
      name: 'renderer-uses-only-report-rules',
      comment: 'Of src-main, the renderer runs only the pure rules in src-main/report/ (types may come from anywhere).',
      severity: 'error',
      from: { path: '^src-renderer/' },
      to: { path: '^src-main/', pathNot: '^src-main/report/' },
    },
    {
      name: 'report-is-pure',
      comment: "src-main/report/ holds the form's pure rules: it imports nothing of the app's but the form definition, and no Node.",
      severity: 'error',
      from: { path: '^src-main/report/' },
      to: { path: '^(src-main/(?!report/)|src-renderer/|node:|fs$|path$|os$|crypto$)' },
    },
    {
      name: 'no-folder-cycles',
      comment: 'Folders depend on each other one way only, so each layer can be read and tested from the bottom up.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(src-main|src-renderer)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|release|node_modules)/' },
    tsPreCompilationDeps: false,
    // Absolute, so the rule tests can cruise their fixtures with the same settings.
    tsConfig: { fileName: require('node:path').join(__dirname, 'tsconfig.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.svelte', '.json'],
    },
  },
};
