// What the versions timeline, each version's page and the redlines need to
// know about a policy's versions, worked out once: which version is the latest,
// which one is in force, and which redlines exist for each version.
import type { PolicyVersion, VersionStatus } from '../versions/types.ts';
import { inForceIndex } from '../versions/in-force.ts';
import type { PlannedPair, RetiredPair } from '../versions/pair-plan.ts';
import { pairSlug } from '../routes.ts';

export interface VersionView {
  version: string;
  status: VersionStatus;
  /** The newest version (the working tree), shown on the policy's own page. */
  latest: boolean;
  /** The adopted version that is in force (not superseded, not retired). */
  inForce: boolean;
  /** The version before this one, if any. */
  previous: string | undefined;
  /** `a..b` of the redline from the previous version, when published. */
  fromPrevious: string | undefined;
  /** `a..b` of the redline from this version to the latest, when published. */
  toLatest: string | undefined;
  /**
   * `a..b` of the redline between this version and the one in force (older first), when published and not
   * already one of the two above.
   */
  withInForce: string | undefined;
}

export interface HistoryView {
  latest: string | undefined;
  inForce: string | undefined;
  /** The published redlines, in the order the diff list shows them. */
  pairs: PlannedPair[];
  /** Pairs whose redline page was published before and is not now: their addresses lead on (pair-plan.ts). */
  retired: RetiredPair[];
  /** One per version, in version order (oldest first). */
  versions: VersionView[];
}

/** `pairs` are the published pairs of the plan (`versions/pair-plan.ts`). */
export function historyView(
  versions: readonly PolicyVersion[],
  pairs: readonly PlannedPair[],
  retired: readonly RetiredPair[] = [],
): HistoryView {
  const numbers = versions.map((version) => version.version);
  const published = new Set(pairs.map((pair) => pair.slug));
  const latest = numbers.at(-1);
  const inForceAt = inForceIndex(versions);
  const inForce = inForceAt === undefined ? undefined : numbers[inForceAt];
  return {
    latest,
    inForce,
    pairs: [...pairs],
    retired: [...retired],
    versions: versions.map((version, index) => {
      const previous = numbers[index - 1];
      const fromPrevious = previous === undefined ? undefined : pairSlug(previous, version.version);
      const toLatest =
        latest === undefined || latest === version.version ? undefined : pairSlug(version.version, latest);
      const withInForce =
        inForceAt === undefined || inForce === version.version || inForce === latest
          ? undefined
          : inForceAt < index
            ? pairSlug(inForce!, version.version)
            : pairSlug(version.version, inForce!);
      return {
        version: version.version,
        status: version.status,
        latest: version.version === latest,
        inForce: version.version === inForce,
        previous,
        fromPrevious: fromPrevious && published.has(fromPrevious) ? fromPrevious : undefined,
        toLatest: toLatest && published.has(toLatest) ? toLatest : undefined,
        withInForce:
          withInForce && published.has(withInForce) && withInForce !== fromPrevious ? withInForce : undefined,
      };
    }),
  };
}
