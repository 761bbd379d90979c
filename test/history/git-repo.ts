// Real temporary git repositories with pinned dates and a fixed author, for the history tests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TestRepo {
  root: string;
  git: (...args: string[]) => string;
  write: (path: string, text: string) => void;
  move: (from: string, to: string) => void;
  /** Commits everything with the next pinned date (one day later each time). Returns the commit id. */
  commit: (message: string) => string;
  remove: () => void;
}

export function createRepo(options: { init?: boolean } = {}): TestRepo {
  const root = mkdtempSync(join(tmpdir(), 'policy-history-'));
  let day = 0;
  const env = (date?: string): NodeJS.ProcessEnv => ({
    ...process.env,
    GIT_AUTHOR_NAME: 'Ada Author',
    GIT_AUTHOR_EMAIL: 'ada@example.gov',
    GIT_COMMITTER_NAME: 'Ada Author',
    GIT_COMMITTER_EMAIL: 'ada@example.gov',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  });
  const nextDate = () => {
    day += 1;
    // One day later each time, from 2024-01-01 (past the 31st into February, for long histories).
    return new Date(Date.UTC(2024, 0, day, 12)).toISOString().replace('.000Z', 'Z');
  };
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: root, env: env(nextDateFor(args)), encoding: 'utf8' });
  // Only commands that create commits take the next date.
  const nextDateFor = (args: string[]) => (args[0] === 'commit' || args[0] === 'merge' ? nextDate() : undefined);
  if (options.init !== false) {
    git('init', '-q', '-b', 'main');
  }
  const repo: TestRepo = {
    root,
    git,
    write: (path, text) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    move: (from, to) => renameSync(join(root, from), join(root, to)),
    commit: (message) => {
      git('add', '-A');
      git('commit', '-q', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
  return repo;
}

export interface PolicyTextOptions {
  id?: string;
  version: string;
  status: 'draft' | 'adopted' | 'retired';
  body: string;
  adopted?: string;
  effective?: string;
  change?: string;
  extra?: string;
}

export function policyText(options: PolicyTextOptions): string {
  const lines = [
    '---',
    `id: ${options.id ?? 'social-media'}`,
    'title: Social Media Policy',
    'number: AI 9-99',
    'kind: administrative-instruction',
    'owner: Department of Technology and Innovation',
    `version: "${options.version}"`,
    `status: ${options.status}`,
  ];
  if (options.status === 'adopted') {
    lines.push(
      'adopted:',
      `  date: ${options.adopted ?? '2024-01-15'}`,
      '  by: "Pat Official, Chief Administrative Officer"',
    );
    lines.push(`effective: ${options.effective ?? options.adopted ?? '2024-01-15'}`);
  }
  if (options.change) lines.push('change:', '  kind: substantive', `  summary: "${options.change}"`);
  if (options.extra) lines.push(options.extra);
  lines.push('---', '', options.body);
  return `${lines.join('\n')}\n`;
}

export const BODY_V1 = [
  '## Purpose',
  '',
  'This policy sets rules for City social media accounts.',
  '',
  '## Rules',
  '',
  '- A. Departments must register every account with the Department of Technology and Innovation.',
  '- B. Staff must not delete public comments except as allowed in clause C.',
  '- C. Comments that are obscene or threaten violence may be hidden.',
].join('\n');
