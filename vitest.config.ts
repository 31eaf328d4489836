import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // The integration tests run the built worker and renderer: built here when missing.
    globalSetup: ['tests/support/built-app.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // A `.only` left in a test would skip every other test without failing.
    allowOnly: false,
  },
});
