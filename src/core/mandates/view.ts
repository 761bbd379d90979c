// What `policy compliance` and the site's compliance pages show: for one
// policy, each mandate that applies to it, every version's clause-by-clause
// result, and the mandate's deadlines. Plain JSON.
import type { PolicyFrontMatter } from '../schemas/types.ts';
import type { ComplianceReport, RequirementResult } from './types.ts';
import type { MandateModel, VersionComplianceModel } from './check.ts';
import type { DeliveryStatus } from './delivery.ts';
import { isGrandfathered } from './gates.ts';

export interface VersionComplianceView {
  version: string;
  status: PolicyFrontMatter['status'];
  adopted: string | undefined;
  /** Adopted before the mandate was enacted: gaps are shown, not failed. */
  grandfathered: boolean;
  /** The working-tree text. */
  current: boolean;
  report: ComplianceReport;
}

export interface MandateComplianceView {
  mandateId: string;
  citation: string;
  title: string;
  enacted: string;
  versions: VersionComplianceView[];
  delivery: DeliveryStatus[];
  /** The website requirements (§1.B): the site's, shown once, never credited to a version's text. */
  website: RequirementResult[];
}

export interface ComplianceView {
  policy: { id: string; number: string; title: string };
  mandates: MandateComplianceView[];
}

export function complianceView(
  policy: { id: string; frontMatter: PolicyFrontMatter; versionCompliance: readonly VersionComplianceModel[] },
  mandates: readonly MandateModel[],
  onlyVersion?: string,
): ComplianceView {
  const last = policy.versionCompliance.length - 1;
  const views: MandateComplianceView[] = [];
  for (const { mandate, delivery, website } of mandates) {
    const versions = policy.versionCompliance.flatMap((entry, index) => {
      const report = entry.reports.find((candidate) => candidate.mandateId === mandate.id);
      if (!report || (onlyVersion !== undefined && entry.version !== onlyVersion)) return [];
      const adopted = entry.adopted === undefined ? undefined : { date: entry.adopted, by: '' };
      const grandfathered = isGrandfathered({ status: entry.status, adopted }, mandate);
      return [
        {
          version: entry.version,
          status: entry.status,
          adopted: entry.adopted,
          grandfathered,
          current: index === last,
          report,
        },
      ];
    });
    if (versions.length === 0) continue;
    views.push({
      mandateId: mandate.id,
      citation: mandate.citation,
      title: mandate.title,
      enacted: mandate.enacted,
      versions,
      delivery,
      website,
    });
  }
  return {
    policy: { id: policy.id, number: policy.frontMatter.number, title: policy.frontMatter.title },
    mandates: views,
  };
}
