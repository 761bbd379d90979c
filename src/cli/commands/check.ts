// `policy check`: checks every policy in the repository and reports problems.
import { hasErrors } from '../../core/diagnostics/diagnostic.ts';
import { formatDiagnostics, summarise } from '../../core/diagnostics/format.ts';
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

export const check: Command = {
  name: 'check',
  summary: 'Check every policy: front matter, safe MDX, sections, mandates, history and reviews.',
  usage: 'policy check [--root DIR] [--format human|github|json] [--today YYYY-MM-DD]',
  options: {
    ...workspaceOptions,
    format: { type: 'string' },
  },
  async run({ values, positionals }, io: CommandIo) {
    if (positionals.length > 0) {
      // `policy check policy/x.mdx` would otherwise check everything and look as if it checked one file.
      throw new UsageError(
        `Unexpected argument "${positionals[0]}": \`policy check\` checks every policy in the folder given by --root.`,
      );
    }
    const format = formatOption(values['format'] as string | undefined, ['human', 'github', 'json'] as const, 'human');
    const workspace = await workspaceOf(values as { root?: string; today?: string }, io);
    const model = await checkedModelOf(workspace);
    const checked = (await workspace.files.listPolicies()).length;
    io.stdout(formatDiagnostics(model.diagnostics, format, summarise(model.diagnostics, checked), { color: io.color }));
    return hasErrors(model.diagnostics) ? EXIT_ERRORS : EXIT_OK;
  },
};
