// What the renderer runs, checked by `npm run lint` beside the layer rules: here only run-time
// imports count (type imports vanish when compiled), and the whole chain is followed, so a
// Node built-in or a main-process package reached through any file the renderer runs is
// caught. Its fixtures are under tests/architecture/fixtures/ with the layer rules'.
const layers = require('./.dependency-cruiser.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'renderer-runs-no-node',
      comment: 'The renderer runs sandboxed: no Node built-ins, no Electron, and none of the main process’s packages at run time.',
      severity: 'error',
      from: { path: '^src-renderer/' },
      to: { reachable: true, path: '^(node:|fs$|path$|os$|crypto$|child_process$|worker_threads$)|(^|/)node_modules/(electron|lowdb|docx|zod|saxes|steno)/' },
    },
  ],
  // A unit test beside a state module runs in Node, over the real services, never in the window.
  options: { ...layers.options, tsPreCompilationDeps: false, exclude: { path: `${layers.options.exclude.path}|\\.test\\.ts$` } },
};
