// `policy history <id>`: the versions of one policy, newest first, with their
// status, the adoption and effective dates from front matter, the change
// summary and the edit log.
import { forTerminal } from '../../core/text/clean-text.ts';
import type { PolicyVersion } from '../../core/versions/types.ts';
import {
  checkedModelOf,
  type CommandIo,
  EXIT_ERRORS,
  EXIT_OK,
  formatOption,
  UsageError,
  workspaceOf,
  workspaceOptions,
} from '../context.ts';
import { findPolicyHistory, type PolicyHistorySubject } from '../committed-history.ts';
import { printHistoryProblems, style } from '../history/output.ts';
import type { Command } from './types.ts';

export const history: Command = {
  name: 'history',
  summary: 'List the versions of a policy, with their dates, change summaries and edit log.',
  usage: 'policy history <id> [--root DIR] [--format text|json]',
  options: {
    ...workspaceOptions,
    format: { type: 'string' },
  },
  async run({ values, positionals }, io: CommandIo) {
    const format = formatOption(values['format'] as string | undefined, ['text', 'json'] as const, 'text');
    const [id, ...extra] = positionals;
    if (id === undefined) throw new UsageError('Missing the policy id, for example `policy history ai-1-19`.');
    if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}": give one policy id.`);
    const workspace = await workspaceOf(values as { root?: string; today?: string }, io);
    const model = await checkedModelOf(workspace);
    const policy = await findPolicyHistory(workspace, model, id, io);
    if (printHistoryProblems(model.diagnostics, io)) return EXIT_ERRORS;
    if (format === 'json') {
      const earlierRevisions = policy.earlierRevisions;
      io.stdout(
        `${JSON.stringify({ policy: policy.id, versions: policy.versions.map(withoutHtml), earlierRevisions }, null, 2)}\n`,
      );
      return EXIT_OK;
    }
    io.stdout(historyText(policy, io.color));
    return EXIT_OK;
  },
};

/** The JSON listing leaves the rendered HTML out (JSON.stringify drops `undefined`). */
function withoutHtml(version: PolicyVersion): PolicyVersion {
  return { ...version, html: undefined };
}

export function historyText(policy: PolicyHistorySubject, color: boolean): string {
  const paint = style(color);
  const count = policy.versions.length;
  const lines = [
    paint.bold(`${policy.frontMatter.number} ${policy.frontMatter.title}`),
    `${count} ${count === 1 ? 'version' : 'versions'}, newest first.`,
    '',
  ];
  for (const version of [...policy.versions].reverse()) {
    const front = version.frontMatter;
    lines.push(`${paint.bold(`Version ${version.version}`)}  ${statusLine(version)}`);
    if (front.effective) lines.push(`  Effective: ${front.effective}`);
    if (front.change) lines.push(`  What changed (${front.change.kind}): ${forTerminal(front.change.summary)}`);
    for (const erratum of version.errata) {
      // Commit messages are author text: printed so that they cannot act on the terminal.
      lines.push(`  Erratum ${erratum.date.slice(0, 10)} (${erratum.shortCommit}): ${forTerminal(erratum.note)}`);
    }
    lines.push('  Edit log:');
    for (const revision of version.revisions) {
      if (revision.workingTree) {
        lines.push(`    ${paint.dim('(not committed yet)')}  Uncommitted changes in ${revision.path}`);
        continue;
      }
      const pr = revision.pr === null ? '' : ` (pull request #${revision.pr})`;
      lines.push(
        `    ${revision.date!.slice(0, 10)}  ${paint.dim(revision.shortCommit!)}  ${forTerminal(revision.author ?? '')}: ${forTerminal(revision.message ?? '')}${pr}`,
      );
    }
    lines.push('');
  }
  if (policy.earlierRevisions.length > 0) {
    lines.push(
      paint.bold('Earlier revisions'),
      '  From before the file had front matter: they are not versions, and have no number, status or dates.',
      '  Compare one with a version: `policy diff <id> <commit> <version>`.',
    );
    for (const revision of [...policy.earlierRevisions].reverse()) {
      const pr = revision.pr === null ? '' : ` (pull request #${revision.pr})`;
      lines.push(
        `    ${revision.date.slice(0, 10)}  ${paint.dim(revision.shortCommit)}  ${revision.author}: ${revision.message}${pr} (${revision.path})`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

function statusLine(version: PolicyVersion): string {
  const adopted = version.frontMatter.adopted;
  const by = adopted ? `adopted ${adopted.date} by ${adopted.by}` : undefined;
  switch (version.status) {
    case 'adopted':
      return by ?? 'adopted';
    case 'superseded':
      return `superseded (was ${by ?? 'adopted'})`;
    case 'retired':
      return 'retired';
    case 'draft':
      return version.frontMatter.comment
        ? `draft, open for comment ${version.frontMatter.comment.opens} to ${version.frontMatter.comment.closes}`
        : 'draft';
  }
}
