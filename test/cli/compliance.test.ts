// `policy compliance` on a real temporary git repository holding AI 1-19
// version 1.0 (adopted 2022, grandfathered) and the draft version 2.0.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo } from '../history/git-repo.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.ts';

const copy = (path: string) => readFileSync(`${PROJECT_ROOT}${path}`, 'utf8');
const repo = createRepo();
repo.write('policy/site.yaml', copy('policy/site.yaml'));
repo.write('policy/mandates/r-24-89.yaml', copy('policy/mandates/r-24-89.yaml'));
repo.write('policy/mandates/r-24-89.md', copy('policy/mandates/r-24-89.md'));
repo.write('policy/ai-1-19.mdx', readFileSync(fixturePath('mandates', 'ai-1-19-1.0', 'ai-1-19.mdx'), 'utf8'));
repo.commit('AI 1-19 version 1.0 with its R-24-89 crosswalk');
repo.write('policy/ai-1-19.mdx', copy('policy/ai-1-19.mdx'));
repo.commit('AI 1-19 version 2.0 (draft)');
afterAll(() => repo.remove());

const compliance = (...args: string[]) =>
  runCli(['compliance', 'ai-1-19', '--root', repo.root, '--today', '2026-11-21', ...args]);

describe('policy compliance', () => {
  it('--format json lists the eight policy elements for 1.0 and 2.0 (1.0 has gaps, 2.0 none) and the website requirements once', async () => {
    const result = await compliance('--format', 'json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const view = JSON.parse(result.stdout);
    expect(view.policy).toEqual({ id: 'ai-1-19', number: 'AI 1-19', title: 'Social Media Policy' });
    const [mandate] = view.mandates;
    expect(mandate.citation).toBe('R-24-89');
    expect(
      mandate.versions.map(
        (v: { version: string; grandfathered: boolean; current: boolean; report: { summary: unknown } }) => [
          v.version,
          v.grandfathered,
          v.current,
          v.report.summary,
        ],
      ),
    ).toEqual([
      ['1.0', true, false, { met: 0, partial: 6, missing: 2, total: 8 }],
      ['2.0', false, true, { met: 8, partial: 0, missing: 0, total: 8 }],
    ]);
    expect(mandate.versions[0].report.requirements.map((r: { clause: string }) => r.clause)).toEqual([
      ...['§1.A.1', '§1.A.2', '§1.A.3', '§1.A.4', '§1.A.5', '§1.A.6', '§1.A.7', '§1.A.8'],
    ]);
    expect(mandate.website.map((r: { clause: string; status: string }) => `${r.clause} ${r.status}`)).toEqual([
      '§1.B met',
      '§1.B met',
      '§1.B met',
    ]);
    expect(mandate.versions[1].evidence['disciplinary-actions'].quotes[0]).toMatchObject({
      concept: 'retraining',
      anchor: 'disciplinary-actions',
      words: 'retraining',
    });
    expect(mandate.versions[0].report.requirements[5].reasons).toEqual([
      '§1.A.6 Disciplinary Actions: mapped to #policy, which does not mention retraining, reprimand, suspension, the severity of the incident or repeated incidents.',
    ]);
    expect(mandate.delivery).toMatchObject([
      { deadlineId: 'delivery', due: '2024-12-18', state: 'overdue', policy: 'AI 1-19', draft: '2.0', daysLate: 703 },
    ]);
  });

  it('--format text prints the clause-by-clause table of each version, quoting the sentences that meet each element', async () => {
    const result = await compliance();
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 10)).toEqual([
      'AI 1-19 Social Media Policy: compliance with R-24-89',
      '',
      'Version 1.0 (adopted 2022-08-23; grandfathered: adopted before R-24-89 was enacted on 2024-12-05)',
      '  0 of 8 policy elements met, 6 partial, 2 missing.',
      '',
      '  §1.A.1  Behavioral Expectations          partial  #policy, #m',
      "          Mapped to #policy and #m, which do not mention respectfulness or the City's values.",
      '          respectfulness: missing. A sentence meeting it would say: Staff treat everyone they deal with on social media with respect and courtesy.',
      '          professionalism: "Keep it professional - avoid confrontation." (line 113, #m; credited: "professional")',
      "          the City's values: missing. A sentence meeting it would say: What staff post reflects the City's values and follows its policies and codes of ethics.",
    ]);
    expect(result.stdout).toContain(
      [
        'Version 2.0 (draft; current text)',
        '  Meets all 8 policy elements (8 of 8).',
        '',
        '  §1.A.1  Behavioral Expectations          met      #behavioral-expectations',
        '          respectfulness: "Respectful: treat every person with courtesy, including people who disagree with the City or are rude to it." (line 66, #behavioral-expectations; credited: "Respectful")',
      ].join('\n'),
    );
    expect(result.stdout).toContain(
      'Website requirements of R-24-89 (3 of 3 met by the site; they belong to the site that publishes the policy, not to its text):',
    );
    expect(result.stdout).toContain('  §1.A.6  Disciplinary Actions             met      #disciplinary-actions\n');
    expect(lines.at(-2)).toBe(
      'R-24-89 §2: no version that meets every policy element has been adopted. It was due on 2024-12-18, 703 days ago as of 2026-11-21. A compliant draft, AI 1-19 version 2.0, exists but has not been adopted.',
    );
  });

  it('--format markdown prints one table per version', async () => {
    const result = await compliance('--format', 'markdown', '--version', '1.0');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 9)).toEqual([
      '# AI 1-19 Social Media Policy: compliance with R-24-89',
      '',
      '## Version 1.0 (adopted 2022-08-23; grandfathered: adopted before R-24-89 was enacted on 2024-12-05)',
      '',
      '0 of 8 policy elements met, 6 partial, 2 missing.',
      '',
      '| Clause | Element | Status | Sections | Why |',
      '| --- | --- | --- | --- | --- |',
      "| §1.A.1 | Behavioral Expectations | partial | #policy, #m | Mapped to #policy and #m, which do not mention respectfulness or the City's values. |",
    ]);
    expect(result.stdout).toContain(
      '**§1.A.1 Behavioral Expectations**\n\n- respectfulness: missing. A sentence meeting it would say: Staff treat everyone they deal with on social media with respect and courtesy.\n- professionalism: "Keep it professional - avoid confrontation." (line 113, #m; credited: "professional")',
    );
    expect(result.stdout).not.toContain('Version 2.0');
  });

  it('refuses an unknown version or policy with a usage error', async () => {
    expect(await compliance('--version', '3.0')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'policy compliance: AI 1-19 has no version "3.0". Its versions: 1.0, 2.0.\nUsage: policy compliance <id> [--version V] [--format text|markdown|json] [--root DIR] [--today YYYY-MM-DD]\n',
    });
    const unknown = await runCli(['compliance', 'ai-1-91', '--root', repo.root]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe(
      'policy compliance: Unknown policy "ai-1-91". Did you mean "ai-1-19"? Known policies: ai-1-19.',
    );
  });

  it('exits 1 when the current version falls short of a mandate it must meet', async () => {
    const draft = createRepo({ init: false });
    try {
      draft.write('policy/site.yaml', copy('policy/site.yaml'));
      draft.write('policy/mandates/r-24-89.yaml', copy('policy/mandates/r-24-89.yaml'));
      draft.write('policy/mandates/r-24-89.md', copy('policy/mandates/r-24-89.md'));
      draft.write(
        'policy/partial.md',
        readFileSync(fixturePath('mandates', 'requirements', 'disciplinary-actions', 'partial.md'), 'utf8'),
      );
      const result = await runCli(['compliance', 'partial', '--root', draft.root, '--format', 'json']);
      expect(result.code).toBe(1);
      expect(JSON.parse(result.stdout).mandates[0].versions[0].report.summary).toEqual({
        met: 0,
        partial: 1,
        missing: 7,
        total: 8,
      });
    } finally {
      draft.remove();
    }
  });
});
