// `policy import <file> [--id ID]`: brings an existing policy in from a Word
// file, a web page, Markdown or plain text, as `policy/<id>.md` (or `.mdx`
// when it needs a component). It never overwrites a file. The new file holds
// the text and what the document says about itself; `policy check` then says
// what the author still has to fill in.
import { readFile, writeFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { loadMandates } from '../../core/mandates/index.ts';
import { decodeSourceText } from '../../core/document/source-text.ts';
import { DiagnosticSink } from '../../core/diagnostics/diagnostic.ts';
import { idFromFileName, idPattern, importPolicy, type ImportKind } from '../../core/import/index.ts';
import { docxToHtml } from '../../io/docx.ts';
import { formatDiagnostics, summarise } from '../../core/diagnostics/format.ts';
import { EXIT_ERRORS, EXIT_OK, filesOf, rootOf, UsageError, type CommandIo } from '../context.ts';
import type { Command } from './types.ts';

const kinds: Record<string, ImportKind | 'docx'> = {
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
};

export const importCommand: Command = {
  name: 'import',
  summary: 'Bring in an existing policy from a Word file, a web page, Markdown or plain text.',
  usage: 'policy import <file.docx|.html|.md|.txt> [--id ID] [--root DIR]',
  options: {
    id: { type: 'string' },
    root: { type: 'string' },
  },
  async run({ values, positionals }, io: CommandIo) {
    const [file, ...extra] = positionals;
    if (file === undefined)
      throw new UsageError('Missing the file to import, for example `policy import "Social Media Policy.docx"`.');
    if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}": give one file.`);
    const kind = kinds[extname(file).toLowerCase()];
    if (kind === undefined)
      throw new UsageError(
        `Unexpected file "${file}": expected a Word file (.docx), a web page (.html), Markdown (.md) or text (.txt).`,
      );
    const id = (values['id'] as string | undefined) ?? idFromFileName(file);
    if (!idPattern.test(id))
      throw new UsageError(
        `The id "${id}" cannot be a web address: use lower-case letters, digits and hyphens, for example --id social-media-policy.`,
      );

    const root = rootOf(values as { root?: string }, io);
    for (const extension of ['md', 'mdx']) {
      const existing = `policy/${id}.${extension}`;
      const there = await readFile(resolve(root, existing)).then(
        () => true,
        () => false,
      );
      if (there)
        throw new UsageError(
          `\`${existing}\` already exists, and importing never overwrites a policy. Give another id with --id.`,
        );
    }
    const bytes = await readFile(resolve(io.cwd, file)).catch(() => undefined);
    if (bytes === undefined) throw new UsageError(`Cannot read "${file}": no such file.`);

    let text: string | undefined;
    let notes: string[] = [];
    if (kind === 'docx') {
      const read = await docxToHtml(bytes).catch(() => undefined);
      if (read === undefined) {
        io.stderr(
          `policy import: "${file}" could not be read as a Word file. Save it again from Word as .docx and retry.\n`,
        );
        return EXIT_ERRORS;
      }
      text = read.html;
      notes = read.notes;
    } else {
      const sink = new DiagnosticSink(file);
      text = decodeSourceText(bytes, sink);
      if (text === undefined) {
        io.stderr(formatDiagnostics(sink.toDiagnostics(), 'human', summarise(sink.toDiagnostics(), 1)));
        return EXIT_ERRORS;
      }
    }

    const catalogue = await loadMandates(filesOf(root), { render: false });
    const result = importPolicy({
      fileName: file,
      kind: kind === 'docx' ? 'html' : kind,
      text,
      id,
      mandates: catalogue.mandates,
      notes,
    });
    const target = resolve(root, result.path);
    mkdirSync(dirname(target), { recursive: true });
    // `wx`: fail rather than overwrite, even if the file appeared since the check above.
    await writeFile(target, result.text, { flag: 'wx' });
    const lines = [`Wrote ${result.path} from ${file}.`, ...result.notes.map((note) => `- ${note}`)];
    lines.push(
      'Next: run `policy check` and fill in the front matter fields it asks for; confirm the suggested crosswalk, if any, in the front matter comments.',
    );
    io.stdout(`${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};
