// Compares the policies of the base revision with those of the branch and
// builds the `BranchReport`. Pure: both sides arrive as `SiteModel`s, the one
// model `policy check` and the site also use, so compliance, review status and
// comment periods are never worked out a second way here. Only the diff between
// the two current texts is computed, by the diff module.
import type { CalendarDate } from '../lifecycle/calendar.ts';
import { diffVersions } from '../diff/index.ts';
import { isGrandfathered } from '../mandates/index.ts';
import { flattenSections } from '../document/sections.ts';
import type { PolicyModel, SiteModel } from '../publish/site-model.ts';
import type { PolicyVersion } from '../versions/types.ts';
import type { BranchReport, PolicyChange, PolicySide } from './types.ts';
import { withMessageUrls } from '../diagnostics/diagnostic.ts';

export interface CompareOptions {
  /** The base revision as the user named it. */
  base: string;
  today: CalendarDate;
  baseUrl?: string | undefined;
  /** Other files under `policy/` whose content differs (site settings, mandates), worked out by the caller. */
  otherFiles?: readonly string[];
}

/**
 * `before` is the model of the base revision; `after` the model of the branch, built as `policy check`
 * builds it, whose diagnostics the report lists. Policies are matched by id.
 */
export function compareBranch(before: SiteModel, after: SiteModel, options: CompareOptions): BranchReport {
  const baseById = new Map(before.policies.map((policy) => [policy.id, policy]));
  const headIds = new Set(after.policies.map((policy) => policy.id));
  const changes: PolicyChange[] = [];
  for (const policy of after.policies) {
    const old = baseById.get(policy.id);
    const newSide = policySide(policy, after);
    if (!old) {
      changes.push({ kind: 'added', id: policy.id, before: undefined, after: newSide, diff: undefined });
      continue;
    }
    const oldSide = policySide(old, before);
    const [from, to] = [currentVersion(old), currentVersion(policy)];
    const textChanged = from?.text !== to?.text;
    const frontMatterChanged = JSON.stringify(old.frontMatter) !== JSON.stringify(policy.frontMatter);
    if (!textChanged && !frontMatterChanged && sameCompliance(oldSide, newSide)) continue;
    changes.push({
      kind: 'changed',
      id: policy.id,
      before: oldSide,
      after: newSide,
      diff: textChanged && from && to ? diffVersions(from, to, { policy: policy.id }) : undefined,
    });
  }
  for (const policy of before.policies) {
    if (headIds.has(policy.id)) continue;
    // A policy whose file is still there but whose front matter broke on the branch cannot be compared.
    const broken = after.diagnostics.some((d) => d.file === policy.path && d.severity === 'error');
    const stillThere = broken && !after.policies.some((other) => other.path === policy.path);
    changes.push(
      stillThere
        ? { kind: 'unreadable', id: policy.path, before: policySide(policy, before), after: undefined, diff: undefined }
        : { kind: 'removed', id: policy.id, before: policySide(policy, before), after: undefined, diff: undefined },
    );
  }
  return {
    base: options.base,
    today: options.today,
    baseUrl: options.baseUrl === undefined ? undefined : options.baseUrl.replace(/\/?$/, '/'),
    changes,
    otherFiles: [...(options.otherFiles ?? [])],
    // With a preview site, the codes link to its message page: it describes the branch's own checks.
    diagnostics:
      options.baseUrl === undefined ? [...after.diagnostics] : withMessageUrls(after.diagnostics, options.baseUrl),
  };
}

/** The current text is the last version (the working tree); without history it is the only one. */
function currentVersion(policy: PolicyModel): PolicyVersion | undefined {
  return policy.versions[policy.versions.length - 1];
}

function policySide(policy: PolicyModel, model: SiteModel): PolicySide {
  return {
    path: policy.path,
    frontMatter: policy.frontMatter,
    review: policy.review,
    comment: policy.comment,
    compliance: policy.compliance,
    headings: flattenSections(policy.sections)
      .filter((section) => section.kind === 'heading')
      .map((section) => ({ anchor: section.anchor, title: section.title, depth: section.depth })),
    grandfathered: model.mandates
      .filter((entry) => isGrandfathered(policy.frontMatter, entry.mandate))
      .map((entry) => entry.mandate.id),
  };
}

function sameCompliance(a: PolicySide, b: PolicySide): boolean {
  const statuses = (side: PolicySide) =>
    side.compliance.map((report) => `${report.mandateId}:${report.requirements.map((r) => `${r.id}=${r.status}`)}`);
  return JSON.stringify(statuses(a)) === JSON.stringify(statuses(b));
}
