// Builds a site once per test run and shares it between test files (which run
// in separate processes): the first caller takes a lock (an atomic mkdir) and
// runs `astro build` in a child process; the others wait for its result file.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { aupRepo, tosRepo } from '../history/site-policy-repo.ts';

const run = promisify(execFile);

export const projectRoot = resolve(import.meta.dirname, '../..');

/** The date every test build is made for, so review and comment states are fixed. */
export const TEST_TODAY = '2026-11-21';

export interface SiteSpec {
  /** The policy repository: the real one, or a fixture copied out of git (current text only). */
  root: string;
  /** The base path the site is built for and served under. */
  base: string;
}

const specs = {
  /** This repository's own policies, under a sub-path like GitHub Pages. */
  repo: (): SiteSpec => ({ root: projectRoot, base: '/policy/' }),
  /** A small fixture repository, for exact assertions on the HTML. */
  fixture: (): SiteSpec => {
    const copy = mkdtempSync(join(tmpdir(), 'policy-site-fixture-'));
    cpSync(join(projectRoot, 'test/fixtures/site/small-repo'), copy, { recursive: true });
    return { root: copy, base: '/' };
  },
  /** A real history (37 revisions of GitHub's Acceptable Use Policies), replayed into git. */
  aup: (): SiteSpec => {
    const repo = aupRepo();
    cpSync(join(projectRoot, 'test/fixtures/site/small-repo/policy/site.yaml'), join(repo.root, 'policy/site.yaml'));
    return { root: repo.root, base: '/' };
  },
  /** The first seven revisions of the same history (the sixth has a link the check refuses; the seventh mends it): few enough versions that every pair had a redline page before. */
  aupSeven: (): SiteSpec => {
    const repo = aupRepo(7);
    cpSync(join(projectRoot, 'test/fixtures/site/small-repo/policy/site.yaml'), join(repo.root, 'policy/site.yaml'));
    return { root: repo.root, base: '/' };
  },
  /** Six real revisions of GitHub's Terms of Service (upstream 6–10 and 44, as 1.0 to 1.5), three with a heading twice. */
  tos: (): SiteSpec => {
    const repo = tosRepo();
    cpSync(join(projectRoot, 'test/fixtures/site/small-repo/policy/site.yaml'), join(repo.root, 'policy/site.yaml'));
    return { root: repo.root, base: '/' };
  },
  /** The attack inputs the check accepts (issue 16), for the browser test that clicks every link. */
  attacks: (): SiteSpec => {
    const copy = mkdtempSync(join(tmpdir(), 'policy-site-attacks-'));
    cpSync(join(projectRoot, 'test/fixtures/site/attack-repo'), copy, { recursive: true });
    return { root: copy, base: '/' };
  },
};

export type SiteName = keyof typeof specs;

export interface BuiltSite {
  name: SiteName;
  dist: string;
  base: string;
  /** Reads a built page by its path under the base: `read('/policies/conduct/')`. */
  read: (path: string) => string;
  /** Every HTML file, as paths relative to `dist` (`policies/conduct/index.html`). */
  htmlFiles: () => string[];
}

export async function builtSite(name: SiteName): Promise<BuiltSite> {
  const cache = inject('siteCache') ?? mkdtempSync(join(projectRoot, 'node_modules/.cache/policy-site-'));
  const dist = join(cache, name, 'dist');
  const result = join(cache, `${name}.json`);
  let spec: SiteSpec | undefined;
  try {
    mkdirSync(join(cache, `${name}.lock`));
    spec = specs[name]();
  } catch {
    // Another test file is building it: wait for its result below.
  }
  if (spec) {
    try {
      await run(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
        cwd: projectRoot,
        env: { ...buildEnv(), POLICY_ROOT: spec.root, POLICY_TODAY: TEST_TODAY, BASE_PATH: spec.base, SITE_URL: '' },
        maxBuffer: 64 * 1024 * 1024,
      });
      writeFileSync(result, JSON.stringify({ base: spec.base }));
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      writeFileSync(result, JSON.stringify({ error: `astro build failed:\n${stdout}\n${stderr}` }));
    }
  }
  const outcome = await waitFor(result);
  if ('error' in outcome) throw new Error(outcome.error);
  return site(name, dist, outcome.base);
}

/**
 * The environment for `astro build`, without what Vitest sets for its own Vite
 * (`BASE_URL`, `MODE`, `NODE_ENV=test`, …): Astro reads `import.meta.env` from
 * `process.env` too, and an inherited `BASE_URL=/` would undo the base path.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const vitestOwn = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !vitestOwn.has(name) && !name.startsWith('VITEST_')),
  );
}

async function waitFor(file: string): Promise<{ base: string } | { error: string }> {
  for (let waited = 0; waited < 280_000; waited += 200) {
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { error: `Timed out waiting for ${file}` };
}

function site(name: SiteName, dist: string, base: string): BuiltSite {
  return {
    name,
    dist,
    base,
    read: (path) => {
      const file = path.replace(/^\/+/, '');
      return readFileSync(join(dist, file === '' || file.endsWith('/') ? `${file}index.html` : file), 'utf8');
    },
    htmlFiles: () => listFiles(dist).filter((file) => file.endsWith('.html')),
  };
}

/** Every file under `dir`, as sorted paths relative to it (the Pagefind index excluded). */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(path);
      } else files.push(relative(dir, path));
    }
  };
  walk(dir);
  return files.sort();
}

/** `policies/conduct/index.html` → `/policies/conduct/` (the page's path under the base). */
export function pagePath(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}
