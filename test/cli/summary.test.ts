// `policy summary --base main` on real temporary git repositories: the base
// fixture on `main`, one case on the `change` branch. Dates are pinned (the
// commits' by the repo helper, today's by --today).
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import type { TestRepo } from '../history/git-repo.ts';
import { summaryRepo, type SummaryCase } from './summary-repo.ts';

const TODAY = '2026-11-21';
let repo: TestRepo | undefined;
afterEach(() => repo?.remove());

async function summarise(name: SummaryCase, options: { commit?: boolean; extra?: string[] } = {}) {
  repo = summaryRepo(name, options);
  return runCli(['summary', '--base', 'main', '--root', repo.root, '--today', TODAY, ...(options.extra ?? [])]);
}

const NO_PROBLEMS = '### Problems found by the check\n\n✅ No errors or warnings.\n';

describe('policy summary', () => {
  it('a substantive change: version bump, section table, redline, compliance and lifecycle', async () => {
    const { code, stdout, stderr } = await summarise('substantive-change');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain(
      [
        'Compared with `main`. This branch touches 1 policy: 1 changed.',
        '',
        '| Policy | Version | Change | Compliance |',
        '| --- | --- | --- | --- |',
        '| PR 1-1 Park Rules | 1.0 → 2.0 | substantive | 2 of 2 met |',
        '',
        '### PR 1-1 Park Rules',
        '',
        '**Version 1.0 → 2.0**, substantive change.',
        '',
        '> Dog areas close at dusk, and a new section sets the rules for dogs.',
        '',
        '#### Sections',
        '',
        '1 section changed, 1 added; 15 words inserted, 0 deleted.',
        '',
        '| Section | Status | Words |',
        '| --- | --- | --- |',
        '| Hours | changed | +5 −0 |',
        '| Dogs | added | +10 −0 |',
        '',
        '2 other sections are unchanged.',
        '',
        '<details open>',
        '<summary>Redline of 2 changed sections</summary>',
        '',
        '**Hours** (changed)',
        '',
        '… in the evening every day of the year. <ins>Dog areas close at dusk.</ins>',
        '',
        '**Dogs** (added)',
        '',
        '<ins>Dogs stay on a leash outside the dog areas.</ins>',
        '',
        '</details>',
      ].join('\n'),
    );
    expect(stdout).toContain(
      [
        '#### Compliance with M-1',
        '',
        '| Requirement | Before (1.0) | After (2.0) |',
        '| --- | --- | --- |',
        '| §1 Opening Hours | ✅ met | ✅ met |',
        '| §2 Regular Review | ✅ met | ✅ met |',
        '',
        'Before (1.0): 2 of 2 met. After (2.0): 2 of 2 met.',
        '',
        '#### Review and lifecycle',
        '',
        '|  | Before (1.0) | After (2.0) |',
        '| --- | --- | --- |',
        '| Status | adopted | draft |',
        '| Adopted | 2025-03-01 by Director of Parks and Recreation | not yet |',
        '| Effective | 2025-03-01 | — |',
        '| Review schedule | every 24 months; next due 2027-03-01 (on time) | every 24 months, from adoption |',
        '| Comment period | — | 2026-12-01 to 2026-12-31 (opens in 10 days) |',
        '',
        NO_PROBLEMS,
      ].join('\n'),
    );
    expect(stdout.startsWith('<!-- policy-summary -->\n\n## Policy changes on this branch\n\n')).toBe(true);
  });

  it('an editorial change still in the working tree: the word-level redline and the new adoption', async () => {
    const { code, stdout } = await summarise('editorial-change', { commit: false });
    expect(code).toBe(0);
    expect(stdout).toContain('| PR 1-1 Park Rules | 1.0 → 1.1 | editorial | 2 of 2 met |');
    expect(stdout).toContain('**Version 1.0 → 1.1**, editorial change.\n\n> Plainer wording in the purpose.');
    expect(stdout).toContain('1 section changed; 2 words inserted, 2 deleted.');
    expect(stdout).toContain('| Purpose | changed | +2 −2 |');
    expect(stdout).toContain(
      "… the rules for the City's parks so that <del>every visitor</del><ins>all visitors</ins> can enjoy them safely.",
    );
    expect(stdout).toContain(
      [
        '| Adopted | 2025-03-01 by Director of Parks and Recreation | 2026-11-02 by Director of Parks and Recreation |',
        '| Effective | 2025-03-01 | 2026-11-02 |',
        '| Review schedule | every 24 months; next due 2027-03-01 (on time) | every 24 months; next due 2028-11-02 (on time) |',
      ].join('\n'),
    );
    expect(stdout.endsWith(NO_PROBLEMS)).toBe(true);
  });

  it('a change that breaks compliance: the drop, the reason and the check error with its place', async () => {
    const { code, stdout } = await summarise('breaks-compliance');
    expect(code).toBe(0);
    expect(stdout).toContain('| PR 1-1 Park Rules | 1.0 → 2.0 | substantive | 2 of 2 met → 1 of 2 met |');
    expect(stdout).toContain(
      [
        '| Requirement | Before (1.0) | After (2.0) |',
        '| --- | --- | --- |',
        '| §1 Opening Hours | ✅ met | **❌ missing** |',
        '| §2 Regular Review | ✅ met | ✅ met |',
        '',
        'Before (1.0): 2 of 2 met. After (2.0): 1 of 2 met.',
        '',
        '⚠️ **Compliance goes down** for 1 requirement: §1 Opening Hours. A new version may not meet fewer requirements than the one before it.',
        '',
        '<details>',
        '<summary>Why 1 requirement is not fully met in 2.0</summary>',
        '',
        '- §1 Opening Hours: mapped to \\#hours, which does not mention opening hours or closing time.',
        '',
        '</details>',
      ].join('\n'),
    );
    expect(stdout).toContain(
      'Parks <del>open at</del> <ins>are available from</ins> sunrise <del>and close at</del> <ins>until</ins> ten in the evening<ins>,</ins> every day of the year.',
    );
    // The problems are the check's own (their wording belongs to the mandates module): exact place and code here.
    const problems = stdout.slice(stdout.indexOf('### Problems found by the check'));
    const rows = problems.split('\n').filter((line) => line.startsWith('| ❌'));
    expect(problems.split('\n').slice(0, 5)).toEqual([
      '### Problems found by the check',
      '',
      '❌ 2 errors and 0 warnings. The check fails until every error is fixed.',
      '',
      '|  | Where | Problem |',
    ]);
    // Each code links to its entry on the message page of the site (`baseUrl` in the fixture's `policy/site.yaml`).
    expect(rows.map((row) => [row.slice(0, row.indexOf(' | ', 12)), row.slice(row.lastIndexOf(' [`'))])).toEqual([
      [
        '| ❌ error | `policy/parks.mdx:20:5`',
        ' [`mandate/lowered-compliance`](https://policy.example.gov/messages/#mandate/lowered-compliance) |',
      ],
      [
        '| ❌ error | `policy/parks.mdx:20:20`',
        ' [`mandate/missing-element`](https://policy.example.gov/messages/#mandate/missing-element) |',
      ],
    ]);
    expect(rows[1]).toContain(
      'M-1 §1 Opening Hours is missing: mapped to \\#hours, which does not mention opening hours',
    );
  });

  it('a new policy: its sections, its compliance and its schedule', async () => {
    const { code, stdout } = await summarise('new-policy');
    expect(code).toBe(0);
    expect(stdout).toContain('Compared with `main`. This branch touches 1 policy: 1 new.');
    expect(stdout).toContain('| PR 1-3 Dogs in Parks | new: 1.0 (draft) | new policy | 2 of 2 met |');
    expect(stdout).toContain(
      [
        '**New policy**, version 1.0 (draft), in `policy/dogs.mdx`.',
        '',
        '<details>',
        '<summary>Sections of the new text (2)</summary>',
        '',
        '- Dog Areas',
        '- Review',
        '',
        '</details>',
        '',
        '#### Compliance with M-1',
        '',
        '| Requirement | Before | After (1.0) |',
        '| --- | --- | --- |',
        '| §1 Opening Hours | — | ✅ met |',
        '| §2 Regular Review | — | ✅ met |',
        '',
        'New policy, version 1.0: 2 of 2 met.',
        '',
        '#### Review and lifecycle',
        '',
        '|  | Before | After (1.0) |',
        '| --- | --- | --- |',
        '| Status | — | draft |',
        '| Adopted | — | not yet |',
        '| Review schedule | — | every 12 months, from adoption |',
        '| Reviews logged | — | none |',
      ].join('\n'),
    );
  });

  it('a removed policy', async () => {
    const { code, stdout } = await summarise('removed-policy');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '<!-- policy-summary -->',
        '',
        '## Policy changes on this branch',
        '',
        'Compared with `main`. This branch touches 1 policy: 1 removed.',
        '',
        '| Policy | Version | Change | Compliance |',
        '| --- | --- | --- | --- |',
        '| PR 1-2 Trail Etiquette | removed (was 1.0) | policy removed | — |',
        '',
        '### PR 1-2 Trail Etiquette',
        '',
        '**Removed**: version 1.0 was in `policy/trails.mdx`.',
        '',
        'This branch deletes the policy file. Its pages would no longer be published; to withdraw a policy but keep it public, set `status: retired` instead.',
        '',
        NO_PROBLEMS,
      ].join('\n'),
    );
  });

  it('a policy whose front matter breaks on the branch cannot be compared: the report says so and lists why', async () => {
    const { code, stdout } = await summarise('broken-front-matter');
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        'Compared with `main`. This branch touches 1 policy: 1 that cannot be read.',
        '',
        '| Policy | Version | Change | Compliance |',
        '| --- | --- | --- | --- |',
        '| PR 1-1 Park Rules | ? | front matter has errors | ? |',
        '',
        '### `policy/parks.mdx`',
        '',
        'The front matter of this file has errors, so it cannot be compared with the base. Fix the problems listed below; the report will then show the change.',
        '',
        '### Problems found by the check',
      ].join('\n'),
    );
    expect(stdout).toMatch(
      /^\| ❌ error \| `policy\/parks\.mdx:8:10` \| .+ \[`front-matter\/invalid-value`\]\(https:\/\/policy\.example\.gov\/messages\/#front-matter\/invalid-value\) \|$/m,
    );
  });

  it('an adopted text edited without a new version: the redline, and the check error', async () => {
    const { code, stdout } = await summarise('edit-without-new-version');
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        '| PR 1-1 Park Rules | 1.0 (same version) | edit, no new version | 2 of 2 met |',
        '',
        '### PR 1-1 Park Rules',
        '',
        '**Version 1.0**: this branch edits it without a new version number.',
        '',
        '#### Sections',
        '',
        '1 section changed; 1 word inserted, 1 deleted.',
        '',
        '| Section | Status | Words |',
        '| --- | --- | --- |',
        '| Hours | changed | +1 −1 |',
      ].join('\n'),
    );
    expect(stdout).toContain(
      'Parks open at sunrise and close at <del>ten</del><ins>eleven</ins> in the evening every day of the year.',
    );
    expect(stdout).toContain('No change to the status, adoption, review schedule, review log or comment period.');
    expect(stdout).toMatch(
      /^\| ❌ error \| `policy\/parks\.mdx:\d+:\d+` \| .+ \[`version\/immutable`\]\(https:\/\/policy\.example\.gov\/messages\/#version\/immutable\) \|$/m,
    );
  });

  it('no change at all', async () => {
    const { code, stdout } = await summarise('no-change');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '<!-- policy-summary -->',
        '',
        '## Policy changes on this branch',
        '',
        'Compared with `main`. This branch does not change any policy.',
        '',
        NO_PROBLEMS,
      ].join('\n'),
    );
  });

  it('links to the preview pages when a base URL is given', async () => {
    const { stdout } = await summarise('substantive-change', {
      extra: ['--base-url', 'https://preview.example.org/pr-7'],
    });
    expect(stdout).toContain(
      '| [PR 1-1 Park Rules](https://preview.example.org/pr-7/policies/parks/) | 1.0 → 2.0 | substantive | 2 of 2 met |',
    );
    expect(stdout).toContain(
      '[Preview of the new text](https://preview.example.org/pr-7/policies/parks/) · [Full redline 1.0 → 2.0](https://preview.example.org/pr-7/policies/parks/diff/1.0..2.0/)',
    );
    expect(stdout).toContain('| [Hours](https://preview.example.org/pr-7/policies/parks/#hours) | changed | +5 −0 |');
  });

  it('links each problem code to the message page of the preview when a base URL is given', async () => {
    const { stdout } = await summarise('breaks-compliance', {
      extra: ['--base-url', 'https://preview.example.org/pr-7'],
    });
    const rows = stdout.split('\n').filter((line) => line.startsWith('| ❌'));
    expect(rows.map((row) => row.slice(row.lastIndexOf(' [`')))).toEqual([
      ' [`mandate/lowered-compliance`](https://preview.example.org/pr-7/messages/#mandate/lowered-compliance) |',
      ' [`mandate/missing-element`](https://preview.example.org/pr-7/messages/#mandate/missing-element) |',
    ]);
  });
});

describe('policy summary: when the report cannot be written (exit 2, one line)', () => {
  it('an unknown base revision', async () => {
    repo = summaryRepo('no-change');
    const result = await runCli(['summary', '--base', 'origin/main', '--root', repo.root, '--today', TODAY]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'policy summary: Unknown revision "origin/main": this checkout does not have it. Fetch it first (for example `git fetch origin main`); in GitHub Actions, check out with `fetch-depth: 0`.\n' +
        'Usage: policy summary --base <rev> [--root DIR] [--base-url URL] [--today YYYY-MM-DD]\n',
    });
  });

  it('no --base', async () => {
    const result = await runCli(['summary', '--today', TODAY]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'policy summary: --base is required: name the revision to compare with, for example `--base main`.',
    );
  });

  it('a base URL that is not a web address', async () => {
    const result = await runCli(['summary', '--base', 'main', '--base-url', 'preview/pr-7', '--today', TODAY]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'policy summary: --base-url must be a full web address such as https://example.org/policy/, not "preview/pr-7".',
    );
  });

  it('a revision name that looks like an option', async () => {
    repo = summaryRepo('no-change');
    const result = await runCli(['summary', '--base=--output=x', '--root', repo.root, '--today', TODAY]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'policy summary: "--output=x" is not a revision name. Give a branch, tag or commit, for example main.',
    );
  });
});
