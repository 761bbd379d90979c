// The file system as an attacker would use it: links out of the repository,
// a folder with a policy's name, an upper-case extension. Each is refused
// with its path, and nothing outside the repository is read.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRepository } from '../../src/core/repository/load.ts';
import { diskFiles } from '../../src/io/fs-files.ts';
import { exampleSiteYaml, frontMatter } from '../helpers/fixtures.ts';

const base = mkdtempSync(join(tmpdir(), 'policy-fs-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function repository(name: string, site: 'file' | 'link' = 'file'): string {
  const root = join(base, name);
  mkdirSync(join(root, 'policy'), { recursive: true });
  if (site === 'file') writeFileSync(join(root, 'policy/site.yaml'), exampleSiteYaml);
  else symlinkSync('/proc/self/status', join(root, 'policy/site.yaml'));
  writeFileSync(join(root, 'policy/ok.mdx'), `${frontMatter('ok')}\n## Scope\n\nText.\n`);
  return root;
}

describe('policy/ on disk', () => {
  it('refuses a link to a file outside the repository, a folder named like a policy and x.MDX, each with its path', async () => {
    const root = repository('attacks');
    writeFileSync(join(base, 'outside.mdx'), `${frontMatter('outside')}\n## Secret\n\nOutside the repository.\n`);
    symlinkSync('../../outside.mdx', join(root, 'policy/outside.mdx'));
    mkdirSync(join(root, 'policy/dir.mdx'));
    writeFileSync(join(root, 'policy/upper.MDX'), `${frontMatter('upper')}\n## Scope\n`);
    const loaded = await loadRepository(diskFiles(root), { render: true });
    expect(loaded.diagnostics.map((d) => [d.code, d.file, d.message, d.hint])).toEqual([
      [
        'file/not-a-file',
        'policy/dir.mdx',
        '`policy/dir.mdx` is a folder or a device, not a file.',
        'Rename the folder, or move the policy file out of it into `policy/`.',
      ],
      [
        'file/symlink',
        'policy/outside.mdx',
        '`policy/outside.mdx` is a link to another file; links are never read.',
        'Put the file itself in `policy/` (a link can point outside the repository, where the check must not read).',
      ],
      [
        'file/upper-case-extension',
        'policy/upper.MDX',
        '`policy/upper.MDX` is not read: the file name must end in lower case.',
        'Rename it to `policy/upper.mdx`.',
      ],
    ]);
    expect(loaded.documents.map((d) => d.path)).toEqual(['policy/ok.mdx']);
    expect(JSON.stringify(loaded)).not.toContain('Outside the repository');
  });

  it('refuses a site.yaml that is a link before reading it: nothing of its target appears', async () => {
    const root = repository('site-link', 'link');
    const loaded = await loadRepository(diskFiles(root));
    expect(loaded.diagnostics.map((d) => [d.code, d.file])).toEqual([['file/symlink', 'policy/site.yaml']]);
    expect(JSON.stringify(loaded.diagnostics)).not.toMatch(/Name|Pid|VmRSS/);
    expect(await diskFiles(root).read('policy/site.yaml')).toBeUndefined();
  });
});

describe('policy/ in a past revision (git)', () => {
  it('leaves a committed link (mode 120000) and x.MDX out, and says so', async () => {
    const { execFileSync } = await import('node:child_process');
    const { gitRevisionFiles } = await import('../../src/io/git-revision-files.ts');
    const root = repository('git');
    symlinkSync('../../outside.mdx', join(root, 'policy/outside.mdx'));
    writeFileSync(join(root, 'policy/upper.MDX'), 'x');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.gov', ...args], { cwd: root });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'Add');
    const files = await gitRevisionFiles(root, 'HEAD');
    expect(await files.listPolicies()).toEqual(['policy/ok.mdx']);
    expect(await files.refused!()).toEqual([
      { path: 'policy/outside.mdx', why: 'symlink' },
      { path: 'policy/upper.MDX', why: 'upper-case-extension' },
    ]);
    expect(await files.read('policy/outside.mdx')).toBeUndefined();
  });
});

describe('hasUpperCaseExtension', () => {
  it('finds only policy and mandate names whose extension is not lower case', async () => {
    const { hasUpperCaseExtension } = await import('../../src/core/repository/files.ts');
    expect(['policy/x.MDX', 'policy/x.Md', 'policy/mandates/m.YAML'].map(hasUpperCaseExtension)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['policy/x.mdx', 'policy/mandates/r-24-89.md', 'policy/site.yaml', 'policy/x.TXT'].map(hasUpperCaseExtension),
    ).toEqual([false, false, false, false]);
  });
});
