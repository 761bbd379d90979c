import { defineConfig } from 'vitest/config';

// Two projects, split by speed (docs/architecture.md, "Tests"):
// - `unit`: the core, the CLI, git history and the layering rules. No site build,
//   no browser. `npm run test:unit` runs it alone, for the edit-test loop.
// - `site`: everything that builds a site, drives Chromium, runs the HTML
//   checker or checks the GitHub workflows.
// `npm test` (and CI) runs both.
/** The test folders of each project; a test file anywhere else would never run (test/architecture checks). */
export const unitFolders = ['core', 'cli', 'history', 'architecture', 'docs'];
export const siteFolders = ['site', 'browser', 'workflows', 'build'];

export default defineConfig({
  test: {
    // Git-backed and browser tests start real processes; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [`test/{${unitFolders.join(',')}}/**/*.test.ts`],
          // The unit tests keep no state in modules, so a worker runs its files without
          // re-importing the core for each: loading modules was most of this project's time.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: [`test/{${siteFolders.join(',')}}/**/*.test.ts`],
          // Gives the site and browser suites a shared cache folder; each site is built once per run, on first use.
          globalSetup: ['test/site/global-setup.ts'],
        },
      },
    ],
  },
});
