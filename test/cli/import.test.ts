// `policy import` on a Word file written by a word processor, a web page and a
// plain-text policy: each is imported into a fresh repository and checked.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleSiteYaml, fixturePath } from '../helpers/fixtures.ts';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.ts';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'policy-import-'));
  mkdirSync(join(root, 'policy'));
  writeFileSync(join(root, 'policy', 'site.yaml'), exampleSiteYaml);
  cpSync(join(PROJECT_ROOT, 'policy', 'mandates'), join(root, 'policy', 'mandates'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function importFixture(name: string, ...extra: string[]) {
  return runCli(['import', fixturePath('import', name), '--root', root, ...extra]);
}

function written(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/** The check's errors for one file, as `code line:column message`. */
async function checkErrors(path: string): Promise<string[]> {
  const result = await runCli(['check', '--root', root, '--format', 'json']);
  const report = JSON.parse(result.stdout) as {
    diagnostics: { file: string; code: string; line: number; column: number; severity: string; message: string }[];
  };
  return report.diagnostics
    .filter((d) => d.file === path && d.severity === 'error')
    .map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`);
}

const authorMustSupply = ['kind', 'owner', 'version', 'status'].map(
  (key) => `front-matter/missing-key 2:1 Missing key \`${key}\` in the front matter.`,
);

describe('policy import', () => {
  it('imports a Word file: heading styles, typed clauses, a numbered list, a table, a link, bold and italics', async () => {
    const result = await importFixture('mesa-library-account-rules.docx', '--id', 'mesa-library-account-rules');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      `Wrote policy/mesa-library-account-rules.md from ${fixturePath('import', 'mesa-library-account-rules.docx')}.`,
    );
    const text = written('policy/mesa-library-account-rules.md');
    expect(text.split('---\n')[1]!.split('\n').slice(0, 4)).toEqual([
      'id: mesa-library-account-rules',
      'title: Social Media Account Rules',
      'number: Administrative Instruction 7-2',
      '# Imported: `policy check` lists the fields still to fill in (kind, owner, version, status…).',
    ]);
    expect(text.slice(text.indexOf('\n---\n') + 5)).toBe(
      [
        '',
        'Administrative Instruction 7-2',
        '',
        '## Purpose',
        '',
        'These rules say how the **Mesa Verde Library** runs its official social media accounts. They apply to every employee who posts for the library, and to *volunteers* who help them.',
        '',
        '## Standards of Conduct',
        '',
        "- A. Every post is respectful and professional, and reflects the library's values.",
        '- B. Staff never post personal attacks, and never argue with members of the public.',
        '- C. When responding to a negative or misleading comment, staff reply once, with facts and a link to the [library rules](https://library.example.org/rules).',
        '  - a. A reply is sent within two business days.',
        '  - b. A reply that needs personal details moves to email.',
        '',
        '## Account Review',
        '',
        'The communications officer reviews every account each quarter:',
        '',
        '1. Check the recent posts and replies.',
        '2. Check who holds the logins.',
        '3. Close accounts that are no longer needed.',
        '',
        '### Review Schedule',
        '',
        '| Review | Who | When |',
        '| - | - | - |',
        '| Account review | Communications officer | Every quarter |',
        '| Policy review | Library director | Every year |',
        '',
      ].join('\n'),
    );
    expect(await checkErrors('policy/mesa-library-account-rules.md')).toEqual(authorMustSupply);
  });

  it('suggests a crosswalk from the audit, as comments the author confirms', async () => {
    await importFixture('mesa-library-account-rules.docx');
    const frontMatter = written('policy/mesa-library-account-rules.md').split('---\n')[1]!;
    expect(frontMatter).toContain(
      [
        '# Suggested crosswalk to R-24-89, from `policy audit`. R-24-89 binds policies tagged `social-media`.',
        '# If it binds this policy, add the tag, check each line against the text and remove its `#`.',
        '# mandates:',
        '#   r-24-89:',
        '#     behavioral-expectations: standards-of-conduct  # met, score 100',
        '#     personal-attacks: standards-of-conduct  # partial, score 60',
        '#     response-guidelines: standards-of-conduct  # partial, score 72; also #account-review',
        '#     monitoring-and-review: account-review  # partial, score 55; also #review-schedule',
        '#     policy-review: review-schedule  # partial, score 70',
      ].join('\n'),
    );
    expect(frontMatter).toContain(
      '# No section matches §1.A.2 Content Specifications, §1.A.6 Disciplinary Actions, §1.A.7 Restorative Actions: the text needs them.\n',
    );
    // Nothing is mapped until the author removes a `#`.
    expect(frontMatter).not.toMatch(/^mandates:/m);
  });

  it('imports a web page: its main content only, lettered lists as lettered clauses, heading levels without gaps', async () => {
    const result = await importFixture('riverbend-parks-posting-rules.html');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '- Used the heading “Posting Rules for Park Accounts” as the title, not the page title “Posting Rules | Riverbend Parks”.\n',
    );
    const text = written('policy/riverbend-parks-posting-rules.md');
    expect(text).toContain('title: Posting Rules for Park Accounts\nnumber: Executive Instruction 12-4\n');
    expect(text.slice(text.indexOf('\n---\n') + 5)).toBe(
      [
        '',
        'Executive Instruction 12-4',
        '',
        '## Who posts',
        '',
        'Only staff named by the **parks director** post for a park account. Their names are kept on the [staff list](https://parks.example.org/staff).',
        '',
        '## What staff post',
        '',
        '- A. Closures, events and *safety notices*.',
        '- B. Answers to questions about parks, within two business days.',
        '  - a. An answer gives facts and a link.',
        '  - b. An answer never argues with the person asking.',
        '',
        '### Comments from the public',
        '',
        'Comments that threaten or harass others are removed.',
        '',
      ].join('\n'),
    );
    expect(text).not.toMatch(/analytics|Riverbend Parks home|About|©/);
    expect(await checkErrors('policy/riverbend-parks-posting-rules.md')).toEqual(authorMustSupply);
  });

  it('imports plain text: joined lines, typed headings, typed clauses, bullets and addresses', async () => {
    const result = await importFixture('harbor-city-social-media-guidelines.txt');
    expect(result.code).toBe(0);
    const text = written('policy/harbor-city-social-media-guidelines.md');
    expect(text).toContain('title: HARBOR CITY SOCIAL MEDIA GUIDELINES\nnumber: Administrative Instruction 3-7\n');
    expect(text.slice(text.indexOf('\n---\n') + 5)).toBe(
      [
        '',
        'Administrative Instruction 3-7',
        '',
        '## PURPOSE',
        '',
        'These guidelines set the rules for every official Harbor City social media account and for the employees who post on them.',
        '',
        '## Account Rules',
        '',
        '### A. Approval',
        '',
        '- A. Every account is approved by the Communications Director before it is created.',
        '- B. Each account has at least two administrators:',
        '  - a. one from the department that runs the account;',
        '  - b. one from the Communications Office.',
        '- C. Passwords change the day an administrator leaves.',
        '',
        '## Section 4. Conduct',
        '',
        'Staff who post for the City:',
        '',
        '- are respectful and professional;',
        '- never argue with members of the public.',
        '',
        'More information is at [https://harbor.example.gov/social-media](https://harbor.example.gov/social-media).',
        '',
      ].join('\n'),
    );
    expect(await checkErrors('policy/harbor-city-social-media-guidelines.md')).toEqual(authorMustSupply);
  });

  it('never overwrites a policy', async () => {
    writeFileSync(join(root, 'policy', 'harbor-city-social-media-guidelines.mdx'), 'kept\n');
    const result = await importFixture('harbor-city-social-media-guidelines.txt');
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'policy import: `policy/harbor-city-social-media-guidelines.mdx` already exists, and importing never overwrites a policy. Give another id with --id.',
    );
    expect(written('policy/harbor-city-social-media-guidelines.mdx')).toBe('kept\n');
  });

  it('refuses a file it cannot read and an id that cannot be a web address', async () => {
    const pdf = await runCli(['import', 'policy.pdf', '--root', root]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr.split('\n')[0]).toBe(
      'policy import: Unexpected file "policy.pdf": expected a Word file (.docx), a web page (.html), Markdown (.md) or text (.txt).',
    );
    const id = await importFixture('harbor-city-social-media-guidelines.txt', '--id', 'Harbor City');
    expect(id.code).toBe(2);
    expect(id.stderr.split('\n')[0]).toBe(
      'policy import: The id "Harbor City" cannot be a web address: use lower-case letters, digits and hyphens, for example --id social-media-policy.',
    );
  });
});
