// The check, the build and the pull-request report count the same problems the
// same way: one `countBySeverity` (src/core/diagnostics/format.ts) behind the
// CLI's summary line and JSON, the build log and the report's verdict. Here the
// branch has two errors (it breaks compliance) and, uncommitted, a policy with
// a warning; the build's own log is compared with `policy check` in
// test/site/build-fails.test.ts.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/fixtures.ts';
import { runCli } from '../helpers/run-cli.ts';
import type { TestRepo } from '../history/git-repo.ts';
import { summaryRepo } from './summary-repo.ts';

const TODAY = '2026-11-21';
let repo: TestRepo | undefined;
afterEach(() => repo?.remove());

describe('problem counts', () => {
  it('are the same in policy check (human and JSON) and in the pull-request report', async () => {
    repo = summaryRepo('breaks-compliance');
    copyFileSync(
      fixturePath('check', 'warning-only', 'policy', 'warning-only.mdx'),
      join(repo.root, 'policy', 'warning-only.mdx'),
    );
    const workspace = ['--root', repo.root, '--today', TODAY];
    const json = await runCli(['check', ...workspace, '--format', 'json']);
    const human = await runCli(['check', ...workspace]);
    const report = await runCli(['summary', '--base', 'main', ...workspace]);

    const { summary, diagnostics } = JSON.parse(json.stdout) as {
      summary: { errors: number; warnings: number; files: number };
      diagnostics: { severity: string }[];
    };
    expect(summary).toEqual({ errors: 2, warnings: 1, files: 3 });
    expect(diagnostics.map((d) => d.severity).sort()).toEqual(['error', 'error', 'warning']);
    expect(human.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 3 policy files checked: 2 errors and 1 warning.');
    const problems = report.stdout.slice(report.stdout.indexOf('### Problems found by the check'));
    expect(problems).toContain('\n❌ 2 errors and 1 warning. The check fails until every error is fixed.\n');
    const rows = problems.split('\n').filter((line) => /^\| (❌|⚠️|ℹ️) /.test(line));
    expect(rows.map((row) => row.split(' | ')[0])).toEqual(['| ❌ error', '| ❌ error', '| ⚠️ warning']);
  });
});
