// The `policy` command line: finds the command, parses its arguments, runs it,
// and turns failures into exit codes. 0 = no errors, 1 = errors found,
// 2 = usage error or internal fault (one line; the stack only with --debug).
import { parseArgs } from 'node:util';
import { commands } from './commands/index.ts';
import { EXIT_USAGE, UsageError, type CommandIo } from './context.ts';
import type { Command } from './commands/types.ts';
import { closest } from '../core/text/english.ts';

export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((arg) => arg !== '--debug');
  const [name, ...rest] = args;
  if (name === undefined) {
    // Called without a command: a usage error, so the help goes to stderr.
    io.stderr(generalHelp());
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(generalHelp());
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`policy: unknown command "${name}". Run \`policy --help\` for the list of commands.\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  try {
    const parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`policy ${command.name}: ${usageMessage(error as Error, command)}\nUsage: ${command.usage}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      debug && error instanceof Error && error.stack
        ? `${error.stack}\n`
        : `policy ${command.name}: internal error: ${message} (run again with --debug for details)\n`,
    );
    return EXIT_USAGE;
  }
}

/**
 * node's parseArgs explains an unknown option at length ("To specify a
 * positional argument starting with a '-'…"); one sentence and a suggestion
 * for a misspelled option help more.
 */
function usageMessage(error: Error, command: Command): string {
  const unknown = /^Unknown option '(--?[^']+)'/.exec(error.message);
  if (!unknown) return error.message;
  const name = unknown[1]!.replace(/^-+/, '');
  const suggestion = closest(name, Object.keys(command.options));
  return `Unknown option ${unknown[1]}.${suggestion ? ` Did you mean --${suggestion}?` : ''}`;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

function generalHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const list = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `Usage: policy <command> [options]\n\nCommands:\n${list}\n\nRun \`policy <command> --help\` for a command's options. Add --debug to see the details of an internal error.\n`;
}
