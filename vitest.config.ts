import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The integration tests run the built worker and renderer: built here when missing.
    globalSetup: ['tests/support/built-app.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // A `.only` left in a test would skip every other test without failing.
    allowOnly: false,
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'], environment: 'node' },
      },
      {
        // The renderer's state modules, beside them: compiled by Svelte as in the app (runes),
        // in a DOM, over the real services (tests/support/renderer-bridge.ts).
        extends: true,
        plugins: [svelte()],
        resolve: { conditions: ['browser'] },
        test: {
          name: 'renderer',
          include: ['src-renderer/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/support/renderer-bridge.ts'],
        },
      },
    ],
  },
});
