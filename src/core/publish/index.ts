// What the site publishes about a policy's history, worked out once per build
// and put in the site model: the versions, the redlines of the published pairs
// (decided by `versions/pair-plan.ts`, computed by the history), which version
// is the latest and which is in force, and the history of each section.
//
// The model keeps what the pages show and drops what only built it: a
// version's HTML before its reading tools (each page shows the decorated
// copy), its readable blocks (the redlines are made) and each redline's source
// runs (the CLI's). At 50 × 20 they were 380 MB of the model's 810 MB, held
// through rendering and the search index.
import type { DiffModel, PublishedDiff } from '../diff/types.ts';
import type { PairPlan } from '../versions/pair-plan.ts';
import type { PolicyVersion } from '../versions/types.ts';
import { historyView, type HistoryView } from './history-view.ts';
import { sectionHistories, type SectionHistory } from './section-history.ts';

export type { HistoryView, VersionView } from './history-view.ts';
export type { SectionChange, SectionHistory } from './section-history.ts';
export type { PlannedPair as DiffPair } from '../versions/pair-plan.ts';

/** A version as the site keeps it for its pages (see the note at the top). */
export type PublishedVersion = Omit<PolicyVersion, 'html' | 'blocks'>;

export interface PublishedHistory<C> {
  versions: PublishedVersion[];
  /** The redlines of the published pairs, oldest `from` first. */
  diffs: PublishedDiff<C>[];
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
    versions: versions.map(publishedVersion),
    diffs: diffs.map(publishedDiff),
    history: historyView(versions, plan.published, plan.retired),
    sections: sectionHistories(versions, diffs),
  };
}

function publishedVersion(version: PolicyVersion): PublishedVersion {
  const { html, blocks, ...published } = version;
  return published;
}

function publishedDiff<C>(diff: DiffModel<C>): PublishedDiff<C> {
  return { ...diff, sections: diff.sections.map(({ runs, ...section }) => section) };
}
