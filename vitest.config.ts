import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    pool: 'forks',
    // A `.only` left in a test would skip every other test without failing.
    allowOnly: false,
    projects: [
      {
        // Pure code and the draft store on temporary files: nothing built, nothing started
        // (`npm run test:unit`).
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        // These run the built worker, command line, receiver and renderer: built first where
        // the build is missing or older than its sources.
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/built-app.ts'],
        },
      },
      {
        // The renderer's state modules, beside them: compiled by Svelte as in the app (runes),
        // in a DOM, over the real services (tests/support/renderer-bridge.ts), whose Word export
        // and e-mail run the built document worker: built first as for the integration tests.
        extends: true,
        plugins: [svelte()],
        resolve: { conditions: ['browser'] },
        test: {
          name: 'renderer',
          include: ['src-renderer/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/support/renderer-bridge.ts'],
          globalSetup: ['tests/support/built-app.ts'],
        },
      },
    ],
  },
});
