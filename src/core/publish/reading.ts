// What a policy's own address (`/policies/<id>/`) shows, decided once in the
// core: the version in force, because that is the text that binds people today.
// A newer draft lives at its versioned address and is announced on the policy's
// page by a notice (what it changes, until when comments are taken, where to read
// it and its redline).
//
// A policy with no version in force (a first draft that was never adopted) shows
// its latest text, under a "not in force" notice: the address must show the words
// the public is asked to comment on, and an empty page would hide them. The guide
// "How to propose a change" says the same to authors.
import type { CalendarDate } from '../lifecycle/calendar.ts';
import { versionInForce } from '../versions/in-force.ts';
import type { CommentStatus } from '../lifecycle/comment-period.ts';
import { reviewStatus, type ReviewStatus } from '../lifecycle/schedule.ts';
import type { Section } from '../document/sections.ts';
import type { PolicyFrontMatter } from '../schemas/types.ts';
import type { PolicyVersion, VersionStatus } from '../versions/types.ts';
import type { HistoryView } from './history-view.ts';

/** Why the policy's address shows the version it shows. */
export type ReadingBasis = 'in-force' | 'none-in-force';

export interface ReadingView {
  version: string;
  status: VersionStatus;
  basis: ReadingBasis;
  /** True when it is also the newest version. */
  latest: boolean;
  frontMatter: PolicyFrontMatter;
  sections: Section[];
  /** The decorated HTML of that version (citations name the version and its address; permanent links go to it). */
  html: string;
  /** That version's review schedule, as its own front matter sets it. */
  review: ReviewStatus;
}

/** A newer draft than the text shown at the policy's address, for the notice above the text. */
export interface NewerDraftView {
  version: string;
  /** What the draft changes, in the author's words for the public (`change.summary`). */
  summary: string | undefined;
  kind: 'substantive' | 'editorial' | undefined;
  /** The draft's comment period, when it has one. */
  comment: CommentStatus | undefined;
  /** `1.0..2.0` when the redline from the text in force to the draft is published. */
  redline: string | undefined;
}

export interface ReadingInput {
  frontMatter: PolicyFrontMatter;
  sections: readonly Section[];
  versions: readonly PolicyVersion[];
  history: HistoryView;
  /** The current text's review status and comment period (lifecycle/rules.ts). */
  review: ReviewStatus;
  comment: CommentStatus | undefined;
}

/** The version the policy's address shows: the one in force, else the newest. */
export function readingVersion(versions: readonly PolicyVersion[]): PolicyVersion | undefined {
  return versionInForce(versions) ?? versions.at(-1);
}

/**
 * `html` is the shown version's decorated HTML (site-model.ts); without
 * history (the CLI, some tests) the current text is the only version.
 */
export function readingView(
  policy: ReadingInput,
  html: string,
  options: { today: CalendarDate; warningDays: number },
): ReadingView {
  const shown = readingVersion(policy.versions);
  const latest = policy.versions.at(-1);
  if (!shown || shown === latest) {
    const fm = policy.frontMatter;
    return {
      version: fm.version,
      status: latest?.status ?? fm.status,
      basis: (latest?.status ?? fm.status) === 'adopted' ? 'in-force' : 'none-in-force',
      latest: true,
      frontMatter: fm,
      sections: [...policy.sections],
      html,
      review: policy.review,
    };
  }
  return {
    version: shown.version,
    status: shown.status,
    basis: 'in-force',
    latest: false,
    frontMatter: shown.frontMatter,
    sections: shown.sections,
    html,
    review: reviewStatus(shown.frontMatter, options),
  };
}

/** The newest version when it is a draft and the address shows another (the one in force). */
export function newerDraftView(policy: ReadingInput, reading: ReadingView): NewerDraftView | undefined {
  const latest = policy.versions.at(-1);
  if (!latest || reading.latest || latest.status !== 'draft') return undefined;
  const slug = policy.history.versions.find((view) => view.version === reading.version)?.toLatest;
  return {
    version: latest.version,
    summary: latest.frontMatter.change?.summary,
    kind: latest.frontMatter.change?.kind,
    comment: policy.comment,
    redline: slug,
  };
}
