// A redline between two real revisions of GitHub's Terms of Service (CC0; see
// test/fixtures/history/site-policy-tos/README.md), seven years apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFragment } from 'parse5';
import { fromParse5 } from 'hast-util-from-parse5';
import { toHtml } from 'hast-util-to-html';
import { diffVersions } from '../../src/core/diff/index.ts';
import { loadPolicy } from '../../src/core/document/load.ts';
import { diffSideOf, sourceOf } from '../../src/core/versions/load-revision.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/history/site-policy-tos/revisions');

function side(revision: string, version: string) {
  const body = readFileSync(join(FIXTURE, `${revision}.md`), 'utf8');
  const text = `---\nid: github-tos\ntitle: GitHub Terms of Service\nnumber: TOS\nkind: administrative-instruction\nowner: GitHub\nversion: "${version}"\nstatus: adopted\n---\n${body}`;
  return diffSideOf(
    sourceOf(loadPolicy('policy/github-tos.md', new TextEncoder().encode(text), { render: true })),
    version,
  );
}

const redline = diffVersions(side('08', '1.7'), side('44', '1.43'), { policy: 'github-tos' });

describe('GitHub Terms of Service, 1.7 → 1.43', () => {
  it('writes the list deleted after the reworded paragraph of "3. Access" as a list of its own', () => {
    const access = redline.sections.find((section) => section.newTitle === '3. Access')!;
    expect(access.html).toContain(
      '<ins>described in our <a href="/site-policy/privacy-policies/github-privacy-statement#repository-contents">Privacy Statement</a>.</ins></p>' +
        '<ul><li><del>With your consent and knowledge, for support reasons.',
    );
  });

  it('writes every section as a browser reads it: nothing misplaced for the parser to move', () => {
    const misread = redline.sections
      .flatMap((section) => [section.headingHtml, section.html])
      .filter((html) => toHtml(fromParse5(parseFragment(html))) !== html);
    expect(misread).toEqual([]);
  });
});
