import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../src/core/repository/load.ts';
import { isMandatePath, isPolicyPath, memoryFiles } from '../../src/core/repository/files.ts';
import type { PolicyFiles } from '../../src/core/ports.ts';
import { exampleSiteYaml, frontMatter } from '../helpers/fixtures.ts';

const policy = (id: string) => `${frontMatter(id)}\n## Scope\n\nText.\n`;

describe('policy paths', () => {
  it('accepts .md and .mdx files directly in policy/', () => {
    expect(isPolicyPath('policy/ai-1-19.mdx')).toBe(true);
    expect(isPolicyPath('policy/ai-1-19.md')).toBe(true);
    expect(isPolicyPath('policy/site.yaml')).toBe(false);
    expect(isPolicyPath('policy/drafts/x.mdx')).toBe(false);
    expect(isPolicyPath('docs/x.mdx')).toBe(false);
    expect(isMandatePath('policy/mandates/r-24-89.yaml')).toBe(true);
    expect(isMandatePath('policy/mandates/r-24-89.json')).toBe(false);
  });
});

describe('loadRepository', () => {
  it('loads the settings and every policy, in path order', async () => {
    const repository = await loadRepository(
      memoryFiles({ 'policy/site.yaml': exampleSiteYaml, 'policy/b.mdx': policy('b'), 'policy/a.md': policy('a') }),
    );
    expect(repository.diagnostics).toEqual([]);
    expect(repository.site?.organisation.name).toBe('Example City');
    expect(repository.documents.map((document) => [document.path, document.format])).toEqual([
      ['policy/a.md', 'md'],
      ['policy/b.mdx', 'mdx'],
    ]);
  });

  it('reports the second of two files with the same id, at its id', async () => {
    const repository = await loadRepository(
      memoryFiles({
        'policy/site.yaml': exampleSiteYaml,
        'policy/same.md': policy('same'),
        'policy/same.mdx': policy('same'),
      }),
    );
    expect(repository.diagnostics).toEqual([
      {
        code: 'front-matter/duplicate-id',
        severity: 'error',
        file: 'policy/same.mdx',
        line: 2,
        column: 5,
        message: 'The id `same` is already used by `policy/same.md`.',
        hint: 'Every policy needs its own id: rename one of the two.',
        url: '/messages/#front-matter/duplicate-id',
        related: [{ file: 'policy/same.md', line: 2, column: 5, message: 'first used' }],
      },
    ]);
  });

  it('warns when there is no policy at all', async () => {
    const repository = await loadRepository(memoryFiles({ 'policy/site.yaml': exampleSiteYaml }));
    expect(repository.diagnostics.map((d) => [d.code, d.severity, d.file])).toEqual([
      ['file/no-policies', 'warning', 'policy/'],
    ]);
  });

  it('reports a listed file that cannot be read, and goes on with the others', async () => {
    const files = memoryFiles({ 'policy/site.yaml': exampleSiteYaml, 'policy/ok.mdx': policy('ok') });
    const flaky: PolicyFiles = { ...files, listPolicies: async () => ['policy/gone.mdx', 'policy/ok.mdx'] };
    const repository = await loadRepository(flaky);
    expect(repository.diagnostics.map((d) => [d.code, d.file])).toEqual([['file/unreadable', 'policy/gone.mdx']]);
    expect(repository.documents.map((document) => document.path)).toEqual(['policy/ok.mdx']);
  });

  it('gives no site settings when they have errors', async () => {
    const repository = await loadRepository(
      memoryFiles({
        'policy/site.yaml': exampleSiteYaml.replace('America/Denver', 'Mars/Olympus'),
        'policy/a.mdx': policy('a'),
      }),
    );
    expect(repository.site).toBeUndefined();
    expect(repository.diagnostics.map((d) => d.code)).toEqual(['site-config/invalid-time-zone']);
  });
});
