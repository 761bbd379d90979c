import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureRepository, type FixtureRepository } from './record-review-repo.ts';
import { runCli } from '../helpers/run-cli.ts';

const FILE = 'policy/records-retention.mdx';

const repositories: FixtureRepository[] = [];

function copyOf(fixture: string): string {
  const repository = fixtureRepository(fixture);
  repositories.push(repository);
  return repository.root;
}

afterEach(() => {
  for (const repository of repositories.splice(0)) repository.remove();
});

const read = (root: string) => readFileSync(join(root, FILE), 'utf8');

describe('policy new-version', () => {
  it('--editorial on an adopted policy starts MAJOR.MINOR+1 as a draft, leaving only the summary to write', async () => {
    const root = copyOf('overdue-review');
    const before = read(root);
    const result = await runCli(['new-version', 'records-retention', '--editorial', '--root', root]);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'Started version 1.1 of AI 2-7 Records Retention Policy in `policy/records-retention.mdx`: a draft with an editorial change from version 1.0. The adoption record and effective date were removed.\n' +
        'Next: write the change summary on line 13 (`change.summary`), edit the text, and run `npm run check`.\n',
    });
    expect(read(root)).toBe(
      before.replace(
        'version: "1.0"\nstatus: adopted\nadopted:\n  date: 2024-06-03\n  by: "Jane Roe, Chief Administrative Officer"\neffective: 2024-07-01\n',
        'version: "1.1"\nstatus: draft\nchange:\n  kind: editorial\n  summary: ""\n',
      ),
    );

    const check = await runCli(['check', '--root', root, '--today', '2026-11-21', '--format', 'json']);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).diagnostics).toEqual([
      {
        code: 'lifecycle/change-summary-missing',
        severity: 'error',
        file: FILE,
        line: 13,
        column: 12,
        message: 'Write the change summary: `change.summary` is empty for this editorial change.',
        hint: 'Say in one or two plain sentences what this version changes and why, for the public.',
        url: 'https://policy.example.gov/messages/#lifecycle/change-summary-missing',
      },
    ]);

    writeFileSync(
      join(root, FILE),
      read(root).replace('summary: ""', 'summary: "Fixes the name of the State schedule."'),
    );
    expect((await runCli(['check', '--root', root, '--today', '2026-11-21'])).code).toBe(0);
  });

  it('flags an editorial version that rewrites almost half the text (48% of its published words) as looking substantive (history from git)', async () => {
    const root = copyOf('overdue-review');
    expect((await runCli(['new-version', 'records-retention', '--editorial', '--root', root])).code).toBe(0);
    writeFileSync(
      join(root, FILE),
      read(root)
        .replace('summary: ""', 'summary: "Clearer wording."')
        .replace(
          'Departments keep records for the periods in the State records schedule.',
          'Each director approves every disposal in writing before anything is destroyed.',
        ),
    );
    const check = await runCli(['check', '--root', root, '--today', '2026-11-21', '--format', 'json']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).diagnostics).toEqual([
      {
        code: 'version/looks-substantive',
        severity: 'warning',
        file: FILE,
        line: 12,
        column: 9,
        message:
          'This editorial change changes 48% of the words, more than the 15% an editorial change usually does; it looks substantive.',
        hint: 'If what the policy requires has changed, declare `change.kind: substantive` and number it 2.0.',
        url: 'https://policy.example.gov/messages/#version/looks-substantive',
      },
    ]);
  });

  it('rejects an editorial version numbered as a major one', async () => {
    const root = copyOf('overdue-review');
    expect((await runCli(['new-version', 'records-retention', '--editorial', '--root', root])).code).toBe(0);
    writeFileSync(
      join(root, FILE),
      read(root).replace('summary: ""', 'summary: "Clearer wording."').replace('version: "1.1"', 'version: "2.0"'),
    );
    const check = await runCli(['check', '--root', root, '--today', '2026-11-21', '--format', 'json']);
    expect(check.code).toBe(1);
    expect(
      JSON.parse(check.stdout).diagnostics.map((d: { code: string; line: number; message: string }) => [
        d.code,
        d.line,
        d.message,
      ]),
    ).toEqual([
      ['lifecycle/editorial-needs-minor', 9, 'An editorial change after version 1.0 must be numbered 1.1, not 2.0.'],
    ]);
  });

  it('--substantive raises the major number', async () => {
    const root = copyOf('overdue-review');
    const result = await runCli(['new-version', 'records-retention', '--substantive', '--root', root]);
    expect(result.code).toBe(0);
    expect(read(root)).toContain('version: "2.0"\nstatus: draft\nchange:\n  kind: substantive\n  summary: ""\n');
  });

  it('replaces the change block of the adopted version it starts from, in place', async () => {
    const root = copyOf('overdue-review');
    writeFileSync(
      join(root, FILE),
      read(root).replace(
        'status: adopted\n',
        'status: adopted\nchange:\n  kind: editorial\n  summary: "Old summary."\n',
      ),
    );
    expect((await runCli(['new-version', 'records-retention', '--substantive', '--root', root])).code).toBe(0);
    expect(read(root)).toContain(
      'version: "2.0"\nstatus: draft\nchange:\n  kind: substantive\n  summary: ""\nreview:\n',
    );
    expect(read(root)).not.toContain('Old summary.');
  });

  it('refuses to branch a draft, and leaves the file untouched', async () => {
    const root = copyOf('draft-policy');
    const before = read(root);
    expect(await runCli(['new-version', 'records-retention', '--editorial', '--root', root])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'policy new-version: `policy/records-retention.mdx` is already a draft (version 1.1): a new version can only start from an adopted one. Keep editing this draft, and run new-version after it is adopted.\n',
    });
    expect(read(root)).toBe(before);
    expect(readdirSync(join(root, 'policy')).sort()).toEqual(['records-retention.mdx', 'site.yaml']);
  });

  it('refuses a policy that has errors', async () => {
    const root = copyOf('overdue-review');
    writeFileSync(join(root, FILE), read(root).replace('## Policy', '<script>alert(1)</script>\n\n## Policy'));
    const before = read(root);
    const result = await runCli(['new-version', 'records-retention', '--editorial', '--root', root]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^policy new-version: `policy\/records-retention\.mdx` has 1 error \(the first on line 28: .+\); run `policy check` and fix it first\.\n$/,
    );
    expect(read(root)).toBe(before);
  });

  it('needs exactly one of --substantive and --editorial, and a known id', async () => {
    const root = copyOf('overdue-review');
    const neither = await runCli(['new-version', 'records-retention', '--root', root]);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('Say what kind of change this is: --substantive');
    expect(
      (await runCli(['new-version', 'records-retention', '--editorial', '--substantive', '--root', root])).code,
    ).toBe(2);
    expect(await runCli(['new-version', 'records', '--editorial', '--root', root])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'policy new-version: No policy with id "records" in policy/; expected one of `records-retention`.\nUsage: policy new-version <id> --substantive|--editorial [--root DIR]\n',
    });
  });
});
