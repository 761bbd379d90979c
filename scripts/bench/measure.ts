// The measurements of `npm run bench`: history extraction (ours against one
// `git show` per commit) and diffs (ours against `git diff --no-index --word-diff`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { gitHistory } from '../../src/io/git-history.ts';
import { loadPolicy } from '../../src/core/document/load.ts';
import { diffSideOf, sourceOf } from '../../src/core/versions/load-revision.ts';
import { diffVersions, type DiffVersion } from '../../src/core/diff/index.ts';
import { blocksOfBody } from '../../src/core/document/body-blocks.ts';

export interface Timing {
  ms: number;
  processes: number;
  revisions: number;
}

export async function timeOurHistory(root: string, paths: readonly string[]): Promise<Timing> {
  const stats = { processes: 0 };
  const start = performance.now();
  const read = await gitHistory(root, stats).read(paths);
  const ms = performance.now() - start;
  const revisions = Object.values(read.revisions).reduce((sum, list) => sum + list.length, 0);
  return { ms, processes: stats.processes, revisions };
}

/** The naive way: list the commits, then one `git show <commit>:<path>` per commit. */
export async function timeNaiveHistory(root: string): Promise<Timing> {
  const git = simpleGit({ baseDir: root });
  const start = performance.now();
  const log = await git.raw(['log', '--format=%H', '--name-only', '--', 'policy']);
  let processes = 1;
  let revisions = 0;
  let commit = '';
  for (const line of log.split('\n')) {
    if (/^[0-9a-f]{40}$/.test(line)) commit = line;
    else if (line.startsWith('policy/')) {
      await git.show([`${commit}:${line}`]);
      processes += 1;
      revisions += 1;
    }
  }
  return { ms: performance.now() - start, processes, revisions };
}

/**
 * A diff side as the pipeline makes it: parsed and rendered, with the readable
 * blocks made once per version alongside its HTML (the history's job, not the
 * diff's, so it is not timed as part of the diff).
 */
export function versionOf(text: string, version: string): DiffVersion {
  const source = sourceOf(loadPolicy('policy/bench.mdx', new TextEncoder().encode(text)));
  // The synthetic front matter does not pass every check, so the page is not rendered: make the blocks here.
  return { ...diffSideOf(source, version), blocks: source.document.blocks ?? blocksOfBody(source.body) };
}

export interface DiffTimes {
  ours: number[];
  /** CPU time of our diff (user + system), which other processes on a busy machine do not inflate. */
  oursCpu: number[];
  git: number[];
  fallbacks: number;
}

/** Times our diff and git's word diff on the same pairs (texts already parsed: parsing is the history's job). */
export function timeDiffs(pairs: readonly [string, string][]): DiffTimes {
  const folder = mkdtempSync(join(tmpdir(), 'policy-bench-diff-'));
  const times: DiffTimes = { ours: [], oursCpu: [], git: [], fallbacks: 0 };
  // Warm up the JIT first, so the figures describe a running build rather than start-up.
  for (const [before, after] of pairs.slice(0, 5)) diffVersions(versionOf(before, 'a'), versionOf(after, 'b'));
  try {
    for (const [before, after] of pairs) {
      const from = versionOf(before, 'a');
      const to = versionOf(after, 'b');
      // Collect the parser's garbage first (with --expose-gc), so its collection is not billed to the diff.
      collectGarbage();
      const cpu = process.cpuUsage();
      const start = performance.now();
      const model = diffVersions(from, to);
      times.ours.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      times.oursCpu.push((used.user + used.system) / 1000);
      times.fallbacks += model.sections.filter((section) => section.fallback !== null).length;

      writeFileSync(join(folder, 'a.md'), from.text);
      writeFileSync(join(folder, 'b.md'), to.text);
      const gitStart = performance.now();
      try {
        execFileSync('git', ['diff', '--no-index', '--word-diff', 'a.md', 'b.md'], { cwd: folder, stdio: 'pipe' });
      } catch {
        // `git diff --no-index` exits 1 when the files differ; that is the normal case here.
      }
      times.git.push(performance.now() - gitStart);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return times;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
