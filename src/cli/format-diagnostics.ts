// Prints diagnostics in the three output formats: human (grouped by file),
// `github` (workflow commands that GitHub shows as annotations) and `json`.
import { forTerminal } from '../core/text/clean-text.ts';
import type { Diagnostic } from '../core/diagnostics/diagnostic.ts';
import { plural } from '../core/text/english.ts';

export type DiagnosticFormat = 'human' | 'github' | 'json';

export interface Summary {
  errors: number;
  warnings: number;
  files: number;
}

export function summarise(diagnostics: readonly Diagnostic[], filesChecked: number): Summary {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    files: filesChecked,
  };
}

export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  format: DiagnosticFormat,
  summary: Summary,
  style: { color: boolean } = { color: false },
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ summary, diagnostics }, null, 2)}\n`;
    case 'github':
      return diagnostics.map(githubLine).join('');
    case 'human':
      return humanReport(diagnostics, summary, style.color);
  }
}

function githubLine(d: Diagnostic): string {
  const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const properties = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`];
  if (d.endLine !== undefined) properties.push(`endLine=${d.endLine}`);
  if (d.endColumn !== undefined && d.endLine === d.line) properties.push(`endColumn=${d.endColumn}`);
  properties.push(`title=${escapeProperty(d.code)}`);
  const text = d.hint ? `${d.message} ${d.hint}` : d.message;
  return `::${command} ${properties.join(',')}::${escapeData(text)}\n`;
}

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function humanReport(diagnostics: readonly Diagnostic[], summary: Summary, color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[39m` : text);
  const dim = (text: string) => (color ? `\u001b[2m${text}\u001b[22m` : text);
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(color ? `\u001b[4m${d.file}\u001b[24m` : d.file);
      currentFile = d.file;
    }
    const severity =
      d.severity === 'error' ? paint(31, 'error') : d.severity === 'warning' ? paint(33, 'warning') : paint(36, 'info');
    // Messages quote what authors wrote: printed so that it cannot act on the terminal.
    lines.push(`  ${d.line}:${d.column}  ${severity}  ${forTerminal(d.message)}  ${dim(d.code)}`);
    if (d.hint) lines.push(`    ${dim('→')} ${forTerminal(d.hint)}`);
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(summary));
  return `${lines.join('\n')}\n`;
}

export function summaryLine(summary: Summary): string {
  const checked = `${plural(summary.files, 'policy file')} checked`;
  if (summary.errors === 0 && summary.warnings === 0) return `✔ ${checked}: no problems found.`;
  const mark = summary.errors > 0 ? '✖' : '⚠';
  return `${mark} ${checked}: ${plural(summary.errors, 'error')} and ${plural(summary.warnings, 'warning')}.`;
}
