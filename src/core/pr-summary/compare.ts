// Compares the policies of the base revision with those of the branch and
// builds the `BranchReport`. Pure: both sides arrive as loaded repositories;
// the diff and the compliance come from the diff and mandates modules.
import type { CalendarDate } from '../dates.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { diffVersions, type DiffVersion } from '../diff/index.ts';
import type { PolicyDocument } from '../load.ts';
import { evaluateCompliance, isGrandfathered, mandatesFor } from '../mandates/index.ts';
import { commentStatus } from '../comment-period.ts';
import { DEFAULT_REVIEW_WARNING_DAYS, reviewStatus } from '../schedule.ts';
import { flattenSections } from '../sections.ts';
import type { Mandate, SiteConfig } from '../schema-types.ts';
import { sourceOf } from '../versions/load-revision.ts';
import type { BranchReport, PolicyChange, PolicySide } from './types.ts';

/** One side, as loaded from a `PolicyFiles`: the repository and the mandate catalogue. */
export interface BranchSide {
  documents: readonly PolicyDocument[];
  mandates: readonly Mandate[];
  site: SiteConfig | undefined;
  /** The raw bytes of the other files under `policy/` (site settings, mandates), by path. */
  otherFiles: ReadonlyMap<string, string>;
}

export interface CompareOptions {
  base: string;
  today: CalendarDate;
  baseUrl?: string | undefined;
  /** The diagnostics of the check on the branch. */
  diagnostics: readonly Diagnostic[];
}

export function compareBranch(before: BranchSide, after: BranchSide, options: CompareOptions): BranchReport {
  const side = (document: PolicyDocument, branch: BranchSide) => policySide(document, branch, options.today);
  const baseById = new Map(before.documents.filter(readable).map((document) => [document.frontMatter!.id, document]));
  const headIds = new Set(after.documents.filter(readable).map((document) => document.frontMatter!.id));
  const headPaths = new Set(after.documents.map((document) => document.path));
  const changes: PolicyChange[] = [];

  for (const document of after.documents) {
    if (!readable(document)) {
      changes.push({ kind: 'unreadable', id: document.path, before: undefined, after: undefined, diff: undefined });
      continue;
    }
    const id = document.frontMatter.id;
    const old = baseById.get(id);
    if (!old) {
      changes.push({ kind: 'added', id, before: undefined, after: side(document, after), diff: undefined });
      continue;
    }
    const oldSide = side(old, before);
    const newSide = side(document, after);
    const textChanged = old.text !== document.text;
    if (!textChanged && sameCompliance(oldSide, newSide)) continue;
    changes.push({
      kind: 'changed',
      id,
      before: oldSide,
      after: newSide,
      diff: textChanged ? diffVersions(diffVersion(old), diffVersion(document), { policy: id }) : undefined,
    });
  }
  for (const document of before.documents) {
    if (!readable(document) || headIds.has(document.frontMatter.id)) continue;
    // A file whose front matter broke on the branch is listed once, as unreadable.
    if (headPaths.has(document.path) && changes.some((change) => change.id === document.path)) continue;
    changes.push({
      kind: 'removed',
      id: document.frontMatter.id,
      before: side(document, before),
      after: undefined,
      diff: undefined,
    });
  }

  const otherPaths = [...new Set([...before.otherFiles.keys(), ...after.otherFiles.keys()])].sort();
  return {
    base: options.base,
    today: options.today,
    baseUrl: options.baseUrl === undefined ? undefined : options.baseUrl.replace(/\/?$/, '/'),
    changes,
    otherFiles: otherPaths.filter((path) => before.otherFiles.get(path) !== after.otherFiles.get(path)),
    diagnostics: [...options.diagnostics],
  };
}

function readable(document: PolicyDocument): document is PolicyDocument & { frontMatter: object } {
  return document.frontMatter !== undefined;
}

function policySide(document: PolicyDocument, branch: BranchSide, today: CalendarDate): PolicySide {
  const frontMatter = document.frontMatter!;
  const mandates = mandatesFor(document, branch.mandates);
  return {
    path: document.path,
    frontMatter,
    review: reviewStatus(frontMatter, {
      today,
      warningDays: branch.site?.reviewWarningDays ?? DEFAULT_REVIEW_WARNING_DAYS,
    }),
    comment: commentStatus(frontMatter, today),
    compliance: mandates.map((mandate) => evaluateCompliance(document, mandate, branch.site)),
    headings: flattenSections(document.sections)
      .filter((section) => section.kind === 'heading')
      .map((section) => ({ anchor: section.anchor, title: section.title, depth: section.depth })),
    grandfathered: mandates.filter((mandate) => isGrandfathered(frontMatter, mandate)).map((mandate) => mandate.id),
  };
}

function diffVersion(document: PolicyDocument): DiffVersion {
  const source = sourceOf(document);
  return {
    version: document.frontMatter?.version ?? '',
    text: source.body,
    sections: document.sections,
    bodyStart: source.bodyStart,
    ...(document.frontMatter ? { frontMatter: document.frontMatter } : {}),
  };
}

function sameCompliance(a: PolicySide, b: PolicySide): boolean {
  const statuses = (side: PolicySide) =>
    side.compliance.map((report) => `${report.mandateId}:${report.requirements.map((r) => `${r.id}=${r.status}`)}`);
  return JSON.stringify(statuses(a)) === JSON.stringify(statuses(b));
}
