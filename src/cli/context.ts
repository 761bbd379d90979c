// What every command receives: parsed options and the streams to write to.
// Commands never call `process.exit` or `console`; they return an exit code.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PolicyFiles } from '../core/ports.ts';
import { diskFiles } from '../io/fs-files.ts';
import { gitHistory } from '../io/git-history.ts';
import { buildSiteModel, type PolicyModel, type SiteModel } from '../core/publish/site-model.ts';
import { dateInTimeZone, isCalendarDate, type CalendarDate } from '../core/lifecycle/calendar.ts';
import { readSiteConfig, SITE_CONFIG_PATH } from '../core/repository/site-config.ts';

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal and colour is allowed (not when NO_COLOR is set). */
  color: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The current instant, so tests can pin it. */
  now: () => Date;
  /** Asks the person at the terminal a question; absent when nobody is there (not a terminal, CI, tests). */
  ask?: (question: string) => Promise<string>;
}

/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/**
 * The repository folder: `--root`, else `POLICY_ROOT`, else the working directory.
 * A folder that was named but does not exist is a usage error, not "no policies found".
 */
export function rootOf(values: { root?: string | undefined }, io: CommandIo): string {
  const given = values.root ?? io.env['POLICY_ROOT'];
  const root = resolve(io.cwd, given ?? '.');
  if (given !== undefined && !isFolder(root)) {
    const source = values.root !== undefined ? '--root' : 'POLICY_ROOT';
    throw new UsageError(`${source} "${given}" is not a folder. Give the folder that holds the \`policy/\` folder.`);
  }
  return root;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function filesOf(root: string): PolicyFiles {
  return diskFiles(root);
}

export const DEFAULT_TIME_ZONE = 'America/Denver';

/** `--today`, else `POLICY_TODAY`, else today's date in the site's time zone. */
export async function todayOf(
  values: { today?: string | undefined },
  io: CommandIo,
  files: PolicyFiles,
): Promise<CalendarDate> {
  const given = values.today ?? io.env['POLICY_TODAY'];
  if (given !== undefined && given !== '') {
    if (!isCalendarDate(given)) {
      throw new UsageError(`--today must be a calendar date written YYYY-MM-DD, not "${given}".`);
    }
    return given;
  }
  const site = readSiteConfig(await files.read(SITE_CONFIG_PATH));
  return dateInTimeZone(io.now(), site.config?.timeZone ?? DEFAULT_TIME_ZONE);
}

export function formatOption<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`Unknown --format "${value}", expected one of: ${allowed.join(', ')}.`);
  }
  return value as T;
}

/** The options every command that reads a policy repository takes: `--root DIR` and `--today YYYY-MM-DD`. */
export const workspaceOptions = {
  root: { type: 'string' },
  today: { type: 'string' },
} as const;

/** The repository a command works on, from `--root` and `--today` (or their environment variables). */
export interface Workspace {
  root: string;
  files: PolicyFiles;
  today: CalendarDate;
}

export async function workspaceOf(
  values: { root?: string | undefined; today?: string | undefined },
  io: CommandIo,
): Promise<Workspace> {
  const root = rootOf(values, io);
  const files = filesOf(root);
  return { root, files, today: await todayOf(values, io, files) };
}

/**
 * The model as `policy check` sees it: the working tree plus the git history,
 * without HTML. Every command that reports on policies builds it here, so they
 * all report exactly the check's problems.
 */
export async function checkedModelOf(workspace: Workspace): Promise<SiteModel> {
  return buildSiteModel({
    files: workspace.files,
    today: workspace.today,
    render: false,
    history: gitHistory(workspace.root),
  });
}

/** The policy with this id, or a usage error listing the ids there are. */
export function findPolicy(policies: readonly PolicyModel[], id: string): PolicyModel {
  const policy = policies.find((candidate) => candidate.id === id);
  if (!policy) {
    const known = policies.map((candidate) => candidate.id).join(', ') || 'none';
    throw new UsageError(`Unknown policy "${id}". The policies are: ${known}.`);
  }
  return policy;
}
