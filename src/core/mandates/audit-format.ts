// The text rendering of an audit (`policy audit <file>`).
import type { AuditReport } from './audit.ts';

export function auditText(report: AuditReport): string {
  const lines: string[] = [`Audit of ${report.path} against ${report.citation}`, ''];
  const counted = report.requirements.filter((requirement) => requirement.scope === 'policy');
  const met = counted.filter((requirement) => requirement.status === 'met').length;
  lines.push(
    `${met} of ${counted.length} policy requirements are met by its sections. Sections are ranked by score (0-100).`,
  );
  if (report.emptyHeadings.length > 0) {
    lines.push(
      `Never counted (a heading with no text): ${report.emptyHeadings.map((title) => `"${title}"`).join(', ')}.`,
    );
  }
  lines.push('');
  for (const requirement of report.requirements) {
    lines.push(`${requirement.clause} ${requirement.title}: ${requirement.status}`);
    if (requirement.note) {
      lines.push(`  ${requirement.note}`, '');
      continue;
    }
    if (requirement.matches.length === 0) lines.push('  No section matches.');
    requirement.matches.forEach((match, index) => {
      lines.push(
        `  ${index + 1}. ${String(match.score).padStart(3)}  #${match.anchor} "${match.title}" (line ${match.line})`,
      );
      lines.push(`          ${match.why}`);
    });
    if (requirement.missing.length > 0) lines.push(`  Missing: ${requirement.missing.join('; ')}.`);
    for (const ignored of requirement.ignored) lines.push(`  Not counted: ${ignored}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
