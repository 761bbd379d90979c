// GitHub's site policies (CC0), imported with `policy import` and checked
// without editing their text: the only errors left are the front matter fields
// that only the author can supply. Three documents are committed as fixtures;
// when the copy of all 57 current documents is on the machine, they are run too.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleSiteYaml, fixturePath } from '../helpers/fixtures.ts';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.ts';

const STAGING = '/work/staging/site-policy-current/Policies';
const authorFields = ['number', 'kind', 'owner', 'version', 'status'];

const made: string[] = [];
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !/(^|\/)(README|LICENSE)\.md$/.test(name))
    .map((name) => join(folder, name))
    .sort();
}

/** Imports every file into one fresh repository and returns the check's report. */
async function importAndCheck(files: readonly string[]) {
  const root = mkdtempSync(join(tmpdir(), 'policy-site-policy-'));
  made.push(root);
  mkdirSync(join(root, 'policy'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  writeFileSync(join(root, 'policy', 'site.yaml'), exampleSiteYaml);
  cpSync(join(PROJECT_ROOT, 'policy', 'mandates'), join(root, 'policy', 'mandates'), { recursive: true });
  for (const file of files) {
    const result = await runCli(['import', file, '--root', root]);
    expect(result.stderr, file).toBe('');
    expect(result.code, file).toBe(0);
  }
  const check = await runCli(['check', '--root', root, '--format', 'json']);
  return JSON.parse(check.stdout) as {
    diagnostics: { file: string; code: string; severity: string; message: string }[];
  };
}

function notAuthorFields(diagnostics: { code: string; severity: string; message: string }[]): string[] {
  return diagnostics
    .filter((d) => d.severity !== 'info')
    .filter(
      (d) => !(d.code === 'front-matter/missing-key' && authorFields.some((key) => d.message.includes(`\`${key}\``))),
    )
    .map((d) => `${d.code} ${d.message}`);
}

describe('importing GitHub site policies', () => {
  it('the three committed documents pass the check with only the author fields missing', async () => {
    const files = markdownFiles(fixturePath('import', 'site-policy'));
    expect(files).toHaveLength(3);
    const report = await importAndCheck(files);
    expect(notAuthorFields(report.diagnostics)).toEqual([]);
    expect(report.diagnostics.filter((d) => d.code === 'front-matter/missing-key')).toHaveLength(
      3 * authorFields.length,
    );
  });

  it.skipIf(!existsSync(STAGING))(
    'all 57 current documents do too (when the copy is on this machine)',
    async () => {
      const files = markdownFiles(STAGING);
      expect(files).toHaveLength(57);
      const report = await importAndCheck(files);
      expect(notAuthorFields(report.diagnostics)).toEqual([]);
      expect(report.diagnostics).toHaveLength(57 * authorFields.length);
    },
    120_000,
  );
});
