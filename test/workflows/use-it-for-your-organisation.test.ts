// The README's "Use it for your organisation" walkthrough, run as written in a
// temporary repository: init → import a Word file → fill in what the check asks
// for → build the site. The built site shows the new organisation's name and
// channels, nothing of Albuquerque's, and the policy page has the Word file's
// text, headings and clauses.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/fixtures.ts';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.ts';

const run = promisify(execFile);
const made: string[] = [];
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

/** The shell block under the README heading, one command a line. */
function walkthrough(): string[] {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use it for your organisation'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  return block.split('\n').filter((line) => line.trim() !== '');
}

/** Splits a command line into words, with "double quotes" (enough for the README's commands). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(folder, name));
}

const textOf = (html: string) =>
  html
    // Inline elements join their text to the words around them; block elements separate it.
    .replace(/<\/?(?:a|strong|em|b|i|code|span|abbr)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('use it for your organisation (README walkthrough)', () => {
  it('goes from policy init to a built site with its own name and channels, and the Word file as a policy page', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'policy-new-org-'));
    made.push(parent);
    const root = join(parent, 'our-policies');
    const docx = fixturePath('import', 'mesa-library-account-rules.docx');
    const commands = walkthrough();
    expect(commands).toHaveLength(5);

    const [makeRepo, init, importPolicy, check, build] = commands as [string, string, string, string, string];
    expect(makeRepo).toBe('mkdir ../our-policies && git -C ../our-policies init');
    mkdirSync(root);
    execFileSync('git', ['init', '-q'], { cwd: root });

    const cli = async (line: string) => {
      const args = words(line).map((word) => (word === '../our-policies' ? root : word));
      expect(args.slice(0, 4)).toEqual(['npm', 'run', 'policy', '--']);
      return runCli(args.slice(4).map((word) => (word.endsWith('.docx') ? docx : word)));
    };
    const initialised = await cli(init);
    expect(initialised.stderr).toBe('');
    expect(initialised.stdout.split('\n')[0]).toBe('Wrote policy/site.yaml for Riverside County.');
    const imported = await cli(importPolicy);
    expect(imported.code).toBe(0);

    // Step 3 of the walkthrough: the check asks for what only the author can say; the author adds it.
    const asked = await cli(check);
    expect(asked.code).toBe(1);
    for (const key of ['kind', 'owner', 'version', 'status'])
      expect(asked.stdout).toContain(`Missing key \`${key}\` in the front matter.`);
    const path = join(root, 'policy', 'social-media-account-rules.md');
    const text = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      text.replace(
        'number: Administrative Instruction 7-2\n',
        'number: Administrative Instruction 7-2\nkind: administrative-instruction\nowner: Mesa Verde Library\nversion: "1.0"\nstatus: draft\n',
      ),
    );
    const checked = await cli(check);
    expect(checked.stdout).toContain('no problems found');
    expect(checked.code).toBe(0);

    expect(build).toBe('POLICY_ROOT=../our-policies npm run build');
    mkdirSync(join(PROJECT_ROOT, 'node_modules/.cache'), { recursive: true });
    const dist = mkdtempSync(join(PROJECT_ROOT, 'node_modules/.cache/policy-new-org-'));
    made.push(dist);
    const vitestOwn = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST']);
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !vitestOwn.has(name) && !name.startsWith('VITEST_')),
    );
    await run(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
      cwd: PROJECT_ROOT,
      env: { ...env, POLICY_ROOT: root, POLICY_TODAY: '2026-11-21', NO_COLOR: '1' },
    });

    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('<title>Riverside County policies</title>');
    expect(home).toContain('href="mailto:policies@riverside.example"');
    expect(home).toContain('href="https://riverside.example/report-a-violation"');
    for (const file of htmlFiles(dist)) expect(readFileSync(file, 'utf8')).not.toMatch(/albuquerque|\babq\b|cabq/i);

    // The policy page has the Word file's text, headings and clauses.
    const page = readFileSync(join(dist, 'policies', 'social-media-account-rules', 'index.html'), 'utf8');
    const { value: raw } = await mammoth.extractRawText({ path: docx });
    const paragraphs = raw
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && line !== 'Social Media Account Rules');
    const pageText = textOf(page);
    for (const paragraph of paragraphs) expect(pageText).toContain(paragraph.replace(/\s+/g, ' '));
    for (const heading of ['Purpose', 'Standards of Conduct', 'Account Review'])
      expect(page).toMatch(new RegExp(`<h2[^>]*id="${heading.toLowerCase().replaceAll(' ', '-')}"[^>]*>`));
    expect(page).toMatch(/<h3[^>]*id="review-schedule"/);
    for (const anchor of ['a', 'b', 'c', 'c-a', 'c-b', '1', '2', '3']) expect(page).toContain(`id="${anchor}"`);
    expect(page).toMatch(/<th>Review<\/th>\s*<th>Who<\/th>\s*<th>When<\/th>/);
  }, 300_000);
});
