// The compliance part of the report: for each mandate, one row per
// requirement with its status before and after the branch, the totals, a
// warning when compliance goes down, and the reasons for every gap.
import type { ComplianceReport, RequirementStatus } from '../mandates/index.ts';
import { details, inline, prose, table } from '../text/markdown.ts';
import { plural } from '../text/english.ts';
import type { PolicyChange, PolicySide } from './types.ts';

const statusWords: Record<RequirementStatus, string> = { met: '✅ met', partial: '⚠️ partial', missing: '❌ missing' };
const rank: Record<RequirementStatus, number> = { missing: 0, partial: 1, met: 2 };

export function complianceTables(change: PolicyChange): string[] {
  const before = change.before;
  const after = change.after!;
  const mandates = [...new Set([...(before?.compliance ?? []), ...after.compliance].map((report) => report.mandateId))];
  return mandates.map((mandateId) => {
    const old = before?.compliance.find((report) => report.mandateId === mandateId);
    const now = after.compliance.find((report) => report.mandateId === mandateId);
    return complianceTable(old, now, before, after);
  });
}

function complianceTable(
  old: ComplianceReport | undefined,
  now: ComplianceReport | undefined,
  before: PolicySide | undefined,
  after: PolicySide,
): string {
  const citation = (now ?? old)!.citation;
  const beforeLabel = before ? `Before (${before.frontMatter.version})` : 'Before';
  const afterLabel = `After (${after.frontMatter.version})`;
  const ids = [...new Set([...(old?.requirements ?? []), ...(now?.requirements ?? [])].map((r) => r.id))];
  const lowered: string[] = [];
  const rows = ids.map((id) => {
    const was = old?.requirements.find((r) => r.id === id);
    const is = now?.requirements.find((r) => r.id === id);
    const requirement = (is ?? was)!;
    if (was && is && rank[is.status] < rank[was.status]) lowered.push(`${requirement.clause} ${requirement.title}`);
    const moved = was?.status !== is?.status;
    return [
      inline(`${requirement.clause} ${requirement.title}`),
      was ? statusWords[was.status] : '—',
      is ? (moved && was ? `**${statusWords[is.status]}**` : statusWords[is.status]) : '—',
    ];
  });
  const parts = [`#### Compliance with ${inline(citation)}`, table(['Requirement', beforeLabel, afterLabel], rows)];
  const count = (report: ComplianceReport | undefined) =>
    report ? `${report.summary.met} of ${report.summary.total} met` : 'not bound';
  parts.push(
    before
      ? `${beforeLabel}: ${count(old)}. ${afterLabel}: ${count(now)}.`
      : `New policy, version ${after.frontMatter.version}: ${count(now)}.`,
  );
  if (lowered.length > 0) {
    parts.push(
      `⚠️ **Compliance goes down** for ${plural(lowered.length, 'requirement')}: ${lowered.map(inline).join(', ')}. A new version may not meet fewer requirements than the one before it.`,
    );
  }
  if (before && old && before.grandfathered.includes(old.mandateId)) {
    parts.push(
      `Version ${before.frontMatter.version} was adopted before ${inline(citation)} was enacted, so its gaps are shown but do not fail the check.`,
    );
  }
  const unmet = (now?.requirements ?? []).filter((r) => r.status !== 'met');
  const reasons = unmet.flatMap((r) => r.reasons);
  if (reasons.length > 0) {
    parts.push(
      details(
        `Why ${plural(unmet.length, 'requirement is', 'requirements are')} not fully met in ${after.frontMatter.version}`,
        reasons.map((reason) => `- ${prose(reason)}`).join('\n'),
      ),
    );
  }
  return parts.join('\n\n');
}
