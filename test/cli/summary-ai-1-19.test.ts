// The "done when" scenario: a branch that edits AI 1-19, compared with main,
// in a temporary copy of this repository's own policy/ folder (the real
// AI 1-19 and R-24-89). The copy's AI 1-19 is whatever version the project
// holds now; the branch makes it the next major version, a draft.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.ts';
import { createRepo, type TestRepo } from '../history/git-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.remove());

/** A YAML block at the top level of the front matter: the key line and its indented lines. */
const block = (key: string) => new RegExp(`^${key}:.*\\n(?: {2,}.*\\n)*`, 'm');

function nextDraft(text: string, next: string): string {
  return text
    .replace(block('change'), '')
    .replace(block('comment'), '')
    .replace(block('adopted'), '')
    .replace(block('effective'), '')
    .replace(/^version: ".*"$/m, `version: "${next}"`)
    .replace(
      /^status: .*$/m,
      [
        'status: draft',
        'change:',
        '  kind: substantive',
        '  summary: Says how fast City accounts answer the public.',
        'comment:',
        '  opens: 2026-12-01',
        '  closes: 2026-12-31',
      ].join('\n'),
    )
    .replace(
      /^## /m,
      '## Answering the Public\n\nCity accounts answer questions from the public within two business days, politely and with facts.\n\n## ',
    );
}

it('on a branch that edits AI 1-19: the redline, compliance before and after, and the problems', async () => {
  repo = createRepo();
  cpSync(join(PROJECT_ROOT, 'policy'), join(repo.root, 'policy'), { recursive: true });
  repo.commit('AI 1-19 as the project holds it');
  repo.git('checkout', '-q', '-b', 'ai-1-19-next');
  const path = join(repo.root, 'policy', 'ai-1-19.mdx');
  const original = readFileSync(path, 'utf8');
  const [, from, major] = /^version: "((\d+)\.\d+)"$/m.exec(original)!;
  const to = `${Number(major) + 1}.0`;
  const edited = nextDraft(original, to);
  expect(edited).toMatch(new RegExp(`^version: "${to}"\nstatus: draft\nchange:\n`, 'm'));
  expect(edited).not.toMatch(/^(adopted|effective):/m);
  writeFileSync(path, edited);

  const { code, stdout, stderr } = await runCli([
    'summary',
    '--base',
    'main',
    '--root',
    repo.root,
    '--today',
    '2026-11-21',
  ]);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  const versions = `${from!.replace('.', '\\.')} → ${to.replace('.', '\\.')}`;
  expect(stdout).toMatch(
    new RegExp(
      `^\\| AI 1-19 Social Media Policy \\| ${versions} \\| substantive \\| \\d+ of \\d+ met( → \\d+ of \\d+ met)? \\|$`,
      'm',
    ),
  );
  expect(stdout).toContain(
    `**Version ${from} → ${to}**, substantive change.\n\n> Says how fast City accounts answer the public.`,
  );
  expect(stdout).toMatch(/^\| Answering the Public \| added \| \+\d+ −0 \|$/m);
  expect(stdout).toContain(
    // The text as published: the heading is named above the redline, never shown as Markdown source.
    '**Answering the Public** (added)\n\n<ins>City accounts answer questions from the public within two business days, politely and with facts.</ins>',
  );
  expect(stdout).not.toContain('\\#\\#');
  expect(stdout).toContain(`#### Compliance with R-24-89\n\n| Requirement | Before (${from}) | After (${to}) |`);
  for (const requirement of ['§1.A.1 Behavioral Expectations', '§1.A.6 Disciplinary Actions', '§1.A.8 Policy Review']) {
    expect(stdout).toMatch(
      new RegExp(
        `^\\| ${requirement.replace(/\./g, '\\.')} \\| (✅ met|⚠️ partial|❌ missing) \\| (\\*\\*)?(✅ met|⚠️ partial|❌ missing)(\\*\\*)? \\|$`,
        'm',
      ),
    );
  }
  expect(stdout).toMatch(
    new RegExp(
      `^Before \\(${from!.replace('.', '\\.')}\\): \\d+ of \\d+ met\\. After \\(${to.replace('.', '\\.')}\\): \\d+ of \\d+ met\\.$`,
      'm',
    ),
  );
  expect(stdout).toMatch(/^\| Comment period \| .+ \| 2026-12-01 to 2026-12-31 \(opens in 10 days\) \|$/m);
  expect(stdout).toMatch(
    /### Problems found by the check\n\n(✅ No errors or warnings\.|❌ \d+ errors? and \d+ warnings?\.|⚠️ \d+ warnings?, no errors\.)/,
  );
});
