// `npm run bench`: builds a synthetic policy repository in a temp folder and
// measures history extraction and diffs. Prints a table and writes JSON to
// bench-results/. Targets: history ≥ 10× faster than one `git show` per commit;
// p95 diff ≤ 50 ms for a 5,000-word document with 5% of it changed.
//
// Options: --policies N --versions N --words N (defaults 50 × 20 × 5,000), --keep (keep the repository).
//
// `--vs-starlight` runs instead the side-by-side comparison with a plain Starlight site built from the same
// revision texts (scripts/bench/vs-starlight.ts): --sizes 50x20,200x10 (POLICIESxVERSIONS, comma-separated),
// --rounds N cold rounds per size (default 3), --warm-rounds N (default 1), --words N.
// Hook: a module `scripts/bench/site-build.ts` exporting `benchSiteBuild(root): Promise<Record<string, number>>`
// is run too when it exists (the site helper adds the full-build timing there).
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createSyntheticRepo, policyVersions, randomGenerator, restructuredPair } from './bench/synthetic-repo.ts';
import { percentile, timeDiffs, timeNaiveHistory, timeOurHistory } from './bench/measure.ts';
import { compareWithStarlight, comparisonTables, parseSizes } from './bench/vs-starlight.ts';

const { values } = parseArgs({
  options: {
    policies: { type: 'string', default: '50' },
    versions: { type: 'string', default: '20' },
    words: { type: 'string', default: '5000' },
    keep: { type: 'boolean', default: false },
    'vs-starlight': { type: 'boolean', default: false },
    sizes: { type: 'string', default: '50x20,200x10' },
    rounds: { type: 'string', default: '3' },
    'warm-rounds': { type: 'string', default: '1' },
  },
});
const resultsFolder = join(import.meta.dirname, '..', 'bench-results');

if (values['vs-starlight']) {
  const options = {
    sizes: parseSizes(values.sizes),
    words: Number(values.words),
    rounds: Math.max(1, Number(values.rounds)),
    warmRounds: Math.max(0, Number(values['warm-rounds'])),
  };
  const results = await compareWithStarlight(options);
  const tables = comparisonTables(results);
  process.stdout.write(`\n${tables}\n`);
  const date = new Date().toISOString();
  writeResults(`vs-starlight-${date.replace(/[:.]/g, '-')}.json`, {
    date,
    loadAverage: loadavg(),
    node: process.version,
    options,
    results,
    tables,
  });
  process.exit(0);
}

function writeResults(name: string, result: unknown): void {
  mkdirSync(resultsFolder, { recursive: true });
  const file = join(resultsFolder, name);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(result, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  process.stdout.write(`\nWrote ${file}\n`);
}
const policies = Number(values.policies);
const versions = Number(values.versions);
const words = Number(values.words);

const log = (text: string) => process.stdout.write(`${text}\n`);
log(`Building a synthetic repository: ${policies} policies × ${versions} versions × ~${words} words…`);
const buildStart = performance.now();
const repo = createSyntheticRepo({ policies, versions, words });
log(`  ${repo.commits} commits in ${((performance.now() - buildStart) / 1000).toFixed(1)} s (${repo.root})`);

log('History extraction…');
const ours = await timeOurHistory(repo.root, repo.paths);
const naive = await timeNaiveHistory(repo.root);

log('Diffs between consecutive versions…');
const pairs: [string, string][] = [];
for (const texts of repo.texts.values()) {
  for (let index = 1; index < texts.length; index++) pairs.push([texts[index - 1]!, texts[index]!]);
}
const consecutive = timeDiffs(pairs);

log('Diffs of 5,000 words with exactly 5% changed…');
const fivePercent: [string, string][] = [];
for (let index = 0; index < 50; index++) {
  const [before] = policyVersions(`five-${index}`, { versions: 1, words: 5000, seed: 1000 + index });
  const after = fivePercentEdit(before!, 2000 + index);
  fivePercent.push([before!, after]);
}
const five = timeDiffs(fivePercent);

log('Diffs of 5,000 words restructured (sections shuffled, paragraphs moved between sections, 20% reworded)…');
const restructured: [string, string][] = [];
for (let index = 0; index < 30; index++) restructured.push(restructuredPair(`restructure-${index}`, 3000 + index));
const restructure = timeDiffs(restructured);

function fivePercentEdit(text: string, seed: number): string {
  // Replace 5% of the body's words with other words, in runs of 1–5.
  const random = randomGenerator(seed);
  const [front, body] = [text.slice(0, text.indexOf('\n---\n') + 5), text.slice(text.indexOf('\n---\n') + 5)];
  const tokens = body.split(' ');
  let left = Math.round(tokens.length * 0.05);
  while (left > 0) {
    const at = Math.floor(random() * tokens.length);
    const run = Math.min(left, 1 + Math.floor(random() * 5));
    for (let offset = 0; offset < run && at + offset < tokens.length; offset++) {
      if (!tokens[at + offset]!.includes('\n')) tokens[at + offset] = `changed${Math.floor(random() * 1000)}`;
    }
    left -= run;
  }
  return front + tokens.join(' ');
}

let siteBuild: Record<string, number> | undefined;
const hook = join(import.meta.dirname, 'bench', 'site-build.ts');
if (existsSync(hook)) {
  log('Site build (hook)…');
  const module = (await import(hook)) as { benchSiteBuild: (root: string) => Promise<Record<string, number>> };
  siteBuild = await module.benchSiteBuild(repo.root);
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const rows: [string, string, string, string][] = [
  ['measure', 'ours', 'baseline', 'ratio / target'],
  [
    `history: ${ours.revisions} revisions`,
    `${ms(ours.ms)} (${ours.processes} git processes)`,
    `${ms(naive.ms)} (${naive.processes} git processes)`,
    `${(naive.ms / ours.ms).toFixed(1)}× faster (target ≥ 10×)`,
  ],
  [
    `diff p50, ${pairs.length} consecutive pairs`,
    ms(percentile(consecutive.ours, 50)),
    `${ms(percentile(consecutive.git, 50))} (git --word-diff)`,
    '',
  ],
  [
    'diff p95, consecutive pairs (1–10% edits)',
    ms(percentile(consecutive.ours, 95)),
    `${ms(percentile(consecutive.git, 95))} (git --word-diff)`,
    '',
  ],
  ['diff p50, 5,000 words, 5% changed', ms(percentile(five.ours, 50)), ms(percentile(five.git, 50)), ''],
  [
    'diff p95, 5,000 words, 5% changed',
    ms(percentile(five.ours, 95)),
    ms(percentile(five.git, 95)),
    `target ≤ 50 ms: ${percentile(five.ours, 95) <= 50 ? 'met' : 'NOT met'}`,
  ],
  [
    'diff p50 / p95 (CPU), 5,000 words restructured',
    `${ms(percentile(restructure.ours, 50))} / ${ms(percentile(restructure.ours, 95))} (CPU ${ms(percentile(restructure.oursCpu, 50))} / ${ms(percentile(restructure.oursCpu, 95))})`,
    `${ms(percentile(restructure.git, 50))} / ${ms(percentile(restructure.git, 95))}`,
    'sections shuffled, 10% of paragraphs moved, 20% reworded',
  ],
  [
    'diff p50 / p95 CPU time, 5% changed',
    `${ms(percentile(five.oursCpu, 50))} / ${ms(percentile(five.oursCpu, 95))}`,
    '',
    'CPU time excludes waiting for other processes',
  ],
  [
    'diff p50 / p95 CPU time, consecutive pairs',
    `${ms(percentile(consecutive.oursCpu, 50))} / ${ms(percentile(consecutive.oursCpu, 95))}`,
    '',
    '',
  ],
  ['diff fallbacks (timeout)', String(consecutive.fallbacks + five.fallbacks + restructure.fallbacks), '', ''],
];
const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
log('');
for (const [index, row] of rows.entries()) {
  log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  │  '));
  if (index === 0) log(widths.map((width) => '─'.repeat(width)).join('──┼──'));
}

const result = {
  date: new Date().toISOString(),
  // Load average at the end of the run: figures from a busy machine have long tails.
  loadAverage: loadavg(),
  node: process.version,
  repository: { policies, versions, words, commits: repo.commits },
  history: { ours, naive, speedup: naive.ms / ours.ms },
  diff: {
    consecutive: {
      pairs: pairs.length,
      ours: { p50: percentile(consecutive.ours, 50), p95: percentile(consecutive.ours, 95) },
      oursCpu: { p50: percentile(consecutive.oursCpu, 50), p95: percentile(consecutive.oursCpu, 95) },
      git: { p50: percentile(consecutive.git, 50), p95: percentile(consecutive.git, 95) },
      fallbacks: consecutive.fallbacks,
    },
    fivePercent: {
      pairs: fivePercent.length,
      ours: { p50: percentile(five.ours, 50), p95: percentile(five.ours, 95) },
      oursCpu: { p50: percentile(five.oursCpu, 50), p95: percentile(five.oursCpu, 95) },
      git: { p50: percentile(five.git, 50), p95: percentile(five.git, 95) },
      fallbacks: five.fallbacks,
    },
    restructure: {
      pairs: restructured.length,
      ours: { p50: percentile(restructure.ours, 50), p95: percentile(restructure.ours, 95) },
      oursCpu: { p50: percentile(restructure.oursCpu, 50), p95: percentile(restructure.oursCpu, 95) },
      git: { p50: percentile(restructure.git, 50), p95: percentile(restructure.git, 95) },
      fallbacks: restructure.fallbacks,
    },
  },
  ...(siteBuild ? { siteBuild } : {}),
};
writeResults(`bench-${result.date.replace(/[:.]/g, '-')}.json`, result);
if (!values.keep) rmSync(repo.root, { recursive: true, force: true });
