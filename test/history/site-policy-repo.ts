// Replays the real history in test/fixtures/history/site-policy-aup (37 revisions
// of GitHub's Acceptable Use Policies, CC0) into a temporary git repository:
// one commit per revision, each text below a policy front matter written here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, type TestRepo } from './git-repo.ts';

export const AUP_FIXTURE = join(import.meta.dirname, '../fixtures/history/site-policy-aup');
export const AUP_PATH = 'policy/github-aup.md';

interface Revision {
  n: number;
  commit: string;
  date: string;
  subject: string;
}

export function aupRevisions(): Revision[] {
  return JSON.parse(readFileSync(join(AUP_FIXTURE, 'revisions.json'), 'utf8')) as Revision[];
}

/** The version number the helper gives revision `n` (1 → 1.0, 37 → 1.36). */
export function aupVersion(n: number): string {
  return `1.${n - 1}`;
}

export function aupPolicyText(revision: Revision, body: string): string {
  const date = revision.date.slice(0, 10);
  const lines = [
    '---',
    'id: github-aup',
    'title: GitHub Acceptable Use Policies',
    'number: AUP',
    'kind: administrative-instruction',
    'owner: GitHub',
    `version: "${aupVersion(revision.n)}"`,
    'status: adopted',
    'adopted:',
    `  date: ${date}`,
    '  by: "GitHub"',
    `effective: ${date}`,
  ];
  if (revision.n > 1) {
    lines.push('change:', '  kind: editorial', `  summary: ${JSON.stringify(revision.subject)}`);
  }
  lines.push('---');
  return `${lines.join('\n')}\n${body}`;
}

/** A repository with `policy/github-aup.md` committed once per revision, oldest first, up to `last`. */
export function aupRepo(last = 37): TestRepo {
  const repo = createRepo();
  for (const revision of aupRevisions().filter((entry) => entry.n <= last)) {
    const body = readFileSync(join(AUP_FIXTURE, 'revisions', `${String(revision.n).padStart(2, '0')}.md`), 'utf8');
    repo.write(AUP_PATH, aupPolicyText(revision, body));
    repo.commit(revision.subject);
  }
  return repo;
}
