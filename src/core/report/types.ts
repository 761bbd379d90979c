// What a pull-request report is made of: plain data, built by `compare.ts`
// from the base revision and the working branch, rendered by `render.ts`.
import type { CalendarDate } from '../lifecycle/calendar.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { DiffModel } from '../diff/index.ts';
import type { ComplianceReport } from '../mandates/index.ts';
import type { CommentStatus } from '../lifecycle/comment-period.ts';
import type { ReviewStatus } from '../lifecycle/schedule.ts';
import type { PolicyFrontMatter } from '../schemas/types.ts';

/** One policy on one side (the base revision or the branch). */
export interface PolicySide {
  path: string;
  frontMatter: PolicyFrontMatter;
  review: ReviewStatus;
  comment: CommentStatus | undefined;
  /** One report per mandate that applies to this side. */
  compliance: ComplianceReport[];
  /** Headings of the text, in reading order (for a new policy, which has no redline). */
  headings: { anchor: string; title: string; depth: number }[];
  /** True when the mandate was enacted after this version was adopted: its gaps do not fail the check. */
  grandfathered: string[];
}

/**
 * - `added`: a policy id the base did not have.
 * - `removed`: a policy id the branch no longer has.
 * - `changed`: the text, or its compliance (a mandate changed), differs.
 * - `unreadable`: a policy whose front matter no longer reads on the branch, so it cannot be compared.
 */
export type PolicyChangeKind = 'added' | 'removed' | 'changed' | 'unreadable';

export interface PolicyChange {
  kind: PolicyChangeKind;
  /** The policy id, or the file path when the front matter cannot be read. */
  id: string;
  before: PolicySide | undefined;
  after: PolicySide | undefined;
  /** The section-aware diff, when both sides exist and the text differs. */
  diff: DiffModel | undefined;
}

export interface BranchReport {
  /** The base revision as the user named it: `main`, `origin/main`. */
  base: string;
  today: CalendarDate;
  /** The address of the (preview) site, ending in `/`, for links; undefined for no links. */
  baseUrl: string | undefined;
  /** Changed, added, removed and unreadable policies, in the order of their files. */
  changes: PolicyChange[];
  /** Other files under `policy/` that changed: the site settings and mandate files. */
  otherFiles: string[];
  /** Every error and warning of the check on the branch. */
  diagnostics: Diagnostic[];
}
