// `policy check`: exit codes, the exact output of each format, --root, usage
// errors and internal faults. Runs `main()` in-process (see test/helpers/run-cli.ts),
// and the real entry point once as a subprocess.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/core/document/load.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.ts';

const root = (name: string) => fixturePath('check', name);
const usage = 'Usage: policy check [--root DIR] [--format human|github|json] [--today YYYY-MM-DD]\n';
/** The message page of the fixtures' site (`baseUrl: https://policy.example.gov/` in their `policy/site.yaml`). */
const see = (code: string) => `See https://policy.example.gov/messages/#${code}`;
const unknownTitel =
  'Unexpected key `titel`, expected one of `id`, `title`, `number`, `kind`, `owner`, `tags`, `version`, `status`, `notice`, `change`, `comment`, `adopted`, `effective`, `review`, `mandates` or `sources`.';

describe('policy check: exit codes', () => {
  it('exits 0 and says so when every policy is clean', async () => {
    const result = await runCli(['check', '--root', root('clean')]);
    expect(result).toEqual({ code: 0, stdout: '✔ 1 policy file checked: no problems found.\n', stderr: '' });
  });

  it('exits 0 when there are warnings only', async () => {
    const result = await runCli(['check', '--root', root('warning-only')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'policy/warning-only.mdx',
        '  11:1  warning  Unexpected top-level heading `# Test policy`: the page already shows the policy title.  sections/title-heading',
        '    → Write it as `## Test policy`.',
        '',
        '⚠ 1 policy file checked: 0 errors and 1 warning.',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 when a policy has an error', async () => {
    const result = await runCli(['check', '--root', root('misspelled-key')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
  });

  it('exits 2 without a command, with the list of commands on stderr; --help exits 0', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^Usage: policy <command> \[options\]\n\nCommands:\n {2}check +Check every policy/);
    const help = await runCli(['--help']);
    expect(help).toEqual({ code: 0, stdout: none.stderr, stderr: '' });
  });

  it('exits 2 for an unknown command, with one line', async () => {
    const result = await runCli(['chekc']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'policy: unknown command "chekc". Run `policy --help` for the list of commands.\n',
    });
  });
});

describe('policy check: output formats', () => {
  it('human: grouped by file, with line:column, code and what to do', async () => {
    const result = await runCli(['check', '--root', root('two-files')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'policy/alpha.mdx',
        '  15:1  error  Unexpected `<iframe>`: it is never allowed in a policy.  mdx/forbidden-element',
        '    → Remove the element. A policy holds text only.',
        '',
        'policy/beta.md',
        '  9:7  error  `tags` should be a list, not `social-media`.  front-matter/wrong-type',
        '    → Write a list: `tags: [social-media]`.',
        '',
        '✖ 2 policy files checked: 2 errors and 0 warnings.',
        '',
      ].join('\n'),
    );
  });

  it('human with colour: the same text, painted', async () => {
    const result = await runCli(['check', '--root', root('misspelled-key')], { color: true });
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      '\u001b[4mpolicy/misspelled-key.mdx\u001b[24m',
      `  3:1  \u001b[31merror\u001b[39m  ${unknownTitel}  \u001b[2mfront-matter/unknown-key\u001b[22m`,
    ]);
  });

  it('github: one workflow command per problem, on the line of the misspelled key', async () => {
    const result = await runCli(['check', '--root', root('misspelled-key'), '--format', 'github']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      `::error file=policy/misspelled-key.mdx,line=3,col=1,title=front-matter/unknown-key::${unknownTitel} Did you mean \`title\`? ${see('front-matter/unknown-key')}\n`,
    );
  });

  it('github: warnings and end positions', async () => {
    const warning = await runCli(['check', '--root', root('warning-only'), '--format', 'github']);
    expect(warning.stdout).toBe(
      `::warning file=policy/warning-only.mdx,line=11,col=1,endLine=11,endColumn=14,title=sections/title-heading::Unexpected top-level heading \`# Test policy\`: the page already shows the policy title. Write it as \`## Test policy\`. ${see('sections/title-heading')}\n`,
    );
    const errors = await runCli(['check', '--root', root('two-files'), '--format', 'github']);
    expect(errors.stdout).toBe(
      [
        `::error file=policy/alpha.mdx,line=15,col=1,endLine=15,endColumn=38,title=mdx/forbidden-element::Unexpected \`<iframe>\`: it is never allowed in a policy. Remove the element. A policy holds text only. ${see('mdx/forbidden-element')}`,
        `::error file=policy/beta.md,line=9,col=7,title=front-matter/wrong-type::\`tags\` should be a list, not \`social-media\`. Write a list: \`tags: [social-media]\`. ${see('front-matter/wrong-type')}`,
        '',
      ].join('\n'),
    );
  });

  it('github: prints nothing for a clean repository', async () => {
    expect(await runCli(['check', '--root', root('clean'), '--format', 'github'])).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('json: a summary and every diagnostic, as plain data', async () => {
    const result = await runCli(['check', '--root', root('misspelled-key'), '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      summary: { errors: 1, warnings: 0, files: 1 },
      diagnostics: [
        {
          code: 'front-matter/unknown-key',
          severity: 'error',
          file: 'policy/misspelled-key.mdx',
          line: 3,
          column: 1,
          message: unknownTitel,
          hint: 'Did you mean `title`?',
          url: 'https://policy.example.gov/messages/#front-matter/unknown-key',
        },
      ],
    });
    expect(result.stdout.endsWith('}\n')).toBe(true);
  });

  it('json: an empty list for a clean repository', async () => {
    const result = await runCli(['check', '--root', root('clean'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ summary: { errors: 0, warnings: 0, files: 1 }, diagnostics: [] });
  });
});

describe('policy check: where it looks', () => {
  it('--root is read relative to the working directory', async () => {
    const result = await runCli(['check', '--root', 'misspelled-key', '--format', 'github'], {
      cwd: fixturePath('check'),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('file=policy/misspelled-key.mdx,line=3,col=1');
  });

  it('POLICY_ROOT is used when --root is not given, and --root wins over it', async () => {
    const fromEnv = await runCli(['check'], { env: { POLICY_ROOT: root('clean') } });
    expect(fromEnv.code).toBe(0);
    const both = await runCli(['check', '--root', root('misspelled-key')], { env: { POLICY_ROOT: root('clean') } });
    expect(both.code).toBe(1);
  });

  it('the working directory is the default', async () => {
    const result = await runCli(['check', '--format', 'json'], { cwd: root('two-files') });
    expect(JSON.parse(result.stdout).summary).toEqual({ errors: 2, warnings: 0, files: 2 });
  });

  it('a folder without policies and settings says what is missing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'policy-check-empty-'));
    try {
      const result = await runCli(['check', '--root', empty, '--format', 'json']);
      expect(result.code).toBe(1);
      const codes = (JSON.parse(result.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
      expect(codes).toContain('file/no-policies');
      expect(codes).toContain('site-config/missing');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('policy check: usage errors (exit 2, one line and the usage)', () => {
  it('unknown --format', async () => {
    const result = await runCli(['check', '--root', root('clean'), '--format', 'xml']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `policy check: Unknown --format "xml", expected one of: human, github, json.\n${usage}`,
    });
  });

  it('a misspelled option, with a suggestion', async () => {
    const result = await runCli(['check', '--fromat', 'json']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `policy check: Unknown option --fromat. Did you mean --format?\n${usage}`,
    });
  });

  it('a file name, which check does not take', async () => {
    const result = await runCli(['check', 'policy/ai-1-19.mdx']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `policy check: Unexpected argument "policy/ai-1-19.mdx": \`policy check\` checks every policy in the folder given by --root.\n${usage}`,
    });
  });

  it('a --root that is not a folder', async () => {
    const result = await runCli(['check', '--root', 'no/such/folder'], { cwd: PROJECT_ROOT });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `policy check: --root "no/such/folder" is not a folder. Give the folder that holds the \`policy/\` folder.\n${usage}`,
    });
  });

  it('a --today that is not a date', async () => {
    const result = await runCli(['check', '--root', root('clean'), '--today', '2025-02-30']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `policy check: --today must be a calendar date written YYYY-MM-DD, not "2025-02-30".\n${usage}`,
    );
  });

  it('--help prints the usage and exits 0', async () => {
    const result = await runCli(['check', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `Check every policy: front matter, safe MDX, sections, mandates, history and reviews.\n\n${usage}`,
    );
  });
});

describe('policy check: a folder where site.yaml should be', () => {
  const folder = mkdtempSync(join(tmpdir(), 'policy-check-folder-'));
  mkdirSync(join(folder, 'policy', 'site.yaml'), { recursive: true });
  writeFileSync(join(folder, 'policy', 'ok.mdx'), '---\nid: ok\n---\n');
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is refused with its path (it used to stop the check with EISDIR)', async () => {
    const result = await runCli(['check', '--root', folder, '--format', 'json']);
    expect(result.code).toBe(1);
    const found = (JSON.parse(result.stdout) as { diagnostics: { code: string; file: string }[] }).diagnostics;
    expect(found.map((d) => [d.code, d.file])).toContainEqual(['file/not-a-file', 'policy/site.yaml']);
  });
});

describe('policy check: an invalid site.yaml beside the real policies and mandate', () => {
  // R-24-89's website requirements are judged from site.yaml; when it is invalid,
  // its own error says what to fix, and "requirement missing" errors would only bury it.
  const folder = mkdtempSync(join(tmpdir(), 'policy-check-bad-site-'));
  cpSync(join(PROJECT_ROOT, 'policy'), join(folder, 'policy'), { recursive: true });
  const site = readFileSync(join(PROJECT_ROOT, 'policy', 'site.yaml'), 'utf8');
  writeFileSync(join(folder, 'policy', 'site.yaml'), site.replace(/^timeZone: .*$/m, 'timeZone: Mars/Olympus'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('gives the one site-config error, and no website requirement errors', async () => {
    const result = await runCli(['check', '--root', folder, '--format', 'json', '--today', '2025-06-01']);
    expect(result.code).toBe(1);
    const found = (JSON.parse(result.stdout) as { diagnostics: { code: string; file: string; severity: string }[] })
      .diagnostics;
    expect(found.filter((d) => d.file === 'policy/site.yaml').map((d) => d.code)).toEqual([
      'site-config/invalid-time-zone',
    ]);
    expect(found.filter((d) => d.code.startsWith('mandate/') && d.severity === 'error')).toEqual([]);
  });
});

describe('policy check: code in a policy', () => {
  it.each([
    ['script', 'mdx/forbidden-element', 15, 1],
    ['expression', 'mdx/forbidden-expression', 15, 12],
  ])('a policy with %s fails with its code and is never rendered', async (name, code, line, column) => {
    const result = await runCli(['check', '--root', root(name), '--format', 'json']);
    expect(result.code).toBe(1);
    const diagnostics = (JSON.parse(result.stdout) as { diagnostics: object[] }).diagnostics;
    expect(diagnostics).toEqual([expect.objectContaining({ code, file: `policy/${name}.mdx`, line, column })]);

    const path = `policy/${name}.mdx`;
    const document = loadPolicy(path, readFileSync(join(root(name), path)), { render: true });
    expect(document.html).toBeUndefined();
  });
});

describe('policy check over the whole bad-input corpus', () => {
  const cases = ['front-matter', 'mdx', 'sections', 'file', 'site-config'].flatMap((area) =>
    readdirSync(fixturePath(area))
      .filter((name) => !name.startsWith('.'))
      .map((name) => `${area}/${name}`),
  );

  it.each(cases)('%s: reports, never crashes (exit 0 or 1, valid JSON)', async (name) => {
    const result = await runCli(['check', '--root', fixturePath(name), '--format', 'json']);
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.code);
    const report = JSON.parse(result.stdout) as { summary: { errors: number }; diagnostics: unknown[] };
    expect(result.code).toBe(report.summary.errors > 0 ? 1 : 0);
  });
});

describe('the real entry point', () => {
  it('runs `node scripts/policy.ts check --root …` as a subprocess', async () => {
    const run = promisify(execFile);
    const node = join(PROJECT_ROOT, 'node_modules/.bin/node');
    const clean = await run(node, ['scripts/policy.ts', 'check', '--root', root('clean')], { cwd: PROJECT_ROOT });
    expect(clean.stdout).toBe('✔ 1 policy file checked: no problems found.\n');

    const failing = await run(
      node,
      ['scripts/policy.ts', 'check', '--root', root('misspelled-key'), '--format', 'github'],
      { cwd: PROJECT_ROOT },
    ).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(
      /^::error file=policy\/misspelled-key\.mdx,line=3,col=1,title=front-matter\/unknown-key::/,
    );
  });
});
