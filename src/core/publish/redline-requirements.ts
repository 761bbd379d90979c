// The mandate part of a redline: for each mandate checked on both sides, its
// summary before and after, and each requirement that the change touched
// (its mapped sections changed) or whose status changed, with both statuses.
import type { DiffModel } from '../diff/types.ts';
import type { ComplianceReport, MandateModel, RequirementStatus } from '../mandates/index.ts';

export interface RedlineRequirement {
  id: string;
  clause: string;
  title: string;
  /** Mapped anchors whose text or mapping changed; empty when only the status changed. */
  anchors: string[];
  before: RequirementStatus | undefined;
  after: RequirementStatus | undefined;
}

export interface RedlineMandate {
  mandateId: string;
  citation: string;
  before: ComplianceReport['summary'] | undefined;
  after: ComplianceReport['summary'] | undefined;
  requirements: RedlineRequirement[];
}

export function redlineRequirements(
  diff: Pick<DiffModel<ComplianceReport[]>, 'requirements' | 'compliance'>,
  mandates: readonly MandateModel[],
): RedlineMandate[] {
  const ids = new Set([
    ...diff.requirements.map((touched) => touched.mandate),
    ...(diff.compliance?.before ?? []).map((report) => report.mandateId),
    ...(diff.compliance?.after ?? []).map((report) => report.mandateId),
  ]);
  return mandates
    .filter(({ mandate }) => ids.has(mandate.id))
    .map(({ mandate }) => {
      const before = diff.compliance?.before.find((report) => report.mandateId === mandate.id);
      const after = diff.compliance?.after.find((report) => report.mandateId === mandate.id);
      const requirements = mandate.requirements.flatMap((requirement): RedlineRequirement[] => {
        const touched = diff.requirements.find(
          (entry) => entry.mandate === mandate.id && entry.requirement === requirement.id,
        );
        const statusBefore = before?.requirements.find((result) => result.id === requirement.id)?.status;
        const statusAfter = after?.requirements.find((result) => result.id === requirement.id)?.status;
        if (!touched && statusBefore === statusAfter) return [];
        return [
          {
            id: requirement.id,
            clause: requirement.clause,
            title: requirement.title,
            anchors: touched?.anchors ?? [],
            before: statusBefore,
            after: statusAfter,
          },
        ];
      });
      return {
        mandateId: mandate.id,
        citation: mandate.citation,
        before: before?.summary,
        after: after?.summary,
        requirements,
      };
    });
}
