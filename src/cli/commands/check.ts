// `policy check`: checks every policy in the repository and reports problems.
import { buildSiteModel } from '../../core/site-model.ts';
import { gitHistory } from '../../io/git-history.ts';
import { hasErrors } from '../../core/diagnostics.ts';
import { formatDiagnostics, summarise } from '../format-diagnostics.ts';
import {
  EXIT_ERRORS,
  EXIT_OK,
  filesOf,
  formatOption,
  rootOf,
  todayOf,
  UsageError,
  type CommandIo,
} from '../context.ts';
import type { Command } from './types.ts';

export const check: Command = {
  name: 'check',
  summary: 'Check every policy: front matter, safe MDX, sections, mandates, history and reviews.',
  usage: 'policy check [--root DIR] [--format human|github|json] [--today YYYY-MM-DD]',
  options: {
    root: { type: 'string' },
    format: { type: 'string' },
    today: { type: 'string' },
  },
  async run({ values, positionals }, io: CommandIo) {
    if (positionals.length > 0) {
      // `policy check policy/x.mdx` would otherwise check everything and look as if it checked one file.
      throw new UsageError(
        `Unexpected argument "${positionals[0]}": \`policy check\` checks every policy in the folder given by --root.`,
      );
    }
    const format = formatOption(values['format'] as string | undefined, ['human', 'github', 'json'] as const, 'human');
    const root = rootOf(values as { root?: string }, io);
    const files = filesOf(root);
    const today = await todayOf(values as { today?: string }, io, files);
    const model = await buildSiteModel({ files, today, render: false, history: gitHistory(root) });
    const checked = (await files.listPolicies()).length;
    io.stdout(formatDiagnostics(model.diagnostics, format, summarise(model.diagnostics, checked), { color: io.color }));
    return hasErrors(model.diagnostics) ? EXIT_ERRORS : EXIT_OK;
  },
};
