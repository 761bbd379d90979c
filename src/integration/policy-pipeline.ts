// Astro integration: runs the policy pipeline once per build and hands the
// SiteModel to pages. Errors fail the build with the same messages as `policy check`.
//
// The model is published on the Node global registry (`publishSiteModel`) and
// read by `siteModel()` in src/components/model.ts: pages prerender in this same
// process in `astro build` and `astro dev`, so nothing is serialised and Vite
// never parses a multi-megabyte JSON module.
import type { AstroIntegration } from 'astro';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSiteModel, type SiteModel } from '../core/publish/site-model.ts';
import { hasErrors } from '../core/diagnostics/diagnostic.ts';
import { dateInTimeZone, isCalendarDate } from '../core/lifecycle/calendar.ts';
import { readSiteConfig, SITE_CONFIG_PATH } from '../core/repository/site-config.ts';
import { diskFiles } from '../io/fs-files.ts';
import { gitHistory } from '../io/git-history.ts';
import { workerRevisionParser } from '../io/revision-workers.ts';
import { codeVersion, diskCachedParser } from '../io/revision-disk-cache.ts';
import type { RevisionParser } from '../core/versions/load-revision.ts';
import type { PairDiffer } from '../core/diff/jobs.ts';
import { workerPairDiffer } from '../io/diff-workers.ts';
import { diskCachedDiffer } from '../io/redline-disk-cache.ts';
import { formatDiagnostics, summarise } from '../core/diagnostics/format.ts';
import { publishSiteModel } from '../components/model.ts';
import { writeSearchIndex } from './search-index.ts';

/**
 * The build's log lines that `npm run bench` reads to split the build time
 * (scripts/bench/site-build.ts): written and read from here, so they cannot drift apart.
 */
export const buildLog = {
  pipeline: (ms: number) => `Policy pipeline: ${ms} ms.`,
  pipelinePattern: /Policy pipeline: (\d+) ms\./,
  searchIndex: (pages: number, ms: number) =>
    `Search index: built from ${pages} policy ${pages === 1 ? 'page' : 'pages'} in ${ms} ms.`,
  searchIndexPattern: /Search index: built from \d+ policy pages? in (\d+) ms\./,
};

export interface PipelineOptions {
  /** The policy repository; defaults to `POLICY_ROOT`, else the project folder. */
  root?: string;
}

export async function loadSiteModelForBuild(root: string): Promise<SiteModel> {
  const files = diskFiles(root);
  const given = process.env['POLICY_TODAY'];
  if (given && !isCalendarDate(given))
    throw new Error(`POLICY_TODAY must be a date written YYYY-MM-DD, not "${given}".`);
  const timeZone = readSiteConfig(await files.read(SITE_CONFIG_PATH)).config?.timeZone ?? 'America/Denver';
  const today = given || dateInTimeZone(new Date(), timeZone);
  return buildSiteModel({
    files,
    today,
    render: true,
    history: gitHistory(root),
    ...buildCaches(),
  });
}

/**
 * The build's caches on disk: parsed past revisions (`revisions/`) and
 * redlines (`redlines/`), in `node_modules/.cache/policy-as-code`
 * (`POLICY_CACHE_DIR` moves them, `POLICY_CACHE_DIR=off` turns them off).
 * Each is keyed by its inputs and by a hash of the core code and the lock file.
 */
function buildCaches(): { revisionParser: RevisionParser; pairDiffer: PairDiffer } {
  const workers = workerRevisionParser();
  const differ = workerPairDiffer();
  const setting = process.env['POLICY_CACHE_DIR'];
  if (setting === 'off') return { revisionParser: workers, pairDiffer: differ };
  const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
  const folder = setting ? resolve(setting) : join(projectRoot, 'node_modules', '.cache', 'policy-as-code');
  const version = codeVersion(projectRoot);
  return {
    revisionParser: diskCachedParser(workers, { folder: join(folder, 'revisions'), version }),
    pairDiffer: diskCachedDiffer(differ, { folder: join(folder, 'redlines'), version }),
  };
}

export default function policyPipeline(options: PipelineOptions = {}): AstroIntegration {
  let model: SiteModel | undefined;
  const root = resolve(options.root ?? process.env['POLICY_ROOT'] ?? '.');
  return {
    name: 'policy-pipeline',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const started = performance.now();
        model = await loadSiteModelForBuild(root);
        // Logged for `npm run bench`, which reports how the build time divides.
        logger.info(buildLog.pipeline(Math.round(performance.now() - started)));
        const policyCount = (await diskFiles(root).listPolicies()).length;
        if (model.diagnostics.length > 0) {
          const report = formatDiagnostics(model.diagnostics, 'human', summarise(model.diagnostics, policyCount));
          if (hasErrors(model.diagnostics)) {
            logger.error(`The policy check found errors:\n\n${report}`);
            throw new Error('The policy check failed; the site was not built. Fix the errors above, then build again.');
          }
          logger.warn(report);
        }
        publishSiteModel(model);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages } = await writeSearchIndex(dir);
        const ms = Math.round(performance.now() - started);
        logger.info(buildLog.searchIndex(pages, ms));
      },
    },
  };
}
