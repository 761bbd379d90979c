// The rules of a policy's life: adoption, and how each new version declares
// its change. Pure functions over front matter (and, for change rules, the
// previous version), returning findings that `reportFindings` places on the
// front matter.
//
// Rules:
// - `status: adopted` needs `adopted` and `effective` (the schema enforces
//   presence); here: the policy cannot take effect before it is signed, nor be
//   signed after today; a draft carries no adoption record.
// - Adoption is refused while a mandate requirement that binds the version is
//   `partial` or `missing` (the gaps come from the mandates engine).
// - Every version after the first declares `change: { kind, summary }` (a
//   missing block is the history rules' `version/missing-change`).
//   substantive → MAJOR+1.0; editorial → MAJOR.MINOR+1. An editorial change
//   that changes more than `LOOKS_SUBSTANTIVE_SHARE` of the words is a warning.
import type { CalendarDate } from './calendar.ts';
import { DiagnosticSink, type Code, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Mandate, PolicyFrontMatter } from '../schemas/types.ts';
import { checkReviewSchedule, reviewStatus, type ReviewStatus } from './schedule.ts';
import { checkCommentPeriod, commentStatus, type CommentStatus } from './comment-period.ts';
import type { DiffModel } from '../diff/index.ts';
import { bindsPolicy, isGrandfathered } from '../mandates/index.ts';
import type { Locate, YamlPart, YamlPath } from '../yaml/locate.ts';

export type ChangeKind = NonNullable<PolicyFrontMatter['change']>['kind'];

/**
 * An editorial change that changes more than this share of the words (15 %)
 * looks substantive. Typo fixes, renumbering and layout stay far below it; a
 * rewritten section in a short policy goes above it.
 */
export const LOOKS_SUBSTANTIVE_SHARE = 0.15;

/** One version as the change rules see it. */
export interface VersionSnapshot {
  version: string;
  frontMatter: PolicyFrontMatter;
  /** The body text. */
  text: string;
}

/** A rule's finding, placed later on the front matter node at `path`. */
export interface Finding {
  code: Code;
  message: string;
  hint: string;
  path: YamlPath;
  part: YamlPart;
}

/**
 * What the adoption rule needs from the mandates engine: its `ComplianceReport`
 * fits this shape as it is, so the rule can be tested with a plain object.
 */
export interface ComplianceLike {
  mandateId: string;
  citation: string;
  /** `accepted`: met, or accepted by a current staff review (the mandates engine decides). */
  requirements: readonly { clause: string; title: string; status: 'met' | 'partial' | 'missing'; accepted?: boolean }[];
}

export function parseVersion(version: string): { major: number; minor: number } {
  const [major, minor] = version.split('.').map(Number);
  return { major: major ?? 0, minor: minor ?? 0 };
}

/** The number the next version gets: `2.0` after a substantive change of 1.3, `1.4` after an editorial one. */
export function nextVersion(version: string, kind: ChangeKind): string {
  const { major, minor } = parseVersion(version);
  return kind === 'substantive' ? `${major + 1}.0` : `${major}.${minor + 1}`;
}

export function checkAdoption(frontMatter: PolicyFrontMatter, today: CalendarDate): Finding[] {
  const findings: Finding[] = [];
  if (frontMatter.status === 'draft') {
    for (const key of ['adopted', 'effective'] as const) {
      if (frontMatter[key] === undefined) continue;
      findings.push({
        code: 'lifecycle/draft-has-adoption',
        message: `This version is a draft but has \`${key}\`; a draft has not been adopted yet.`,
        hint: `Remove \`${key}\`, or set \`status: adopted\` if the version has been signed.`,
        path: [key],
        part: 'key',
      });
    }
    return findings;
  }
  const adopted = frontMatter.adopted;
  if (frontMatter.status !== 'adopted' || !adopted) return findings;
  if (adopted.date > today) {
    findings.push({
      code: 'lifecycle/adopted-in-future',
      message: `The adoption date ${adopted.date} is after today (${today}).`,
      hint: 'Record the adoption on or after the day it is signed. Until then, keep `status: draft`.',
      path: ['adopted', 'date'],
      part: 'value',
    });
  }
  if (frontMatter.effective !== undefined && frontMatter.effective < adopted.date) {
    findings.push({
      code: 'lifecycle/effective-before-adoption',
      message: `The effective date ${frontMatter.effective} is before the adoption date ${adopted.date}.`,
      hint: 'A policy takes effect on or after the day it is signed. Check both dates against the signed copy.',
      path: ['effective'],
      part: 'value',
    });
  }
  return findings;
}

/**
 * Adoption is refused while a requirement of a mandate that binds the version
 * is `partial` or `missing`: one finding per mandate, on the `status` value.
 * Pass only the reports of mandates that gate this version (a version adopted
 * before a mandate was enacted is grandfathered; the mandates engine decides).
 */
export function checkAdoptionCompliance(frontMatter: PolicyFrontMatter, reports: readonly ComplianceLike[]): Finding[] {
  if (frontMatter.status !== 'adopted') return [];
  const findings: Finding[] = [];
  for (const report of reports) {
    const gaps = report.requirements.filter((requirement) => !(requirement.accepted ?? requirement.status === 'met'));
    if (gaps.length === 0) continue;
    const listed = gaps.map((gap) => `${gap.clause} ${gap.title} (${gap.status})`).join('; ');
    findings.push({
      code: 'lifecycle/adopted-with-gaps',
      message: `This version cannot be adopted: it does not yet meet ${gaps.length === 1 ? 'a requirement' : `${gaps.length} requirements`} of ${report.citation}: ${listed}.`,
      hint: `Keep \`status: draft\` until every requirement of ${report.citation} is met (see \`policy compliance\`), then adopt it.`,
      path: ['status'],
      part: 'value',
    });
  }
  return findings;
}

/** The reports of the mandates that gate this version: they bind it, and it was not adopted before they were enacted. */
export function gatingReports<R extends ComplianceLike>(
  frontMatter: PolicyFrontMatter,
  reports: readonly R[],
  mandates: readonly Mandate[],
): R[] {
  return reports.filter((report) => {
    const mandate = mandates.find((candidate) => candidate.id === report.mandateId);
    return mandate !== undefined && bindsPolicy(mandate, frontMatter) && !isGrandfathered(frontMatter, mandate);
  });
}

/** Checks the `change` block on its own, without the previous version. */
export function checkChangeDeclaration(frontMatter: PolicyFrontMatter): Finding[] {
  const change = frontMatter.change;
  if (!change || change.summary.trim() !== '') return [];
  return [
    {
      code: 'lifecycle/change-summary-missing',
      message: `Write the change summary: \`change.summary\` is empty for this ${change.kind} change.`,
      hint: 'Say in one or two plain sentences what this version changes and why, for the public.',
      path: ['change', 'summary'],
      part: 'value',
    },
  ];
}

/**
 * The change rules between two consecutive versions. `changedWordShare` is
 * the share of the previous version's words that were changed (0 to 1; see
 * `changedWordShare`). Same version number: nothing to classify.
 */
export function classifyChange(
  previous: VersionSnapshot | undefined,
  next: VersionSnapshot,
  changedWordShare: number,
): Finding[] {
  if (!previous || previous.version === next.version) return [];
  const change = next.frontMatter.change;
  // A missing `change` block is reported by the history rules (`version/missing-change`).
  if (!change) return [];
  const findings: Finding[] = [];
  const expected = nextVersion(previous.version, change.kind);
  if (next.version !== expected) {
    findings.push(
      change.kind === 'substantive'
        ? {
            code: 'lifecycle/substantive-needs-major',
            message: `A substantive change after version ${previous.version} must be numbered ${expected}, not ${next.version}.`,
            hint: `Set \`version: "${expected}"\`, or declare \`change.kind: editorial\` if only wording or layout changed.`,
            path: ['version'],
            part: 'value',
          }
        : {
            code: 'lifecycle/editorial-needs-minor',
            message: `An editorial change after version ${previous.version} must be numbered ${expected}, not ${next.version}.`,
            hint: `Set \`version: "${expected}"\`, or declare \`change.kind: substantive\` if what the policy requires changed.`,
            path: ['version'],
            part: 'value',
          },
    );
  }
  if (change.kind === 'editorial' && changedWordShare > LOOKS_SUBSTANTIVE_SHARE) {
    const percent = Math.round(changedWordShare * 100);
    findings.push({
      code: 'version/looks-substantive',
      message: `This editorial change changes ${percent}% of the words, more than the ${Math.round(LOOKS_SUBSTANTIVE_SHARE * 100)}% an editorial change usually does; it looks substantive.`,
      hint: `If what the policy requires has changed, declare \`change.kind: substantive\` and number it ${nextVersion(previous.version, 'substantive')}.`,
      path: ['change', 'kind'],
      part: 'value',
    });
  }
  return findings;
}

/**
 * The share of the words that a change rewrote: the larger of the words
 * deleted and the words inserted, over the previous version's word count
 * (at most 1). Replacing half the words of a text gives 0.5.
 */
export function changedWordShare(
  totals: { wordsInserted: number; wordsDeleted: number },
  previousWords: number,
): number {
  const changed = Math.max(totals.wordsInserted, totals.wordsDeleted);
  if (previousWords <= 0) return changed > 0 ? 1 : 0;
  return Math.min(1, changed / previousWords);
}

/**
 * The change rules for the newest version, against the version before it
 * (`PolicyVersion`s from history fit), given the redline of that pair that
 * the history computed (the plan's `latest` pair). Older pairs are history:
 * they cannot be fixed any more, so they are not reported again.
 */
export function classifyLatestChange(
  versions: readonly VersionSnapshot[],
  latestChange: LatestChange | undefined,
): Finding[] {
  const previous = versions.at(-2);
  const next = versions.at(-1);
  if (!previous || !next || previous.version === next.version || !latestChange) return [];
  if (latestChange.from.version !== previous.version || latestChange.to.version !== next.version) return [];
  // Words as published on both sides of the share: comments and markup count for neither.
  return classifyChange(previous, next, changedWordShare(latestChange.totals, latestChange.totals.oldWords));
}

/** What the change rules read of the latest pair's redline (a `DiffModel` fits). */
export type LatestChange = Pick<DiffModel, 'from' | 'to' | 'totals'>;

export function reportFindings(findings: readonly Finding[], locate: Locate, sink: DiagnosticSink): void {
  for (const finding of findings) {
    sink.report(finding.code, finding.message, { place: locate(finding.path, finding.part), hint: finding.hint });
  }
}

export interface LifecycleInput {
  path: string;
  frontMatter: PolicyFrontMatter;
  locate: Locate;
}

export interface LifecycleAssessment {
  review: ReviewStatus;
  comment: CommentStatus | undefined;
  diagnostics: Diagnostic[];
}

export interface LifecycleOptions {
  today: CalendarDate;
  warningDays: number;
  /** The policy's versions from history, oldest first (the last is the current text), for the change rules. */
  versions?: readonly VersionSnapshot[];
  /** The redline of the last two versions, from the model (see `versions/pair-plan.ts`). */
  latestChange?: LatestChange;
  /** Compliance reports of the mandates that gate the current version (grandfathered ones left out). */
  compliance?: readonly ComplianceLike[];
}

/** Review schedule, comment period, adoption and, given the history, the change rules of the current version. */
export function assessLifecycle(document: LifecycleInput, options: LifecycleOptions): LifecycleAssessment {
  const sink = new DiagnosticSink(document.path);
  const { frontMatter, locate } = document;
  const review = reviewStatus(frontMatter, options);
  checkReviewSchedule(frontMatter, review, { ...options, locate, sink });
  const comment = commentStatus(frontMatter, options.today);
  checkCommentPeriod(frontMatter, comment, { locate, sink });
  const findings = [
    ...checkAdoption(frontMatter, options.today),
    ...checkAdoptionCompliance(frontMatter, options.compliance ?? []),
    ...checkChangeDeclaration(frontMatter),
    ...classifyLatestChange(options.versions ?? [], options.latestChange),
  ];
  reportFindings(findings, locate, sink);
  return { review, comment, diagnostics: sink.toDiagnostics() };
}
