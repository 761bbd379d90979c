// Text and Markdown renderings of a compliance view, for `policy compliance`
// (and anyone who wants the clause-by-clause table as plain text).
import type { ComplianceView, MandateComplianceView, VersionComplianceView } from './view.ts';
import type { RequirementResult } from './types.ts';

export function complianceText(view: ComplianceView): string {
  const lines: string[] = [];
  for (const mandate of view.mandates) {
    lines.push(`${view.policy.number} ${view.policy.title}: compliance with ${mandate.citation}`, '');
    for (const version of mandate.versions) {
      lines.push(versionHeading(version, mandate), `  ${summaryLine(version)}`, '');
      const width = Math.max(...version.report.requirements.map((result) => result.title.length));
      for (const result of version.report.requirements) {
        const sections = result.anchors.length > 0 ? result.anchors.map((anchor) => `#${anchor}`).join(', ') : '-';
        lines.push(
          `  ${result.clause.padEnd(7)} ${result.title.padEnd(width)}  ${result.status.padEnd(7)}  ${sections}`,
        );
        if (result.status !== 'met') {
          for (const reason of result.reasons) lines.push(`          ${stripPrefix(reason, result)}`);
        }
      }
      lines.push('');
    }
    for (const delivery of mandate.delivery) lines.push(delivery.summary);
    if (mandate.delivery.length > 0) lines.push('');
  }
  if (view.mandates.length === 0) lines.push(`No mandate applies to ${view.policy.number} ${view.policy.title}.`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

export function complianceMarkdown(view: ComplianceView): string {
  const lines: string[] = [];
  for (const mandate of view.mandates) {
    lines.push(`# ${view.policy.number} ${view.policy.title}: compliance with ${mandate.citation}`, '');
    for (const version of mandate.versions) {
      lines.push(`## ${versionHeading(version, mandate)}`, '', summaryLine(version), '');
      lines.push('| Clause | Requirement | Status | Sections | What is missing |', '| --- | --- | --- | --- | --- |');
      for (const result of version.report.requirements) {
        const sections = result.anchors.map((anchor) => `#${anchor}`).join(', ');
        const missing =
          result.status === 'met' ? '' : result.reasons.map((reason) => stripPrefix(reason, result)).join(' ');
        lines.push(
          `| ${result.clause} | ${cell(result.title)} | ${result.status} | ${cell(sections)} | ${cell(missing)} |`,
        );
      }
      lines.push('');
    }
    for (const delivery of mandate.delivery)
      lines.push(`**${delivery.clause} ${delivery.title}.** ${delivery.summary}`, '');
  }
  if (view.mandates.length === 0) lines.push(`No mandate applies to ${view.policy.number} ${view.policy.title}.`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function versionHeading(version: VersionComplianceView, mandate: MandateComplianceView): string {
  const parts = [version.status === 'adopted' && version.adopted ? `adopted ${version.adopted}` : version.status];
  if (version.current) parts.push('current text');
  if (version.grandfathered)
    parts.push(`grandfathered: adopted before ${mandate.citation} was enacted on ${mandate.enacted}`);
  return `Version ${version.version} (${parts.join('; ')})`;
}

function summaryLine(version: VersionComplianceView): string {
  const { met, partial, missing, total } = version.report.summary;
  if (version.report.compliant) return `Meets all ${total} requirements.`;
  return `${met} of ${total} met, ${partial} partial, ${missing} missing.`;
}

function stripPrefix(reason: string, result: RequirementResult): string {
  const prefix = `${result.clause} ${result.title}: `;
  const rest = reason.startsWith(prefix) ? reason.slice(prefix.length) : reason;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
