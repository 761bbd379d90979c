// `policy audit <file>`: for a policy nobody has tagged (another government's
// policy, as plain text, Markdown or MDX), finds its sections, quotes the
// sentences that meet each element of the mandates in `policy/mandates/` and
// says what is missing. It never refuses a readable file.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadMandates, auditMarkdown, auditPolicy, auditText } from '../../core/mandates/index.ts';
import { decodeSourceText } from '../../core/document/source-text.ts';
import { DiagnosticSink } from '../../core/diagnostics/diagnostic.ts';
import { closest } from '../../core/text/english.ts';
import { formatDiagnostics, summarise } from '../../core/diagnostics/format.ts';
import { EXIT_ERRORS, EXIT_OK, filesOf, formatOption, rootOf, UsageError, type CommandIo } from '../context.ts';
import type { Command } from './types.ts';

export const audit: Command = {
  name: 'audit',
  summary: 'Read any policy file (text, Markdown, MDX), quote what meets each mandate element and say what is missing.',
  usage: 'policy audit <file> [--mandate ID] [--format text|markdown|json] [--root DIR]',
  options: {
    mandate: { type: 'string' },
    format: { type: 'string' },
    root: { type: 'string' },
  },
  async run({ values, positionals }, io: CommandIo) {
    const format = formatOption(values['format'] as string | undefined, ['text', 'markdown', 'json'] as const, 'text');
    const [file, ...extra] = positionals;
    if (file === undefined)
      throw new UsageError('Missing the file to audit, for example `policy audit other-city.md`.');
    if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}": give one file.`);

    const catalogue = await loadMandates(filesOf(rootOf(values as { root?: string }, io)), { render: false });
    if (catalogue.diagnostics.some((d) => d.severity === 'error')) {
      io.stderr(formatDiagnostics(catalogue.diagnostics, 'human', summarise(catalogue.diagnostics, 0)));
      return EXIT_ERRORS;
    }
    const wanted = values['mandate'] as string | undefined;
    const mandates = catalogue.mandates.filter((mandate) => wanted === undefined || mandate.id === wanted);
    if (mandates.length === 0) {
      const ids = catalogue.mandates.map((mandate) => mandate.id);
      const suggestion = wanted ? closest(wanted, ids) : undefined;
      throw new UsageError(
        wanted
          ? `Unknown mandate "${wanted}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Known mandates: ${ids.join(', ') || 'none'}.`
          : 'There are no mandates in `policy/mandates/` to audit against. Use --root to point at a policy repository.',
      );
    }

    const bytes = await readFile(resolve(io.cwd, file)).catch(() => undefined);
    if (bytes === undefined) throw new UsageError(`Cannot read "${file}": no such file.`);
    const sink = new DiagnosticSink(file);
    const text = decodeSourceText(bytes, sink);
    if (text === undefined) {
      io.stderr(formatDiagnostics(sink.toDiagnostics(), 'human', summarise(sink.toDiagnostics(), 1)));
      return EXIT_ERRORS;
    }
    const reports = mandates.map((mandate) => auditPolicy(file, text, mandate));
    if (format === 'json') {
      io.stdout(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
    } else {
      io.stdout(reports.map(format === 'markdown' ? auditMarkdown : auditText).join('\n'));
    }
    return EXIT_OK;
  },
};
