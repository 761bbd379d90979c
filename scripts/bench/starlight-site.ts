// The other side of `npm run bench -- --vs-starlight`: a plain Starlight docs
// site built from the same revision texts as the synthetic policy repository,
// one page per revision. Starlight is installed at pinned versions in a folder
// of its own (never a dependency of this project); the install is kept under
// node_modules/.cache so later runs reuse it, and each run writes its pages
// into a fresh temporary site folder with a hard-linked copy of it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { folderSize, measuredBuild, type BuildRun } from './build-process.ts';

/** The versions compared against; Starlight 0.42 accepts Astro ^7.2.10 (its peer dependency). */
export const STARLIGHT_VERSION = '0.42.4';
export const ASTRO_VERSION = '7.3.5';

const projectRoot = join(import.meta.dirname, '..', '..');

export interface StarlightSite {
  root: string;
  /** Writes one page (a revision text) at `docs/<policy>/<name>.md`. */
  writePage(policy: string, name: string, text: string): void;
  removePage(policy: string, name: string): void;
  build(kind: 'cold' | 'warm'): Promise<BuildRun & { pages: number; distBytes: number; distFiles: number }>;
  dispose(): void;
}

/** Installs Starlight once (kept in node_modules/.cache) and returns the folder that holds its node_modules. */
export function installStarlight(log: (text: string) => void): string {
  const folder = join(
    projectRoot,
    'node_modules',
    '.cache',
    `bench-starlight-${STARLIGHT_VERSION}-astro-${ASTRO_VERSION}`,
  );
  if (existsSync(join(folder, 'node_modules', '@astrojs', 'starlight', 'package.json'))) return folder;
  log(`  installing @astrojs/starlight@${STARLIGHT_VERSION} and astro@${ASTRO_VERSION} from the npm registry…`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'package.json'),
    `${JSON.stringify(
      {
        name: 'bench-starlight',
        private: true,
        type: 'module',
        dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: ASTRO_VERSION },
        allowScripts: { esbuild: true },
      },
      null,
      2,
    )}\n`,
  );
  // npm runs on this project's Node (first on PATH), as the project's own install does.
  const path = `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`;
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: folder,
    stdio: 'inherit',
    env: { ...process.env, PATH: path },
  });
  return folder;
}

/** A fresh Starlight site in a temporary folder, using the install in `installFolder`. */
export function createStarlightSite(installFolder: string): StarlightSite {
  const root = mkdtempSync(join(tmpdir(), 'policy-bench-starlight-'));
  // A hard-linked copy (no bytes copied): Vite refuses Astro components reached through a symbolic link.
  execFileSync('cp', ['-al', join(installFolder, 'node_modules'), join(root, 'node_modules')]);
  // Astro finds the packages it must compile (Starlight's components) through the dependencies listed here.
  writeFileSync(join(root, 'package.json'), readFileSync(join(installFolder, 'package.json')));
  writeFileSync(
    join(root, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      '',
      "export default defineConfig({ site: 'https://bench.example.gov', integrations: [starlight({ title: 'Bench' })] });",
      '',
    ].join('\n'),
  );
  mkdirSync(join(root, 'src', 'content', 'docs'), { recursive: true });
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      '',
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  const page = (policy: string, name: string) => join(root, 'src', 'content', 'docs', policy, `${name}.md`);
  return {
    root,
    writePage: (policy, name, text) => {
      mkdirSync(dirname(page(policy, name)), { recursive: true });
      writeFileSync(page(policy, name), text);
    },
    removePage: (policy, name) => rmSync(page(policy, name), { force: true }),
    build: async (kind) => {
      rmSync(join(root, 'dist'), { recursive: true, force: true });
      if (kind === 'cold') {
        // Astro keeps the content layer's data store (parsed and rendered entries) in these folders,
        // and Vite its pre-bundled dependencies.
        for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) {
          rmSync(join(root, cache), { recursive: true, force: true });
        }
      }
      const run = await measuredBuild([join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
        cwd: root,
        env: { ASTRO_TELEMETRY_DISABLED: '1' },
      });
      const size = folderSize(join(root, 'dist'));
      return { ...run, pages: size.pages, distBytes: size.bytes, distFiles: size.files };
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
