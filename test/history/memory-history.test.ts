import { describe, expect, it } from 'vitest';
import { memoryFiles } from '../../src/core/repository/files.ts';
import { memoryHistory } from '../../src/core/versions/memory-history.ts';
import { buildSiteModel } from '../../src/core/publish/site-model.ts';
import { readPolicyHistories } from '../../src/core/versions/policy-histories.ts';
import { loadPolicy } from '../../src/core/document/load.ts';
import { runDiffJob, type PairDiffer } from '../../src/core/diff/jobs.ts';
import { BODY_V1, policyText } from './git-repo.ts';

const PATH = 'policy/social-media.mdx';
const v1 = policyText({ version: '1.0', status: 'adopted', adopted: '2024-01-15', body: BODY_V1 });
const v2 = policyText({
  version: '1.1',
  status: 'adopted',
  adopted: '2024-03-01',
  change: 'Clarifies clause C.',
  body: BODY_V1.replace('may be hidden', 'may be hidden from view'),
});
const v3 = policyText({
  version: '2.0',
  status: 'draft',
  change: 'Adds a records section.',
  body: `${BODY_V1.replace('may be hidden', 'may be hidden from view')}\n\n## Records\n\nKeep every post for five years.`,
});

describe('in-memory history and the site model', () => {
  it('builds versions, rendered HTML and every redline (consecutive, and each against the current one)', async () => {
    const model = await buildSiteModel({
      files: memoryFiles({ [PATH]: v3 }),
      today: '2024-06-01',
      history: memoryHistory({
        [PATH]: [
          { commit: 'a'.repeat(40), text: v1, message: 'Adopt 1.0' },
          { commit: 'b'.repeat(40), text: v2, message: 'Merge pull request #3 from city/clarify' },
        ],
      }),
    });
    const policy = model.policies[0]!;
    expect(policy.versions.map((v) => [v.version, v.status, v.revisions.length])).toEqual([
      ['1.0', 'superseded', 1],
      ['1.1', 'adopted', 1],
      ['2.0', 'draft', 1],
    ]);
    expect(policy.versions[1]!.revisions[0]).toMatchObject({ pr: 3, shortCommit: 'bbbbbbb' });
    expect(policy.versionHtml['1.0']).toContain('<h2 id="rules">Rules</h2>');
    expect(policy.diffs.map((d) => `${d.from.version}..${d.to.version}: ${d.summary}`)).toEqual([
      '1.0..1.1: 1 section changed; 2 words inserted, 0 deleted.',
      '1.0..2.0: 1 section changed, 1 added; 9 words inserted, 0 deleted.',
      '1.1..2.0: 1 section added; 7 words inserted, 0 deleted.',
    ]);
    expect(policy.diffs[0]!.from.sha256).toBe(policy.versions[0]!.sha256);
  });

  it('keeps what the pages show: no version HTML before its reading tools, no readable blocks, no redline source runs', async () => {
    const model = await buildSiteModel({
      files: memoryFiles({ [PATH]: v2 }),
      today: '2024-06-01',
      history: memoryHistory({ [PATH]: [{ commit: 'a'.repeat(40), text: v1 }] }),
    });
    const policy = model.policies[0]!;
    expect(policy.versions.map((version) => ['html' in version, 'blocks' in version])).toEqual([
      [false, false],
      [false, false],
    ]);
    expect(policy.diffs.flatMap((diff) => diff.sections.map((section) => 'runs' in section))).toEqual([false, false]);
    expect(policy.diffs[0]!.sections.map((section) => section.html.includes('<ins>'))).toContain(true);
  });

  it('does not compute redlines for policy check (render: false)', async () => {
    const model = await buildSiteModel({
      files: memoryFiles({ [PATH]: v2 }),
      today: '2024-06-01',
      render: false,
      history: memoryHistory({ [PATH]: [{ commit: 'a'.repeat(40), text: v1 }] }),
    });
    expect(model.policies[0]!.versions.map((v) => v.version)).toEqual(['1.0', '1.1']);
    expect(Object.values(model.policies[0]!.versionHtml)).toEqual(['', '']);
    expect(model.policies[0]!.diffs).toEqual([]);
  });

  it('diffs every planned pair once through the one PairDiffer, the latest pair included, and gives it to the change rules', async () => {
    const seen: string[] = [];
    const countingDiffer: PairDiffer = {
      diff: async (jobs) =>
        jobs.map((job) => {
          seen.push(...job.pairs.map(([from, to]) => `${job.versions[from]!.version}..${job.versions[to]!.version}`));
          return runDiffJob(job);
        }),
    };
    const history = memoryHistory({
      [PATH]: [
        { commit: 'a'.repeat(40), text: v1 },
        { commit: 'b'.repeat(40), text: v2 },
      ],
    });
    const site = await buildSiteModel({
      files: memoryFiles({ [PATH]: v3 }),
      today: '2024-06-01',
      history,
      pairDiffer: countingDiffer,
    });
    expect(seen).toEqual(['1.0..1.1', '1.0..2.0', '1.1..2.0']);
    expect(site.policies[0]!.history.pairs.map((pair) => pair.slug)).toEqual(seen);
    seen.length = 0;
    const check = await buildSiteModel({
      files: memoryFiles({ [PATH]: v3 }),
      today: '2024-06-01',
      render: false,
      history,
      pairDiffer: countingDiffer,
    });
    // `policy check` publishes nothing but still diffs the latest pair, once, for the change rules.
    expect(seen).toEqual(['1.1..2.0']);
    expect(check.policies[0]!.diffs).toEqual([]);
    expect(check.policies[0]!.history.pairs).toEqual([]);
  });

  it('reports a redline passage shown as a whole-block replacement, as information', async () => {
    const words = (seed: number) =>
      Array.from({ length: 20000 }, (_, index) => `w${(index * seed * 7919) % 4999}`).join(' ');
    const before = policyText({ version: '1.0', status: 'draft', body: `## Text\n\n${words(3)}` });
    const after = policyText({
      version: '1.1',
      status: 'draft',
      change: 'Rewritten.',
      body: `## Text\n\n${words(11)}`,
    });
    const current = loadPolicy(PATH, new TextEncoder().encode(after), { render: false });
    const read = await readPolicyHistories([current], {
      history: memoryHistory({ [PATH]: [{ commit: 'a'.repeat(40), text: before }] }),
      render: false,
      diffs: true,
      timeoutMs: 20,
    });
    expect(read.diagnostics).toEqual([
      {
        code: 'diff/timeout',
        severity: 'info',
        file: PATH,
        line: 1,
        column: 1,
        message:
          'In the redline from version 1.0 to 1.1, “Text” is shown as a whole-block replacement: it changed too much to compare word by word in the time allowed.',
        url: '/messages/#diff/timeout',
      },
    ]);
  });
});
