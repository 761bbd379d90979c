// Replays real histories from github/site-policy (CC0) into temporary git
// repositories: one commit per revision, each text below a policy front matter
// written here. Two are kept in test/fixtures/history:
// - site-policy-aup: all 37 revisions of GitHub's Acceptable Use Policies;
// - site-policy-tos: six revisions of GitHub's Terms of Service (the 6th to
//   the 10th, whose 7th to 9th have a heading twice, and the 44th, the newest).
// The k-th revision kept becomes version 1.(k-1): for the AUP that is
// revision n as 1.(n-1); the Terms of Service's six are 1.0 to 1.5.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRepo, type TestRepo } from './git-repo.ts';

interface Revision {
  n: number;
  commit: string;
  date: string;
  subject: string;
}

interface RealHistory {
  folder: string;
  path: string;
  id: string;
  title: string;
  number: string;
}

const AUP: RealHistory = {
  folder: join(import.meta.dirname, '../fixtures/history/site-policy-aup'),
  path: 'policy/github-aup.md',
  id: 'github-aup',
  title: 'GitHub Acceptable Use Policies',
  number: 'AUP',
};

const TOS: RealHistory = {
  folder: join(import.meta.dirname, '../fixtures/history/site-policy-tos'),
  path: 'policy/github-tos.md',
  id: 'github-tos',
  title: 'GitHub Terms of Service',
  number: 'TOS',
};

export function revisionsOf(history: RealHistory): Revision[] {
  return JSON.parse(readFileSync(join(history.folder, 'revisions.json'), 'utf8')) as Revision[];
}

function policyText(history: RealHistory, revision: Revision, body: string, index: number): string {
  const date = revision.date.slice(0, 10);
  const lines = [
    '---',
    `id: ${history.id}`,
    `title: ${history.title}`,
    `number: ${history.number}`,
    'kind: administrative-instruction',
    'owner: GitHub',
    `version: "1.${index}"`,
    'status: adopted',
    'adopted:',
    `  date: ${date}`,
    '  by: "GitHub"',
    `effective: ${date}`,
  ];
  if (index > 0) {
    lines.push('change:', '  kind: editorial', `  summary: ${JSON.stringify(revision.subject)}`);
  }
  lines.push('---');
  return `${lines.join('\n')}\n${body}`;
}

function replay(history: RealHistory, last = Infinity): TestRepo {
  const repo = createRepo();
  const revisions = revisionsOf(history).filter((entry) => entry.n <= last);
  for (const [index, revision] of revisions.entries()) {
    const body = readFileSync(join(history.folder, 'revisions', `${String(revision.n).padStart(2, '0')}.md`), 'utf8');
    repo.write(history.path, policyText(history, revision, body, index));
    repo.commit(revision.subject);
  }
  return repo;
}

/** A repository with `policy/github-aup.md` committed once per revision, oldest first, up to `last`. */
export function aupRepo(last = 37): TestRepo {
  return replay(AUP, last);
}

/** A repository with `policy/github-tos.md` committed once per kept revision (upstream 6–10 and 44), as 1.0 to 1.5. */
export function tosRepo(): TestRepo {
  return replay(TOS);
}
