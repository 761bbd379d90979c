// `policy compliance <id>`: the clause-by-clause table of how a policy meets
// each mandate that applies to it (R-24-89…), for every version in its
// history, or one with `--version`.
import { complianceMarkdown, complianceText, complianceView } from '../../core/mandates/index.ts';
import { closest } from '../../core/text/english.ts';
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
import type { Command } from './types.ts';

export const compliance: Command = {
  name: 'compliance',
  summary: 'Show, clause by clause, how a policy meets each mandate (R-24-89…), for every version.',
  usage: 'policy compliance <id> [--version V] [--format text|markdown|json] [--root DIR] [--today YYYY-MM-DD]',
  options: {
    version: { type: 'string' },
    format: { type: 'string' },
    ...workspaceOptions,
  },
  async run({ values, positionals }, io: CommandIo) {
    const format = formatOption(values['format'] as string | undefined, ['text', 'markdown', 'json'] as const, 'text');
    const [id, ...extra] = positionals;
    if (id === undefined) throw new UsageError('Missing the policy id, for example `policy compliance ai-1-19`.');
    if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}": give one policy id.`);
    const workspace = await workspaceOf(values as { root?: string; today?: string }, io);
    const model = await checkedModelOf(workspace);

    const policy = model.policies.find((candidate) => candidate.id === id);
    if (!policy) {
      const ids = model.policies.map((candidate) => candidate.id);
      const suggestion = closest(id, ids);
      throw new UsageError(
        `Unknown policy "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Known policies: ${ids.join(', ') || 'none'}.`,
      );
    }
    const version = values['version'] as string | undefined;
    const known = policy.versionCompliance.map((entry) => entry.version);
    if (version !== undefined && !known.includes(version)) {
      throw new UsageError(
        `${policy.frontMatter.number} has no version "${version}". Its versions: ${known.join(', ')}.`,
      );
    }
    const view = complianceView(policy, model.mandates, version);
    if (format === 'json') io.stdout(`${JSON.stringify(view, null, 2)}\n`);
    else io.stdout(format === 'markdown' ? complianceMarkdown(view) : complianceText(view));

    // Exit 1 when a version the gates hold to every requirement (not grandfathered) falls short.
    const failing = view.mandates.some((mandate) =>
      mandate.versions.some((entry) => entry.current && !entry.grandfathered && !entry.report.compliant),
    );
    return failing ? EXIT_ERRORS : EXIT_OK;
  },
};
