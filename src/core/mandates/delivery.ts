// Deadlines such as R-24-89 Section 2: a compliant policy delivered within 30
// days of approval. A version counts as delivered when it meets every policy
// element and has been adopted; the adoption date is when it was delivered.
// The deadline is the mandate's, judged over every policy it holds to the
// elements, so each version is named with its policy ("AI 1-19 version 2.0"):
// on another policy's page, a bare "version 2.0" would read as that policy's.
import { addDays, daysBetween, type CalendarDate } from '../lifecycle/calendar.ts';
import { plural } from '../text/english.ts';
import type { Mandate } from '../schemas/types.ts';
import type { VersionCompliance } from './gates.ts';

export interface DeliveryStatus {
  deadlineId: string;
  /** `§2` */
  clause: string;
  title: string;
  /** The due date: approval plus the deadline's days. */
  due: CalendarDate;
  /** `on-time` / `late`: a compliant version was adopted (by / after the due date); `overdue`: none yet. */
  state: 'on-time' | 'late' | 'overdue' | 'pending';
  /** The policy number of `version` or `draft`: `AI 1-19`. */
  policy?: string;
  /** The first compliant adopted version, if any. */
  version?: string;
  adopted?: CalendarDate;
  /** A compliant version not adopted yet (a draft), if any. */
  draft?: string;
  /** Days after the due date that it was adopted, or (when overdue) that have passed as of `today`. */
  daysLate: number;
  /** The status in one plain sentence. */
  summary: string;
}

export function deliveryStatus(
  mandate: Mandate,
  versions: readonly Pick<VersionCompliance, 'version' | 'document' | 'report'>[],
  today: CalendarDate,
): DeliveryStatus[] {
  return (mandate.deadlines ?? []).map((deadline) => {
    const due = addDays(mandate.approved, deadline.days);
    const compliant = versions.filter((entry) => entry.report.compliant);
    const adopted = compliant.find((entry) => entry.document.frontMatter?.adopted?.date !== undefined);
    const draft = compliant.find((entry) => entry.document.frontMatter?.status === 'draft');
    const base = { deadlineId: deadline.id, clause: deadline.clause, title: deadline.title, due };
    const name = `${mandate.citation} ${deadline.clause}`;
    const label = (entry: (typeof versions)[number]) =>
      `${entry.document.frontMatter?.number ? `${entry.document.frontMatter.number} ` : ''}version ${entry.version}`;
    if (adopted) {
      const date = adopted.document.frontMatter!.adopted!.date;
      const late = Math.max(0, daysBetween(due, date));
      return {
        ...base,
        state: late > 0 ? 'late' : 'on-time',
        ...policyOf(adopted),
        version: adopted.version,
        adopted: date,
        daysLate: late,
        summary:
          late > 0
            ? `${name}: ${label(adopted)} meets every policy element and was adopted on ${date}, ${plural(late, 'day')} after the due date of ${due}.`
            : `${name}: ${label(adopted)} meets every policy element and was adopted on ${date}, by the due date of ${due}.`,
      };
    }
    const overdue = daysBetween(due, today);
    const draftNote = draft ? ` A compliant draft, ${label(draft)}, exists but has not been adopted.` : '';
    if (overdue <= 0) {
      return {
        ...base,
        state: 'pending',
        ...(draft ? { ...policyOf(draft), draft: draft.version } : {}),
        daysLate: 0,
        summary: `${name}: no compliant version has been adopted yet; it is due on ${due}.${draftNote}`,
      };
    }
    return {
      ...base,
      state: 'overdue',
      ...(draft ? { ...policyOf(draft), draft: draft.version } : {}),
      daysLate: overdue,
      summary: `${name}: no version that meets every policy element has been adopted. It was due on ${due}, ${plural(overdue, 'day')} ago as of ${today}.${draftNote}`,
    };
  });
}

function policyOf(entry: Pick<VersionCompliance, 'document'>): { policy?: string } {
  const number = entry.document.frontMatter?.number;
  return number ? { policy: number } : {};
}
