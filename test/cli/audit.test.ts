// `policy audit` on another city's untagged Markdown policy.
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/fixtures.ts';
import { runCli } from '../helpers/run-cli.ts';

const file = 'test/fixtures/mandates/audit-other-city/riverbend-social-media-policy.md';

describe('policy audit', () => {
  it('ranks sections for each requirement and says what is missing (text)', async () => {
    const result = await runCli(['audit', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      `Audit of ${file} against R-24-89`,
      '',
      '4 of 8 policy requirements are met by its sections. Sections are ranked by score (0-100).',
      'Never counted (a heading with no text): "Restorative Measures".',
      '',
      '§1.A.1 Behavioral Expectations: met',
      '  1.  90  #employee-conduct "Employee Conduct" (line 27)',
      '          Covers 3 of 3: respectfulness ("courteous"), professionalism ("professional") and the City\'s values ("City\'s values").',
      '',
    ]);
    expect(result.stdout).toContain(
      [
        '§1.A.6 Disciplinary Actions: partial',
        '  1.  30  #enforcement "Enforcement" (line 40)',
        '          Covers 2 of 6: reprimand ("reprimand") and termination ("termination").',
        '  Missing: retraining; suspension; the severity of the incident; repeated incidents.',
        '  Not counted: "Followers who repeatedly post such content may be blocked." mentions repeated incidents, but it is a rule about what the public posts.',
      ].join('\n'),
    );
    expect(result.stdout).toContain('§1.A.7 Restorative Actions: missing\n  No section matches.\n');
  });

  it('--format json gives the same report as data', async () => {
    const result = await runCli(['audit', file, '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      path: file,
      mandateId: 'r-24-89',
      citation: 'R-24-89',
      emptyHeadings: ['Restorative Measures'],
    });
    expect(report.requirements.map((r: { id: string; status: string }) => `${r.id}:${r.status}`)).toEqual([
      'behavioral-expectations:met',
      'content-specifications:met',
      'personal-attacks:met',
      'response-guidelines:met',
      'monitoring-and-review:partial',
      'disciplinary-actions:partial',
      'restorative-actions:missing',
      'policy-review:partial',
      'public-page:not-checked',
      'feedback-mechanism:not-checked',
      'violation-reporting:not-checked',
    ]);
  });

  it('reports a missing file, a file that is not Markdown and an unknown mandate as usage errors', async () => {
    expect((await runCli(['audit', 'no-such-policy.md'])).stderr.split('\n')[0]).toBe(
      'policy audit: Cannot read "no-such-policy.md": no such file.',
    );
    expect((await runCli(['audit', 'policy.pdf'])).stderr.split('\n')[0]).toBe(
      'policy audit: Unexpected file "policy.pdf": expected a Markdown file (.md or .mdx).',
    );
    const unknown = await runCli(['audit', file, '--mandate', 'r-24-98']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe(
      'policy audit: Unknown mandate "r-24-98". Did you mean "r-24-89"? Known mandates: r-24-89.',
    );
  });

  it('reads the file relative to the working directory and the mandates from --root', async () => {
    const result = await runCli(['audit', 'riverbend-social-media-policy.md', '--root', fixturePath('..', '..')], {
      cwd: fixturePath('mandates', 'audit-other-city'),
    });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Audit of riverbend-social-media-policy.md against R-24-89');
  });
});
