// The City's other social media policies (R-24-89 §1.B): the APD Social Media
// Terms of Use and APD General Order 1-44, imported from public sources with
// their source and retrieval date, missing text marked, published, and not
// checked against the eight elements of R-24-89 §1.A.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/core/publish/site-model.ts';
import { diskFiles } from '../../src/io/fs-files.ts';
import { importPolicy } from '../../src/core/import/index.ts';
import { PROJECT_ROOT } from '../helpers/run-cli.ts';

const STAGING = '/work/staging/abq-policies';
const ids = ['apd-social-media-terms-of-use', 'apd-general-order-1-44'];

const model = await buildSiteModel({ files: diskFiles(PROJECT_ROOT), today: '2026-12-01', render: true });

describe('the APD social media policies', () => {
  it.each(ids)('%s is published, with its source and retrieval date, and its missing text marked', (id) => {
    const policy = model.policies.find((candidate) => candidate.id === id)!;
    expect(policy).toBeDefined();
    expect(model.diagnostics.filter((d) => d.file === policy.path)).toEqual([]);
    expect(policy.frontMatter.sources?.documents?.[0]).toMatch(/https:\/\/.+retrieved 2026-12-01/);
    expect(policy.frontMatter.notice).toContain('2026-12-01');
    expect(policy.html).toContain('class="gap"');
    // R-24-89 binds them for publication only (§1.B): its eight elements are not read in them.
    expect(policy.frontMatter.tags).toEqual(['social-media-related']);
    expect(policy.compliance.flatMap((report) => report.requirements)).toEqual([]);
  });

  it.skipIf(!existsSync(STAGING))('their text is exactly what policy import makes of the sources', () => {
    for (const [id, source] of [
      ['apd-social-media-terms-of-use', 'apd-social-media-terms-of-use.txt'],
      ['apd-general-order-1-44', 'apd-general-order-1-44-social-media-policy.txt'],
    ] as const) {
      const imported = importPolicy({
        fileName: source,
        kind: 'text',
        text: readFileSync(join(STAGING, source), 'utf8'),
        id,
        mandates: [],
      });
      const committed = readFileSync(join(PROJECT_ROOT, 'policy', `${id}.mdx`), 'utf8');
      const body = (text: string) => text.slice(text.indexOf('\n---\n') + 5);
      expect(body(committed)).toBe(body(imported.text));
    }
  });
});
