// The text rendering of an audit (`policy audit <file>`).
import type { AuditReport } from './audit.ts';

export function auditText(report: AuditReport): string {
  const lines: string[] = [`Audit of ${report.path} against ${report.citation}`, ''];
  const elements = report.requirements.filter((requirement) => requirement.scope === 'policy');
  const count = (status: string) => elements.filter((requirement) => requirement.status === status).length;
  lines.push(
    `${count('met')} of ${elements.length} policy elements met, ${count('partial')} partial, ${count('missing')} missing. This is automated reading: each element found is quoted below, for a person to confirm.`,
    '',
    `Sections found (${report.sections.length}): ${report.sections.map((section) => `"${section.title}" (line ${section.line})`).join(', ')}.`,
  );
  if (report.emptyHeadings.length > 0) {
    lines.push(
      `Never counted (a heading with no text): ${report.emptyHeadings.map((title) => `"${title}"`).join(', ')}.`,
    );
  }
  lines.push('');
  for (const requirement of elements) {
    lines.push(`${requirement.clause} ${requirement.title}: ${requirement.status}`);
    requirement.matches.forEach((match, index) => {
      lines.push(
        `  ${index + 1}. ${String(match.score).padStart(3)}  #${match.anchor} "${match.title}" (line ${match.line})`,
      );
    });
    for (const evidence of requirement.evidence) {
      lines.push(`  Found: ${evidence.concept}, line ${evidence.line} (#${evidence.anchor}): "${evidence.sentence}"`);
      lines.push(`       Credited words: "${evidence.words}"`);
    }
    for (const wanted of requirement.wanted)
      lines.push(`  Missing: ${wanted.concept}. It would say: ${wanted.sentence}`);
    for (const missing of requirement.missing.filter((item) => item.startsWith('`')))
      lines.push(`  Missing: ${missing}.`);
    for (const ignored of requirement.ignored) lines.push(`  Not counted: ${ignored}`);
    lines.push('');
  }
  const website = report.requirements.filter((requirement) => requirement.scope === 'site');
  if (website.length > 0) {
    lines.push(
      `Website requirements (${website.map((requirement) => `${requirement.clause} ${requirement.title}`).join('; ')}): met by the website that publishes the policy, not by its text, so not checked here.`,
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The Markdown rendering of an audit: one table row per element, then the quoted evidence. */
export function auditMarkdown(report: AuditReport): string {
  const elements = report.requirements.filter((requirement) => requirement.scope === 'policy');
  const met = elements.filter((requirement) => requirement.status === 'met').length;
  const lines = [
    `# Audit of ${report.path} against ${report.citation}`,
    '',
    `${met} of ${elements.length} policy elements met. This is automated reading: each element found is quoted, for a person to confirm.`,
    '',
    '| Clause | Element | Status | Best sections |',
    '| --- | --- | --- | --- |',
    ...elements.map(
      (requirement) =>
        `| ${requirement.clause} | ${cell(requirement.title)} | ${requirement.status} | ${cell(requirement.matches.map((match) => `#${match.anchor} (line ${match.line})`).join(', '))} |`,
    ),
    '',
  ];
  for (const requirement of elements) {
    lines.push(`## ${requirement.clause} ${requirement.title}: ${requirement.status}`, '');
    for (const evidence of requirement.evidence) {
      lines.push(`- **${evidence.concept}**, line ${evidence.line} (#${evidence.anchor}): “${evidence.sentence}”`);
    }
    for (const wanted of requirement.wanted)
      lines.push(`- **${wanted.concept}** is missing. It would say: ${wanted.sentence}`);
    for (const ignored of requirement.ignored) lines.push(`- Not counted: ${ignored}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
