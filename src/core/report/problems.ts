// The last part of the report: every error and warning of the check, with
// its place (file:line:column), what to do, and its code.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { code, details, prose, table } from './markdown.ts';
import { plural } from '../text/english.ts';

/** Problems listed openly before the list is folded away. */
const OPEN_PROBLEMS = 10;

export function problems(diagnostics: readonly Diagnostic[]): string {
  const heading = '### Problems found by the check';
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (diagnostics.length === 0) return `${heading}\n\n✅ No errors or warnings.`;
  const verdict =
    errors > 0
      ? `❌ ${plural(errors, 'error')} and ${plural(warnings, 'warning')}. The check fails until every error is fixed.`
      : `⚠️ ${plural(warnings, 'warning')}, no errors. Warnings do not stop the change, but read them.`;
  const rows = diagnostics.map((d) => [
    d.severity === 'error' ? '❌ error' : d.severity === 'warning' ? '⚠️ warning' : 'ℹ️ note',
    code(`${d.file}:${d.line}:${d.column}`),
    `${prose(d.message)}${d.hint ? ` ${prose(d.hint)}` : ''} ${code(d.code)}`,
  ]);
  const list = table(['', 'Where', 'Problem'], rows);
  return [
    heading,
    verdict,
    diagnostics.length > OPEN_PROBLEMS ? details(`All ${diagnostics.length} problems`, list) : list,
  ].join('\n\n');
}
