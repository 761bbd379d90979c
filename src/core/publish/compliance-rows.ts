// Arranges compliance results for the crosswalk pages: one row per requirement
// with the result of each version, and the label of each mapped section, so
// the pages only render. Pure; the results themselves come from the mandates
// engine (`complianceView`).
import {
  complianceView,
  type MandateComplianceView,
  type MandateModel,
  type RequirementResult,
  type VersionComplianceView,
} from '../mandates/index.ts';
import type { PolicyFrontMatter } from '../schemas/types.ts';
import type { PolicyVersion } from '../versions/types.ts';
import type { VersionComplianceModel } from '../mandates/index.ts';
import type { Requirement } from '../schemas/types.ts';
import { flattenSections, type Section } from '../document/sections.ts';

export interface RequirementHistory {
  requirement: Requirement;
  /** The result of each version, oldest first; undefined where the version was not evaluated for it. */
  results: { version: string; result: RequirementResult | undefined }[];
  /** True when the status differs between any two versions. */
  changed: boolean;
}

export function requirementHistories(
  requirements: readonly Requirement[],
  view: Pick<MandateComplianceView, 'versions'>,
): RequirementHistory[] {
  // Website requirements are the site's, not a version's: they have no history per version.
  return requirements
    .filter((requirement) => requirement.scope === 'policy')
    .map((requirement) => {
      const results = view.versions.map((entry) => ({
        version: entry.version,
        result: entry.report.requirements.find((result) => result.id === requirement.id),
      }));
      const statuses = new Set(results.map(({ result }) => result?.status));
      return { requirement, results, changed: statuses.size > 1 };
    });
}

/** The versions a crosswalk page shows in full: the latest, and the one in force when it is another. */
export function featuredVersions(
  view: Pick<MandateComplianceView, 'versions'>,
  inForce: string | undefined,
): VersionComplianceView[] {
  return view.versions
    .filter((entry) => entry.current || entry.version === inForce)
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** "Disciplinary Actions" for a heading, "§K(c)" for a clause, by anchor. */
export function sectionLabels(sections: readonly Section[]): Record<string, string> {
  return Object.fromEntries(flattenSections(sections).map((section) => [section.anchor, section.citation]));
}

/** One policy as a mandate's page shows it. */
export interface BoundPolicy {
  id: string;
  number: string;
  title: string;
  view: MandateComplianceView;
  featured: VersionComplianceView[];
  histories: RequirementHistory[];
  /** Section labels of each version, by version then anchor. */
  labels: Record<string, Record<string, string>>;
}

/** Every policy the mandate was evaluated against, with its versions' results. */
export function boundPolicies(
  mandate: MandateModel,
  policies: readonly {
    id: string;
    frontMatter: PolicyFrontMatter;
    versionCompliance: readonly VersionComplianceModel[];
    versions: readonly PolicyVersion[];
    sections: readonly Section[];
    inForce: string | undefined;
  }[],
): BoundPolicy[] {
  return policies.flatMap((policy) => {
    const view = complianceView(policy, [mandate]).mandates[0];
    if (!view) return [];
    const labels: Record<string, Record<string, string>> = {};
    for (const version of policy.versions) labels[version.version] = sectionLabels(version.sections);
    const latest = view.versions.find((entry) => entry.current)?.version;
    if (latest !== undefined && !labels[latest]) labels[latest] = sectionLabels(policy.sections);
    return [
      {
        id: policy.id,
        number: policy.frontMatter.number,
        title: policy.frontMatter.title,
        view,
        featured: featuredVersions(view, policy.inForce),
        histories: requirementHistories(mandate.mandate.requirements, view),
        labels,
      },
    ];
  });
}
