import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Git-backed and browser tests start real processes; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Gives the site and browser suites a shared cache folder; each site is built once per run, on first use.
    globalSetup: ['test/site/global-setup.ts'],
  },
});
