// Runs the github-script step of check.yml with a stand-in for GitHub's API,
// so the comment logic (one comment, found by its marker, updated on each
// push, never someone else's) is tested, not only read.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Comment {
  id: number;
  body: string;
  user: { login: string };
}
interface Call {
  method: string;
  args: Record<string, unknown>;
}

const workflow = parse(readFileSync(join(import.meta.dirname, '../../.github/workflows/check.yml'), 'utf8')) as {
  jobs: { check: { steps: { uses?: string; with?: { script: string } }[] } };
};
const script = workflow.jobs.check.steps.find((step) => step.uses?.startsWith('actions/github-script@'))!.with!.script;

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** Runs the step's script the way github-script does: `require`, `github`, `context` in scope. */
async function runStep(report: string, existing: Comment[]): Promise<Call[]> {
  dir = mkdtempSync(join(tmpdir(), 'policy-comment-'));
  const file = join(dir, 'policy-summary.md');
  writeFileSync(file, report);
  const calls: Call[] = [];
  const record = (method: string) => async (args: Record<string, unknown>) => {
    calls.push({ method, args });
    return { data: {} };
  };
  const listComments = async () => ({ data: existing });
  const github = {
    paginate: async (method: unknown) => (method === listComments ? existing : []),
    rest: { issues: { listComments, createComment: record('create'), updateComment: record('update') } },
  };
  const context = {
    repo: { owner: 'cabq', repo: 'policy' },
    payload: { pull_request: { number: 7 } },
    serverUrl: 'https://github.com',
    runId: 42,
  };
  const previous = process.env['REPORT_FILE'];
  process.env['REPORT_FILE'] = file;
  try {
    await new AsyncFunction('require', 'github', 'context', script)(createRequire(import.meta.url), github, context);
  } finally {
    if (previous === undefined) delete process.env['REPORT_FILE'];
    else process.env['REPORT_FILE'] = previous;
  }
  return calls;
}

const REPORT = '<!-- policy-summary -->\n\n## Policy changes on this branch\n';

describe('the pull-request comment step of check.yml', () => {
  it('creates the comment on the first push', async () => {
    expect(await runStep(REPORT, [])).toEqual([
      { method: 'create', args: { owner: 'cabq', repo: 'policy', issue_number: 7, body: REPORT } },
    ]);
  });

  it('updates its own comment on later pushes, and leaves a person quoting the report alone', async () => {
    const existing: Comment[] = [
      { id: 1, body: `> ${REPORT}`, user: { login: 'council-staffer' } },
      { id: 2, body: `${REPORT}old`, user: { login: 'github-actions[bot]' } },
    ];
    expect(await runStep(REPORT, existing)).toEqual([
      { method: 'update', args: { owner: 'cabq', repo: 'policy', comment_id: 2, body: REPORT } },
    ]);
  });

  it('adds the marker when the report lacks it, and cuts a report too long for a comment', async () => {
    const [call] = await runStep(`## Report\n${'x'.repeat(70_000)}`, []);
    const body = String(call!.args['body']);
    expect(body.startsWith('<!-- policy-summary -->\n## Report\n')).toBe(true);
    expect(body.length).toBeLessThan(65_536);
    expect(
      body.endsWith(
        "\n\n…the report is too long for a comment. [Read all of it on the check's summary page](https://github.com/cabq/policy/actions/runs/42).\n",
      ),
    ).toBe(true);
  });
});
