// The site part of `npm run bench`: a full `astro build` of the synthetic
// repository (every version page, redline, feed and API file), run as
// `npm run build` would run it, in a child process. Reports ms per page, the
// page count and the size of dist/, and splits the time between the policy
// pipeline (history, versions, diffs, compliance), Astro's page rendering and
// the search index, from the build's own log lines.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measuredBuild } from './build-process.ts';
import { buildLog } from '../../src/integration/policy-pipeline.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
/** How a page that only leads on to another marks itself. */
const LEADS_ON = '<meta name="robots" content="noindex">';

export async function benchSiteBuild(root: string): Promise<Record<string, number>> {
  // The synthetic repository has policies only: give it this repository's site settings.
  copyFileSync(join(projectRoot, 'policy', 'site.yaml'), join(root, 'policy', 'site.yaml'));
  // Inside the project: Astro's prerender chunks go next to an outDir there (and must see node_modules);
  // for an outDir elsewhere they go to a shared .astro/ folder that concurrent builds overwrite.
  const cacheFolder = join(projectRoot, 'node_modules', '.cache');
  mkdirSync(cacheFolder, { recursive: true });
  // A parse cache of its own, empty at first: the first build is cold (nothing parsed before),
  // the second warm (every past revision already parsed on disk), as on a maintainer's machine.
  const parseCache = mkdtempSync(join(cacheFolder, 'policy-bench-parse-cache-'));
  try {
    process.stdout.write('  cold build (empty parse cache):\n');
    const cold = await timedBuild(root, cacheFolder, parseCache);
    process.stdout.write('  warm build (past revisions already in the parse cache):\n');
    const warm = await timedBuild(root, cacheFolder, parseCache);
    return {
      ...cold,
      ...Object.fromEntries(
        Object.entries(warm).map(([key, value]) => [`warm${key[0]!.toUpperCase()}${key.slice(1)}`, value]),
      ),
    };
  } finally {
    rmSync(parseCache, { recursive: true, force: true });
  }
}

async function timedBuild(root: string, cacheFolder: string, parseCache: string): Promise<Record<string, number>> {
  const result = await ourBuild(root, cacheFolder, parseCache);
  const log = (text: string) => process.stdout.write(`${text}\n`);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  log(
    `  ${result.pages} pages in ${seconds(result.totalMs)}: ${result.msPerPage.toFixed(1)} ms per page (target ≤ 10 ms: ${
      result.msPerPage <= 10 ? 'met' : 'NOT met'
    }); CPU ${result.cpuMsPerPage.toFixed(1)} ms per page; dist ${(result.distBytes / 1024 / 1024).toFixed(1)} MB in ${
      result.distFiles
    } files`,
  );
  log(
    `  pipeline ${seconds(result.pipelineMs)}, page rendering ${seconds(result.renderMs)}, search index ${seconds(result.searchIndexMs)}, ` +
      `Astro start-up and bundling ${seconds(result.otherMs)}`,
  );
  return { ...result };
}

export interface OurBuild {
  totalMs: number;
  cpuMs: number;
  cpuMsPerPage: number;
  peakRssBytes: number;
  pages: number;
  /** Pages that only lead on to another: old redline addresses. */
  leadOnPages: number;
  msPerPage: number;
  distBytes: number;
  distFiles: number;
  pipelineMs: number;
  renderMs: number;
  searchIndexMs: number;
  otherMs: number;
  policyPageGzipBytes: number;
}

/**
 * One `astro build` of the policy repository at `root` into a temporary outDir
 * (removed afterwards), with the parse cache in `parseCache`: measured, and
 * its time split from the build's own log lines.
 */
export async function ourBuild(root: string, cacheFolder: string, parseCache: string): Promise<OurBuild> {
  const outDir = mkdtempSync(join(cacheFolder, 'policy-bench-dist-'));
  try {
    const run = await measuredBuild(
      [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      {
        cwd: projectRoot,
        env: { POLICY_ROOT: root, POLICY_TODAY: '2026-11-21', POLICY_CACHE_DIR: parseCache },
      },
    );
    const { stdout } = run;
    const files = walk(outDir);
    // The pages that only lead on to another (old redline addresses, src/components/diff/RetiredRedline.astro) are
    // counted apart: counting them as pages would flatter the time per page.
    const allHtml = files.filter((file) => file.endsWith('.html'));
    const html = allHtml.filter((file) => !readFileSync(file, 'utf8').includes(LEADS_ON));
    const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
    const policyPage = html.find((file) => /policies\/[^/]+\/index\.html$/.test(file));
    const pipelineMs = number(stdout, buildLog.pipelinePattern);
    const searchMs = number(stdout, buildLog.searchIndexPattern);
    const renderMs = number(stdout, /generating static routes[\s\S]*?Completed in ([\d.]+)(m?s)/, true);
    return {
      totalMs: run.wallMs,
      cpuMs: run.cpuMs,
      cpuMsPerPage: run.cpuMs / html.length,
      peakRssBytes: run.peakRssBytes,
      pages: html.length,
      leadOnPages: allHtml.length - html.length,
      msPerPage: run.wallMs / html.length,
      distBytes: bytes,
      distFiles: files.length,
      pipelineMs,
      renderMs,
      searchIndexMs: searchMs,
      otherMs: run.wallMs - pipelineMs - renderMs - searchMs,
      policyPageGzipBytes: policyPage ? gzipSync(readFileSync(policyPage)).length : 0,
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function number(text: string, pattern: RegExp, unit = false): number {
  const match = pattern.exec(text);
  if (!match) return 0;
  const value = Number(match[1]);
  return unit && match[2] === 's' ? value * 1000 : value;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
