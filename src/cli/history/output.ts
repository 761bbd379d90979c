// Shared by `policy history` and `policy diff`: terminal styling (only when
// colour is allowed) and the history problems that stop them.
import type { Diagnostic } from '../../core/diagnostics/diagnostic.ts';
import { humanList } from '../../core/diagnostics/format.ts';
import type { CommandIo } from '../context.ts';

export interface Paint {
  bold: (text: string) => string;
  dim: (text: string) => string;
  inserted: (text: string) => string;
  deleted: (text: string) => string;
}

export function style(color: boolean): Paint {
  const wrap = (open: string, close: string) => (text: string) => (color ? `\x1b[${open}m${text}\x1b[${close}m` : text);
  return {
    bold: wrap('1', '22'),
    dim: wrap('2', '22'),
    // Underline and strike-through as well as colour, so the change never depends on colour alone.
    inserted: wrap('32;4', '39;24'),
    deleted: wrap('31;9', '39;29'),
  };
}

/**
 * History problems (shallow clone, unreadable history, broken version rules) are
 * printed to stderr; errors in the history area stop the command (true).
 */
export function printHistoryProblems(diagnostics: readonly Diagnostic[], io: CommandIo): boolean {
  const relevant = diagnostics.filter((d) => d.code.startsWith('history/') || d.code.startsWith('version/'));
  if (relevant.length === 0) return false;
  io.stderr(humanList(relevant, io.color));
  return relevant.some((d) => d.severity === 'error' && d.code.startsWith('history/'));
}
