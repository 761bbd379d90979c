// `policy audit` on other governments' untagged policies: Markdown and plain text.
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/fixtures.ts';
import { runCli } from '../helpers/run-cli.ts';

const file = 'test/fixtures/mandates/audit-other-city/riverbend-social-media-policy.md';

describe('policy audit', () => {
  it('lists the sections, ranks them for each element, quotes what meets it and says what is missing (text)', async () => {
    const result = await runCli(['audit', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      `Audit of ${file} against R-24-89`,
      '',
      '4 of 8 policy elements met, 1 partial, 3 missing. This is automated reading: each element found is quoted below, for a person to confirm.',
      '',
      'Sections found (9): "City of Riverbend Social Media Policy" (line 1), "Purpose" (line 5), "Authorized Use" (line 10), "Comment Policy" (line 16), "Employee Conduct" (line 27), "Responding to the Public" (line 34), "Enforcement" (line 40), "Restorative Measures" (line 45), "Records" (line 47).',
    ]);
    expect(result.stdout).toContain(
      [
        '§1.A.6 Disciplinary Actions: partial',
        '  1.  39  #enforcement "Enforcement" (line 40)',
        '  Found: reprimand, line 42 (#enforcement): "Misuse of a City account may lead to disciplinary action under the Personnel Rules, including a written reprimand or termination of employment."',
        '       Credited words: "reprimand"',
      ].join('\n'),
    );
    expect(result.stdout).toContain(
      [
        '  Missing: retraining. It would say: Staff who misuse an account may be required to take the training again.',
        '  Missing: suspension. It would say: Misuse may lead to suspension.',
        '  Missing: the severity of the incident. It would say: The action depends on how serious the misuse was.',
        '  Missing: repeated incidents. It would say: Repeated misuse leads to a stronger action.',
        '  Not counted: "Followers who repeatedly post such content may be blocked." (line 25) mentions repeated incidents, but does not count: it is about moderating what the public posts.',
      ].join('\n'),
    );
  });

  it('reads a plain-text policy with no Markdown headings, and quotes evidence from it', async () => {
    const result = await runCli(['audit', 'test/fixtures/mandates/audit-plain/millbrook-plain.txt']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Sections found (7): "TOWN OF MILLBROOK SOCIAL MEDIA POLICY" (line 1), "Section 1" (line 3), "A. Branding" (line 6), "Employee Conduct" (line 10), "RESPONDING TO THE PUBLIC" (line 14), "MONITORING" (line 18), "Weekly checks" (line 21).',
    );
    expect(result.stdout).toContain(
      '  Found: personal attacks, line 12 (#employee-conduct): "Staff must never post personal attacks or argue with members of the public."',
    );
  });

  it('--format markdown gives a table and the quotes', async () => {
    const result = await runCli(['audit', file, '--format', 'markdown']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('| §1.A.6 | Disciplinary Actions | partial | #enforcement (line 40) |');
    expect(result.stdout).toContain('- **suspension** is missing. It would say: Misuse may lead to suspension.');
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
    expect(report.requirements[0]).toMatchObject({ id: 'behavioral-expectations', title: 'Behavioral Expectations' });
    expect(report.requirements[0].evidence[0]).toEqual({
      concept: 'respectfulness',
      anchor: 'employee-conduct',
      line: 29,
      sentence:
        "Employees who post for the City are expected to be professional, courteous and respectful at all times, and to reflect the City's values of service, integrity and inclusion.",
      words: 'courteous',
    });
    expect(report.requirements.map((r: { id: string; status: string }) => `${r.id}:${r.status}`)).toEqual([
      'behavioral-expectations:met',
      'content-specifications:met',
      'personal-attacks:met',
      'response-guidelines:met',
      'monitoring-and-review:missing',
      'disciplinary-actions:partial',
      'restorative-actions:missing',
      'policy-review:missing',
      'public-page:not-checked',
      'feedback-mechanism:not-checked',
      'violation-reporting:not-checked',
    ]);
  });

  it('reports a missing file and an unknown mandate as usage errors', async () => {
    expect((await runCli(['audit', 'no-such-policy.md'])).stderr.split('\n')[0]).toBe(
      'policy audit: Cannot read "no-such-policy.md": no such file.',
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
