// What the site publishes about a policy's history, worked out once per build
// and put in the site model: the redlines of the published pairs (decided by
// `versions/pair-plan.ts`, computed by the history), which version is the
// latest and which is in force, and the history of each section.
import type { DiffModel } from '../diff/index.ts';
import type { PairPlan } from '../versions/pair-plan.ts';
import type { PolicyVersion } from '../versions/types.ts';
import { historyView, type HistoryView } from './history-view.ts';
import { sectionHistories, type SectionHistory } from './section-history.ts';

export type { HistoryView, VersionView } from './history-view.ts';
export type { SectionChange, SectionHistory } from './section-history.ts';
export type { PlannedPair as DiffPair } from '../versions/pair-plan.ts';

export interface PublishedHistory<C> {
  /** The redlines of the published pairs, oldest `from` first. */
  diffs: DiffModel<C>[];
  history: HistoryView;
  sections: SectionHistory[];
}

/** `diffs` are the redlines of `plan.published`, in that order, as the history computed them. */
export function publishHistory<C>(
  versions: readonly PolicyVersion[],
  plan: PairPlan,
  diffs: readonly DiffModel<C>[],
): PublishedHistory<C> {
  return {
    diffs: [...diffs],
    history: historyView(versions, plan.published, plan.retired),
    sections: sectionHistories(versions, diffs),
  };
}
