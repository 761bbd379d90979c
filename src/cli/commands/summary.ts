// `policy summary --base <rev>`: a Markdown report of what the working branch
// (HEAD plus uncommitted edits) changes against a base revision, for a
// pull-request comment. It is a report, not a gate: it exits 0 whenever the
// report could be written, even when it lists errors (`policy check` is the
// gate), and 2 when it could not (unknown revision, not a git checkout).
import type { PolicyFiles } from '../../core/ports.ts';
import { SITE_CONFIG_PATH } from '../../core/repository/site-config.ts';
import { buildSiteModel } from '../../core/publish/site-model.ts';
import { compareBranch, renderBranchReport } from '../../core/report/index.ts';
import { gitRevisionFiles, GitRevisionError } from '../../io/git-revision-files.ts';
import { checkedModelOf, type CommandIo, EXIT_OK, UsageError, workspaceOf, workspaceOptions } from '../context.ts';
import type { Command } from './types.ts';

export const summary: Command = {
  name: 'summary',
  summary: 'Write a Markdown report of what this branch changes against a base revision (for pull requests).',
  usage: 'policy summary --base <rev> [--root DIR] [--base-url URL] [--today YYYY-MM-DD]',
  options: {
    base: { type: 'string' },
    ...workspaceOptions,
    'base-url': { type: 'string' },
  },
  async run({ values }, io: CommandIo) {
    const base = values['base'] as string | undefined;
    if (base === undefined || base === '') {
      throw new UsageError('--base is required: name the revision to compare with, for example `--base main`.');
    }
    const baseUrl = baseUrlOption(values['base-url'] as string | undefined);
    const workspace = await workspaceOf(values as { root?: string; today?: string }, io);
    const { root, files, today } = workspace;
    let baseFiles: PolicyFiles;
    try {
      baseFiles = await gitRevisionFiles(root, base);
    } catch (error) {
      if (error instanceof GitRevisionError) throw new UsageError(error.message);
      throw error;
    }
    // The branch: the same model `policy check` builds, so the report lists exactly the check's problems.
    // The base: its current texts only; its history and problems are not part of the report.
    const [before, after, otherFiles] = await Promise.all([
      buildSiteModel({ files: baseFiles, today, render: false }),
      checkedModelOf(workspace),
      changedOtherFiles(baseFiles, files),
    ]);
    const report = compareBranch(before, after, { base, today, baseUrl, otherFiles });
    io.stdout(renderBranchReport(report));
    return EXIT_OK;
  },
};

function baseUrlOption(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--base-url must be a full web address such as https://example.org/policy/, not "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`--base-url must start with https:// or http://, not "${url.protocol}".`);
  }
  return url.href;
}

/** The site settings and mandate files whose content differs between the two sides. */
async function changedOtherFiles(before: PolicyFiles, after: PolicyFiles): Promise<string[]> {
  const paths = [
    ...new Set([SITE_CONFIG_PATH, ...(await before.listMandates()), ...(await after.listMandates())]),
  ].sort();
  const changed: string[] = [];
  for (const path of paths) {
    const [a, b] = await Promise.all([before.read(path), after.read(path)]);
    if (!sameBytes(a, b)) changed.push(path);
  }
  return changed;
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
