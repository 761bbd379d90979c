// The "done when" scenario: a branch that turns AI 1-19 into a 2.0 draft,
// compared with main, in a temporary copy of this repository's own policy/
// folder (the real AI 1-19 and R-24-89).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.ts';
import { createRepo, type TestRepo } from '../history/git-repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.remove());

function draftVersionTwo(text: string): string {
  return text
    .replace(/^version: "1\.0"$/m, 'version: "2.0"')
    .replace(
      /^status: adopted$/m,
      [
        'status: draft',
        'change:',
        '  kind: substantive',
        '  summary: Adds the rules R-24-89 asks for, starting with how City accounts answer the public.',
        'comment:',
        '  opens: 2026-12-01',
        '  closes: 2026-12-31',
      ].join('\n'),
    )
    .replace(/^adopted:\n(?: {2}.*\n)+/m, '')
    .replace(/^effective: .*\n/m, '')
    .replace(
      '## Glossary',
      '## Response Guidelines\n\nCity accounts answer questions from the public within two business days, politely and with facts.\n\n## Glossary',
    );
}

it('on a branch that edits AI 1-19 to 2.0: the redline, compliance before and after, and the problems', async () => {
  repo = createRepo();
  cpSync(join(PROJECT_ROOT, 'policy'), join(repo.root, 'policy'), { recursive: true });
  repo.commit('AI 1-19 version 1.0');
  repo.git('checkout', '-q', '-b', 'ai-1-19-2.0');
  const path = join(repo.root, 'policy', 'ai-1-19.mdx');
  const edited = draftVersionTwo(readFileSync(path, 'utf8'));
  expect(edited).toMatch(/^version: "2\.0"\nstatus: draft\n/m);
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
  expect(stdout).toMatch(
    /^\| AI 1-19 Social Media Policy \| 1\.0 → 2\.0 \| substantive \| \d+ of \d+ met( → \d+ of \d+ met)? \|$/m,
  );
  expect(stdout).toContain('**Version 1.0 → 2.0**, substantive change.');
  expect(stdout).toMatch(/^\| Response Guidelines \| added \| \+\d+ −0 \|$/m);
  expect(stdout).toContain(
    '<ins>\\#\\# Response Guidelines<br>City accounts answer questions from the public within two business days, politely and with facts.</ins>',
  );
  expect(stdout).toContain('#### Compliance with R-24-89\n\n| Requirement | Before (1.0) | After (2.0) |');
  expect(stdout).toMatch(/^\| §1\.A\.6 Disciplinary Actions \| .+ \| .+ \|$/m);
  expect(stdout).toContain(
    'Version 1.0 was adopted before R-24-89 was enacted, so its gaps are shown but do not fail the check.',
  );
  expect(stdout).toContain('| Status | adopted | draft |');
  expect(stdout).toContain('| Comment period | — | 2026-12-01 to 2026-12-31 (opens in 10 days) |');
  // A 2.0 draft must meet R-24-89, and this one does not yet: the check's errors are listed with their places.
  expect(stdout).toMatch(/### Problems found by the check\n\n❌ \d+ errors? and \d+ warnings?\./);
  expect(stdout).toMatch(/^\| ❌ error \| `policy\/ai-1-19\.mdx:\d+:\d+` \| .+ `mandate\/[a-z-]+` \|$/m);
});
