// The review schedule of the site: for each policy, the schedule of the version
// in force (what the owner must review) and, when the latest version is a
// draft, what that draft will set once adopted. Ordered overdue, due soon, on
// schedule, then no schedule. Built once into the model (`SiteModel.reviews`);
// the reviews page, reviews.ics and `policy review` all list these rows.
import type { CalendarDate } from '../lifecycle/calendar.ts';
import { versionInForce } from '../versions/in-force.ts';
import {
  DEFAULT_REVIEW_WARNING_DAYS,
  reviewStatus,
  type ReviewState,
  type ReviewStatus,
} from '../lifecycle/schedule.ts';
import type { PolicyFrontMatter, SiteConfig } from '../schemas/types.ts';
import type { PolicyVersion } from '../versions/types.ts';

export interface ReviewRow {
  id: string;
  number: string;
  title: string;
  owner: string;
  /** The version whose schedule counts: the one in force, else the latest. */
  version: string;
  /** That version's status as written in its front matter. */
  policyStatus: PolicyFrontMatter['status'];
  review: ReviewStatus;
  /** The latest version when it is a draft that is not the one counted above. */
  draft: { version: string; intervalMonths: number | undefined } | undefined;
}

const order: Record<ReviewState, number> = { overdue: 0, 'due-soon': 1, ok: 2, 'no-schedule': 3 };

export function reviewRows(
  policies: readonly {
    id: string;
    frontMatter: PolicyFrontMatter;
    versions: readonly PolicyVersion[];
    review: ReviewStatus;
  }[],
  site: SiteConfig | undefined,
  today: CalendarDate,
): ReviewRow[] {
  const warningDays = site?.reviewWarningDays ?? DEFAULT_REVIEW_WARNING_DAYS;
  return policies
    .map((policy): ReviewRow => {
      const inForce = versionInForce(policy.versions);
      const latest = policy.versions.at(-1);
      const counted = inForce && inForce !== latest ? inForce : undefined;
      const fm = policy.frontMatter;
      return {
        id: policy.id,
        number: fm.number,
        title: fm.title,
        owner: fm.owner,
        version: counted?.version ?? fm.version,
        policyStatus: counted?.frontMatter.status ?? fm.status,
        review: counted ? reviewStatus(counted.frontMatter, { today, warningDays }) : policy.review,
        draft:
          counted && latest?.status === 'draft'
            ? { version: latest.version, intervalMonths: latest.frontMatter.review?.intervalMonths }
            : undefined,
      };
    })
    .sort(
      (a, b) =>
        order[a.review.status] - order[b.review.status] ||
        (a.review.nextDue ?? '').localeCompare(b.review.nextDue ?? '') ||
        a.id.localeCompare(b.id),
    );
}
