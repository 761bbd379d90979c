// Counts and prints diagnostics, for every place that shows them: `policy
// check` (human, `github` workflow commands that GitHub shows as annotations,
// `json`), the site build (human) and the pull-request report (Markdown).
// One count, one formatter per output, so the numbers and words agree.
import type { Diagnostic, RelatedPlace, Severity } from './diagnostic.ts';
import { plural } from '../text/english.ts';
import { code, details, link, prose, table } from '../text/markdown.ts';
import { forTerminal } from '../text/clean-text.ts';

export type DiagnosticFormat = 'human' | 'github' | 'json';

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}

/** What the check's last line and its JSON report: errors and warnings (notes stop nothing), files checked. */
export interface Summary {
  errors: number;
  warnings: number;
  files: number;
}

export function summarise(diagnostics: readonly Diagnostic[], filesChecked: number): Summary {
  const counts = countBySeverity(diagnostics);
  return { errors: counts.error, warnings: counts.warning, files: filesChecked };
}

export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  format: DiagnosticFormat,
  summary: Summary,
  style: { color: boolean } = { color: false },
): string {
  switch (format) {
    case 'json':
      return jsonReport(diagnostics, summary);
    case 'github':
      return diagnostics.map(githubAnnotation).join('');
    case 'human':
      return humanReport(diagnostics, summary, style.color);
  }
}

/** "first defined at policy/a.mdx:11:1": a related place, in the words every output uses. */
function relatedWords(related: RelatedPlace, place: (text: string) => string = (text) => text): string {
  return `${related.message} at ${place(`${related.file}:${related.line}:${related.column}`)}`;
}

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

// ── JSON ────────────────────────────────────────────────────────────────────

export function jsonReport(diagnostics: readonly Diagnostic[], summary: Summary): string {
  return `${JSON.stringify({ summary, diagnostics }, null, 2)}\n`;
}

// ── GitHub workflow commands ────────────────────────────────────────────────

/**
 * One `::error file=…,line=…::text` line. The text is the message, the related
 * places, what to do and the address of the code's entry on the message page:
 * an annotation shows no other field.
 */
export function githubAnnotation(d: Diagnostic): string {
  const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const properties = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`];
  if (d.endLine !== undefined) properties.push(`endLine=${d.endLine}`);
  if (d.endColumn !== undefined && d.endLine === d.line) properties.push(`endColumn=${d.endColumn}`);
  properties.push(`title=${escapeProperty(d.code)}`);
  const text = [
    d.message,
    ...(d.related ?? []).map((related) => sentence(relatedWords(related))),
    ...(d.hint ? [d.hint] : []),
    `See ${d.url}`,
  ].join(' ');
  return `::${command} ${properties.join(',')}::${escapeData(text)}\n`;
}

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// ── Human (terminal, build log) ─────────────────────────────────────────────

export function humanReport(diagnostics: readonly Diagnostic[], summary: Summary, color = false): string {
  const list = humanList(diagnostics, color);
  return `${list}${list ? '\n' : ''}${summaryLine(summary)}\n`;
}

/** The problems grouped by file, one line each with the related places and what to do below it; no summary. */
export function humanList(diagnostics: readonly Diagnostic[], color = false): string {
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
    for (const related of d.related ?? []) lines.push(`    ${dim('↳')} ${forTerminal(relatedWords(related))}`);
    if (d.hint) lines.push(`    ${dim('→')} ${forTerminal(d.hint)}`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

export function summaryLine(summary: Summary): string {
  const checked = `${plural(summary.files, 'policy file')} checked`;
  if (summary.errors === 0 && summary.warnings === 0) return `✔ ${checked}: no problems found.`;
  const mark = summary.errors > 0 ? '✖' : '⚠';
  return `${mark} ${checked}: ${plural(summary.errors, 'error')} and ${plural(summary.warnings, 'warning')}.`;
}

// ── Markdown (the pull-request report) ──────────────────────────────────────

/** Problems listed openly before the list is folded away. */
const OPEN_PROBLEMS = 10;

/**
 * The last part of the pull-request report: every error and warning of the
 * check, with its place (file:line:column), what to do, and its code, linked
 * to its entry on the message page when the site's address is known.
 */
export function markdownReport(diagnostics: readonly Diagnostic[]): string {
  const heading = '### Problems found by the check';
  const { error: errors, warning: warnings } = countBySeverity(diagnostics);
  if (diagnostics.length === 0) return `${heading}\n\n✅ No errors or warnings.`;
  const verdict =
    errors > 0
      ? `❌ ${plural(errors, 'error')} and ${plural(warnings, 'warning')}. The check fails until every error is fixed.`
      : `⚠️ ${plural(warnings, 'warning')}, no errors. Warnings do not stop the change, but read them.`;
  const rows = diagnostics.map((d) => [
    d.severity === 'error' ? '❌ error' : d.severity === 'warning' ? '⚠️ warning' : 'ℹ️ note',
    code(`${d.file}:${d.line}:${d.column}`),
    [
      prose(d.message),
      ...(d.related ?? []).map((related) =>
        sentence(relatedWords({ ...related, message: prose(related.message) }, code)),
      ),
      ...(d.hint ? [prose(d.hint)] : []),
      // A site-relative address would lead nowhere from github.com: only an absolute one is linked.
      link(code(d.code), /^https?:\/\//.test(d.url) ? d.url : undefined),
    ].join(' '),
  ]);
  const list = table(['', 'Where', 'Problem'], rows);
  return [
    heading,
    verdict,
    diagnostics.length > OPEN_PROBLEMS ? details(`All ${diagnostics.length} problems`, list) : list,
  ].join('\n\n');
}
