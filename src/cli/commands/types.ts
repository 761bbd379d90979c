import type { ParseArgsConfig } from 'node:util';
import type { CommandIo } from '../context.ts';

export interface ParsedArguments {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** One `policy <name>` command. Each lives in its own module under `src/cli/commands/`. */
export interface Command {
  name: string;
  /** One line for `policy --help`. */
  summary: string;
  /** The usage line, shown with usage errors and `policy <name> --help`. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code: 0 no errors, 1 errors found. Throws `UsageError` for bad arguments. */
  run(args: ParsedArguments, io: CommandIo): Promise<number>;
}
