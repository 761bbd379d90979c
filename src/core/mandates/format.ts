// Text and Markdown renderings of a compliance view, for `policy compliance`
// (and anyone who wants the clause-by-clause table as plain text). Every
// element met or partly met quotes the sentences that meet it, with their line
// and anchor; every concept missing says what a sentence meeting it would say.
import type { ComplianceView, MandateComplianceView, VersionComplianceView } from './view.ts';
import type { RequirementResult } from './types.ts';
import { reviewLine } from './reviews.ts';

export function complianceText(view: ComplianceView): string {
  const lines: string[] = [];
  for (const mandate of view.mandates) {
    lines.push(`${view.policy.number} ${view.policy.title}: compliance with ${mandate.citation}`, '');
    for (const version of mandate.versions) {
      lines.push(versionHeading(version, mandate), `  ${summaryLine(version, mandate)}`, '');
      const width = Math.max(0, ...version.report.requirements.map((result) => result.title.length));
      for (const result of version.report.requirements) {
        const sections = result.anchors.length > 0 ? result.anchors.map((anchor) => `#${anchor}`).join(', ') : '-';
        lines.push(
          `  ${result.clause.padEnd(7)} ${result.title.padEnd(width)}  ${result.status.padEnd(7)}  ${sections}`,
        );
        if (result.status !== 'met') {
          for (const reason of result.reasons) lines.push(`          ${stripPrefix(reason, result)}`);
        }
        if (result.review) lines.push(`          ${reviewLine(result.review)}`);
        for (const quote of quotes(result)) lines.push(`          ${quote}`);
      }
      lines.push('');
    }
    lines.push(...websiteLines(mandate), '');
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
      lines.push(`## ${versionHeading(version, mandate)}`, '', summaryLine(version, mandate), '');
      if (version.report.requirements.length === 0) continue;
      lines.push('| Clause | Element | Status | Sections | Why |', '| --- | --- | --- | --- | --- |');
      for (const result of version.report.requirements) {
        const sections = result.anchors.map((anchor) => `#${anchor}`).join(', ');
        const why = [
          ...result.reasons.map((reason) => stripPrefix(reason, result)),
          ...(result.review ? [reviewLine(result.review)] : []),
        ].join(' ');
        lines.push(
          `| ${result.clause} | ${cell(result.title)} | ${result.status} | ${cell(sections)} | ${cell(why)} |`,
        );
      }
      lines.push('');
      for (const result of version.report.requirements) {
        const found = quotes(result);
        if (found.length === 0) continue;
        lines.push(`**${result.clause} ${result.title}**`, '', ...found.map((quote) => `- ${quote}`), '');
      }
    }
    lines.push(...websiteLines(mandate), '');
    for (const delivery of mandate.delivery)
      lines.push(`**${delivery.clause} ${delivery.title}.** ${delivery.summary}`, '');
  }
  if (view.mandates.length === 0) lines.push(`No mandate applies to ${view.policy.number} ${view.policy.title}.`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * One line per concept: the quoted sentence that meets it, or what a sentence meeting it would say. Only for an
 * element met or partly met (a missing one says why in its reasons).
 */
export function quotes(result: RequirementResult): string[] {
  if (result.status === 'missing') return [];
  return result.concepts.flatMap((concept) => {
    if (concept.evidence) {
      const { line, anchor, sentence, words } = concept.evidence;
      return [`${concept.name}: "${sentence}" (line ${line}, #${anchor}; credited: "${words}")`];
    }
    return concept.optional ? [] : [`${concept.name}: missing. A sentence meeting it would say: ${concept.wanted}`];
  });
}

function websiteLines(mandate: MandateComplianceView): string[] {
  if (mandate.website.length === 0) return [];
  const met = mandate.website.filter((result) => result.status === 'met').length;
  return [
    `Website requirements of ${mandate.citation} (${met} of ${mandate.website.length} met by the site; they belong to the site that publishes the policy, not to its text):`,
    ...mandate.website.map(
      (result) =>
        `  ${result.clause} ${result.title}: ${result.status}. ${stripPrefix(result.reasons[0] ?? '', result)}`,
    ),
  ];
}

function versionHeading(version: VersionComplianceView, mandate: MandateComplianceView): string {
  const parts = [version.status === 'adopted' && version.adopted ? `adopted ${version.adopted}` : version.status];
  if (version.current) parts.push('current text');
  if (version.grandfathered)
    parts.push(`grandfathered: adopted before ${mandate.citation} was enacted on ${mandate.enacted}`);
  return `Version ${version.version} (${parts.join('; ')})`;
}

function summaryLine(version: VersionComplianceView, mandate: MandateComplianceView): string {
  if (version.report.binding === 'publication') {
    return `Bound by ${mandate.citation} for publication only: it must be on the public page (a website requirement), not contain the policy elements.`;
  }
  const { met, partial, missing, total } = version.report.summary;
  if (version.report.compliant) return `Meets all ${total} policy elements (${met} of ${total}).`;
  return `${met} of ${total} policy elements met, ${partial} partial, ${missing} missing.`;
}

function stripPrefix(reason: string, result: RequirementResult): string {
  const prefix = `${result.clause} ${result.title}: `;
  const rest = reason.startsWith(prefix) ? reason.slice(prefix.length) : reason;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
