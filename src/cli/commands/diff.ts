// `policy diff <id> [A] [B]`: what changed between two versions of a policy,
// section by section. Default: the previous version against the current one.
import { diffVersions, type DiffVersion } from '../../core/diff/index.ts';
import { withCompliance } from '../../core/versions/policy-histories.ts';
import type { MandateModel } from '../../core/mandates/index.ts';
import type { EarlierRevision, PolicyVersion } from '../../core/versions/types.ts';
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
import { findPolicyHistory } from '../committed-history.ts';
import { printHistoryProblems } from '../history/output.ts';
import { diffMarkdown, diffText, type RequirementNames } from '../history/diff-output.ts';
import type { Command } from './types.ts';

export const diff: Command = {
  name: 'diff',
  summary: 'Show what changed between two versions of a policy (default: the previous version and the current one).',
  usage: 'policy diff <id> [FROM] [TO] [--root DIR] [--format text|markdown|json]',
  options: {
    ...workspaceOptions,
    format: { type: 'string' },
  },
  async run({ values, positionals }, io: CommandIo) {
    const format = formatOption(values['format'] as string | undefined, ['text', 'markdown', 'json'] as const, 'text');
    const [id, fromVersion, toVersion, ...extra] = positionals;
    if (id === undefined) throw new UsageError('Missing the policy id, for example `policy diff ai-1-19 1.0 2.0`.');
    if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}": give at most two versions.`);
    const workspace = await workspaceOf(values as { root?: string; today?: string }, io);
    const model = await checkedModelOf(workspace);
    const policy = await findPolicyHistory(workspace, model, id, io);
    if (printHistoryProblems(model.diagnostics, io)) return EXIT_ERRORS;
    const [from, to] = chooseVersions(policy.versions, fromVersion, toVersion, policy.earlierRevisions);
    const result = withCompliance([diffVersions(from, to, { policy: policy.id })], policy.versionCompliance)[0]!;
    const names = requirementNames(model.mandates);
    if (format === 'json') io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else if (format === 'markdown') io.stdout(diffMarkdown(result, policy.frontMatter, names));
    else io.stdout(diffText(result, policy.frontMatter, names, io.color));
    return EXIT_OK;
  },
};

function chooseVersions(
  versions: readonly PolicyVersion[],
  fromVersion: string | undefined,
  toVersion: string | undefined,
  earlier: readonly EarlierRevision[] = [],
): [DiffVersion, DiffVersion] {
  const list = versions.map((version) => version.version).join(', ');
  const commits = earlier.map((revision) => revision.shortCommit);
  const find = (wanted: string): DiffVersion => {
    const found = versions.find((version) => version.version === wanted);
    if (found) return found;
    // An earlier revision (from before the file had front matter) is named by its commit.
    const revision = wanted.length >= 4 ? earlier.find((candidate) => candidate.commit.startsWith(wanted)) : undefined;
    if (revision)
      return {
        version: `earlier revision ${revision.shortCommit}`,
        text: revision.text,
        sections: revision.sections,
        bodyStart: 0,
      };
    const also =
      commits.length > 0
        ? ` The earlier revisions, from before the file had front matter, are: ${commits.join(', ')}.`
        : '';
    throw new UsageError(`Unknown version "${wanted}". The versions are: ${list || 'none'}.${also}`);
  };
  const to = toVersion === undefined ? versions.at(-1) : find(toVersion);
  if (fromVersion !== undefined) return [find(fromVersion), to!];
  if (versions.length < 2 || !to) {
    throw new UsageError(`There is only one version (${list || 'none'}), so there is nothing to compare yet.`);
  }
  return [versions.at(-2)!, to];
}

/** "R-24-89 §1.A.6 Disciplinary actions", for naming the requirements a change touches. */
function requirementNames(mandates: readonly MandateModel[]): RequirementNames {
  const names: RequirementNames = new Map();
  for (const { mandate } of mandates) {
    for (const requirement of mandate.requirements) {
      names.set(
        `${mandate.id}\u0000${requirement.id}`,
        `${mandate.citation} ${requirement.clause} ${requirement.title}`,
      );
    }
  }
  return names;
}
