// `npm run bench -- --vs-starlight`: this project and a plain Starlight site
// built from the same revision texts (every revision of every policy of the
// synthetic repository, one page each), side by side on the same machine.
//
// Per size: `rounds` cold builds of each, alternating which goes first so that
// a change in the machine's load hits both alike, then warm builds (each with
// the caches of the build before), then a pull-request build: one policy
// edited (one new revision), built with the caches of the warm build. Ratios
// are the medians of the round-by-round ratios.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { commitNextVersion, createSyntheticRepo, dropLastCommit } from './synthetic-repo.ts';
import { ourBuild, type OurBuild } from './site-build.ts';
import { ASTRO_VERSION, createStarlightSite, installStarlight, STARLIGHT_VERSION } from './starlight-site.ts';

export interface Size {
  policies: number;
  versions: number;
}

export interface ComparisonOptions {
  sizes: Size[];
  words: number;
  rounds: number;
  warmRounds: number;
}

/** What one build of either side measured. */
export interface Measured {
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  pages: number;
  distBytes: number;
}

export interface SizeResult extends Size {
  revisions: number;
  ours: { cold: Measured[]; warm: Measured[]; pr: Measured; split: Pick<OurBuild, 'pipelineMs' | 'renderMs'>[] };
  starlight: { cold: Measured[]; warm: Measured[]; pr: Measured };
  ratios: Ratios;
}

export interface Ratios {
  /** Ours ÷ Starlight, medians of the round-by-round ratios of cold builds. */
  wallPerRevision: number;
  cpuPerRevision: number;
  wallPerPage: number;
  cpuPerPage: number;
  peakMemory: number;
  dist: number;
  warmWallPerRevision: number;
  prWall: number;
}

const log = (text: string) => process.stdout.write(`${text}\n`);
const projectRoot = join(import.meta.dirname, '..', '..');

export function parseSizes(text: string): Size[] {
  return text.split(',').map((part) => {
    const match = /^(\d+)x(\d+)$/.exec(part.trim());
    if (!match) throw new Error(`--sizes takes sizes written POLICIESxVERSIONS, such as 50x20,200x10 (not "${part}").`);
    return { policies: Number(match[1]), versions: Number(match[2]) };
  });
}

export async function compareWithStarlight(options: ComparisonOptions): Promise<SizeResult[]> {
  log(`Starlight ${STARLIGHT_VERSION} on Astro ${ASTRO_VERSION}:`);
  const install = installStarlight(log);
  const results: SizeResult[] = [];
  for (const size of options.sizes) results.push(await compareAt(size, install, options));
  return results;
}

async function compareAt(size: Size, install: string, options: ComparisonOptions): Promise<SizeResult> {
  log(`\n${size.policies} policies × ${size.versions} versions × ~${options.words} words:`);
  const repo = createSyntheticRepo({ ...size, words: options.words });
  copyFileSync(join(projectRoot, 'policy', 'site.yaml'), join(repo.root, 'policy', 'site.yaml'));
  const site = createStarlightSite(install);
  let revisions = 0;
  for (const [path, texts] of repo.texts) {
    const policy = path.replace(/^policy\/|\.mdx$/g, '');
    texts.forEach((text, index) => site.writePage(policy, pageName(index + 1), text));
    revisions += texts.length;
  }
  const cacheFolder = join(projectRoot, 'node_modules', '.cache');
  mkdirSync(cacheFolder, { recursive: true });
  const caches: string[] = [];
  const freshCache = () => {
    const folder = mkdtempSync(join(cacheFolder, 'policy-bench-parse-cache-'));
    caches.push(folder);
    return folder;
  };
  const ours = { cold: [] as Measured[], warm: [] as Measured[], split: [] as SizeResult['ours']['split'] };
  const starlight = { cold: [] as Measured[], warm: [] as Measured[] };
  let parseCache = '';
  const runOurs = async (kind: 'cold' | 'warm' | 'PR') => {
    if (kind === 'cold') parseCache = freshCache();
    const build = await ourBuild(repo.root, cacheFolder, parseCache);
    report('this project', kind, build.totalMs, build.cpuMs, build.peakRssBytes, build.pages, build.distBytes);
    if (build.leadOnPages > 0) {
      log(
        `      (and ${build.leadOnPages.toLocaleString('en-US')} pages at old redline addresses, not counted as pages)`,
      );
    }
    return build;
  };
  const runStarlight = async (kind: 'cold' | 'warm' | 'PR') => {
    const build = await site.build(kind === 'cold' ? 'cold' : 'warm');
    report('Starlight', kind, build.wallMs, build.cpuMs, build.peakRssBytes, build.pages, build.distBytes);
    return measured(build.wallMs, build);
  };
  try {
    for (let round = 0; round < options.rounds; round++) {
      log(`  round ${round + 1} of ${options.rounds}, cold (${round % 2 === 0 ? 'this project' : 'Starlight'} first):`);
      const sides = [
        async () => {
          const build = await runOurs('cold');
          ours.cold.push(measured(build.totalMs, build));
          ours.split.push({ pipelineMs: build.pipelineMs, renderMs: build.renderMs });
        },
        async () => void starlight.cold.push(await runStarlight('cold')),
      ];
      for (const side of round % 2 === 0 ? sides : sides.reverse()) await side();
    }
    for (let round = 0; round < options.warmRounds; round++) {
      log(`  warm ${round + 1} of ${options.warmRounds} (the caches of the build before):`);
      const build = await runOurs('warm');
      ours.warm.push(measured(build.totalMs, build));
      starlight.warm.push(await runStarlight('warm'));
    }
    log('  pull request: one policy edited (one new revision), with the caches of the warm build:');
    const edit = commitNextVersion(repo, { words: options.words });
    site.writePage(edit.id, pageName(edit.version), edit.text);
    const ourPr = await runOurs('PR');
    const starlightPr = await runStarlight('PR');
    dropLastCommit(repo);
    site.removePage(edit.id, pageName(edit.version));
    const result: SizeResult = {
      ...size,
      revisions,
      ours: { ...ours, pr: measured(ourPr.totalMs, ourPr) },
      starlight: { ...starlight, pr: starlightPr },
      ratios: {} as Ratios,
    };
    result.ratios = ratiosOf(result);
    return result;
  } finally {
    for (const folder of caches) rmSync(folder, { recursive: true, force: true });
    site.dispose();
    rmSync(repo.root, { recursive: true, force: true });
  }
}

function pageName(version: number): string {
  return `v${String(version).padStart(3, '0')}`;
}

function measured(wallMs: number, build: { cpuMs: number; peakRssBytes: number; pages: number; distBytes: number }) {
  return {
    wallMs,
    cpuMs: build.cpuMs,
    peakRssBytes: build.peakRssBytes,
    pages: build.pages,
    distBytes: build.distBytes,
  };
}

function report(side: string, kind: string, wallMs: number, cpuMs: number, rss: number, pages: number, dist: number) {
  log(
    `    ${side}, ${kind}: ${seconds(wallMs)} wall, ${seconds(cpuMs)} CPU, peak ${megabytes(rss)} memory, ` +
      `${pages.toLocaleString('en-US')} pages, dist ${megabytes(dist)}`,
  );
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function ratiosOf(result: SizeResult): Ratios {
  const pairs = result.ours.cold.map((ours, index) => [ours, result.starlight.cold[index]!] as const);
  const perRound = (of: (ours: Measured, starlight: Measured) => number) =>
    median(pairs.map(([ours, starlight]) => of(ours, starlight)));
  const warm = result.ours.warm.map((ours, index) => ours.wallMs / result.starlight.warm[index]!.wallMs);
  return {
    // Both sides build the same revision texts, so per revision the ratio is that of the times.
    wallPerRevision: perRound((o, s) => o.wallMs / s.wallMs),
    cpuPerRevision: perRound((o, s) => o.cpuMs / s.cpuMs),
    wallPerPage: perRound((o, s) => o.wallMs / o.pages / (s.wallMs / s.pages)),
    cpuPerPage: perRound((o, s) => o.cpuMs / o.pages / (s.cpuMs / s.pages)),
    peakMemory: perRound((o, s) => o.peakRssBytes / s.peakRssBytes),
    dist: perRound((o, s) => o.distBytes / s.distBytes),
    warmWallPerRevision: warm.length > 0 ? median(warm) : NaN,
    prWall: result.ours.pr.wallMs / result.starlight.pr.wallMs,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;

/** The comparison as Markdown tables (the README's "Site build speed" takes them as they are). */
export function comparisonTables(results: readonly SizeResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    const side = (name: string, s: SizeResult['ours'] | SizeResult['starlight']) => {
      const cold = {
        wall: median(s.cold.map((m) => m.wallMs)),
        cpu: median(s.cold.map((m) => m.cpuMs)),
        rss: median(s.cold.map((m) => m.peakRssBytes)),
        pages: s.cold[0]!.pages,
        dist: s.cold[0]!.distBytes,
      };
      const warm = s.warm.length > 0 ? seconds(median(s.warm.map((m) => m.wallMs))) : '—';
      return (
        `| ${name} | ${cold.pages.toLocaleString('en-US')} | ${seconds(cold.wall)} | ${seconds(cold.cpu)} | ` +
        `${(cold.wall / result.revisions).toFixed(1)} ms | ${(cold.wall / cold.pages).toFixed(1)} ms | ` +
        `${megabytes(cold.rss)} | ${megabytes(cold.dist)} | ${warm} | ${seconds(s.pr.wallMs)} |`
      );
    };
    const r = result.ratios;
    lines.push(
      `${result.policies} policies × ${result.versions} versions (${result.revisions.toLocaleString('en-US')} revisions), ` +
        `${result.ours.cold.length === 1 ? 'one cold round' : `medians of ${result.ours.cold.length} cold rounds`}:`,
      '',
      '| | pages | wall, cold | CPU, cold | per revision | per page | peak memory | dist | wall, warm | PR build |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      side('this project', result.ours),
      side(`Starlight ${STARLIGHT_VERSION}`, result.starlight),
      `| ratio (ours ÷ Starlight) | | ${times(r.wallPerRevision)} | ${times(r.cpuPerRevision)} | ` +
        `${times(r.wallPerRevision)} | ${times(r.wallPerPage)} | ${times(r.peakMemory)} | ${times(r.dist)} | ` +
        `${times(r.warmWallPerRevision)} | ${times(r.prWall)} |`,
      '',
    );
  }
  if (results.length > 1) {
    const [first, last] = [results[0]!, results.at(-1)!];
    const growth = (of: (s: SizeResult) => number) => times(of(last) / of(first));
    lines.push(
      `From ${first.policies}×${first.versions} to ${last.policies}×${last.versions} the revisions grow ` +
        `${growth((s) => s.revisions)}: this project's cold build ${growth((s) => median(s.ours.cold.map((m) => m.wallMs)))}, ` +
        `its dist ${growth((s) => s.ours.cold[0]!.distBytes)}; Starlight's cold build ` +
        `${growth((s) => median(s.starlight.cold.map((m) => m.wallMs)))}, its dist ${growth((s) => s.starlight.cold[0]!.distBytes)}.`,
      '',
    );
  }
  return lines.join('\n');
}
