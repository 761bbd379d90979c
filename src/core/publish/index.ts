// What the site publishes about a policy's history, worked out once per build
// and put in the site model: every redline a reader can ask for (every pair of
// versions, up to ALL_PAIRS_UP_TO versions), which version is the latest and
// which is in force, and the history of each section.
import { diffVersions, type DiffModel } from '../diff/index.ts';
import { withCompliance } from '../versions/policy-histories.ts';
import type { PolicyVersion } from '../versions/types.ts';
import { ALL_PAIRS_UP_TO, diffPairs } from './diff-pairs.ts';
import { historyView, type HistoryView } from './history-view.ts';
import { sectionHistories, type SectionHistory } from './section-history.ts';
import { pairSlug } from '../routes.ts';

export type { HistoryView, VersionView } from './history-view.ts';
export type { SectionChange, SectionHistory } from './section-history.ts';
export type { DiffPair } from './diff-pairs.ts';

export interface PublishedHistory<C> {
  /** The model's redlines plus every other pair, oldest `from` first. */
  diffs: DiffModel<C>[];
  history: HistoryView;
  sections: SectionHistory[];
}

/**
 * `diffs` are the redlines the history already computed (consecutive pairs and
 * each version against the latest); `perVersion` the compliance of each version,
 * attached to the extra redlines the same way. With `computeDiffs` off (the CLI's
 * `check`), nothing is added.
 */
export function publishHistory<C>(
  policy: string,
  versions: readonly PolicyVersion[],
  diffs: readonly DiffModel<C>[],
  perVersion: readonly { version: string; reports: C }[],
  computeDiffs: boolean,
): PublishedHistory<C> {
  const have = new Map(diffs.map((diff) => [pairSlug(diff.from.version, diff.to.version), diff]));
  const byNumber = new Map(versions.map((version) => [version.version, version]));
  const all: DiffModel<C>[] = [];
  if (computeDiffs) {
    for (const pair of diffPairs(
      versions.map((version) => version.version),
      ALL_PAIRS_UP_TO,
    )) {
      const existing = have.get(pair.slug);
      if (existing) {
        all.push(existing);
      } else {
        const extra = diffVersions(byNumber.get(pair.from)!, byNumber.get(pair.to)!, { policy });
        all.push(...withCompliance<C>([extra], perVersion));
      }
    }
  } else {
    all.push(...diffs);
  }
  return { diffs: all, history: historyView(versions, all), sections: sectionHistories(versions, all) };
}
