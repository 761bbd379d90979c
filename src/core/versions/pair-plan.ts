// Which pairs of versions get a redline: decided here, once, for the whole
// pipeline. The history diffs exactly the pairs of this plan (through the one
// `PairDiffer`, on worker threads in a site build), the site publishes its
// `published` pairs, and the lifecycle rules read the `latest` pair's diff
// instead of diffing again.
//
// A static host cannot compute a diff on request, so every comparison a reader
// can ask for must exist as a page. For real policies (a handful of versions)
// that is every pair; past `ALL_PAIRS_UP_TO` versions (the synthetic benchmark
// has 20 per policy) it is each version against the next one and each version
// against the newest, which keeps the page count linear.
//
// To publish other pairs, change `publishedPairs` only: everything else reads
// the plan.

import { pairSlug } from '../routes.ts';
export interface PlannedPair {
  /** Positions in the version list (oldest first). */
  fromIndex: number;
  toIndex: number;
  /** The older and the newer version number. */
  from: string;
  to: string;
  /** `from..to`, the last part of the redline's address. */
  slug: string;
  consecutive: boolean;
  /** `to` is the newest version. */
  againstNewest: boolean;
}

export interface PairPlan {
  /** Every pair to diff, each once: the published ones first (in their order), then `latest` if not among them. */
  pairs: PlannedPair[];
  /** The pairs that get a public redline (all of `pairs` when publishing, else none). */
  published: PlannedPair[];
  /** The newest version against the one before it: what the change rules check. */
  latest: PlannedPair | undefined;
}

/** Up to this many versions, every pair is published (12 versions → 66 redlines). */
export const ALL_PAIRS_UP_TO = 12;

/**
 * The published pairs, as positions into a list of `count` versions, oldest
 * `from` first, then oldest `to`. This is the policy; the rest is bookkeeping.
 */
export function publishedPairs(count: number, allPairsUpTo = ALL_PAIRS_UP_TO): [number, number][] {
  const newest = count - 1;
  const everyPair = count <= allPairsUpTo;
  const pairs: [number, number][] = [];
  for (let older = 0; older < count; older++) {
    for (let newer = older + 1; newer < count; newer++) {
      if (everyPair || newer === older + 1 || newer === newest) pairs.push([older, newer]);
    }
  }
  return pairs;
}

/**
 * The plan for one policy's versions (oldest first). With `publish` off (the
 * CLI's `check`), only the latest pair is diffed, for the change rules.
 */
export function planPairs(versions: readonly string[], options: { publish: boolean; allPairsUpTo?: number }): PairPlan {
  const planned = (fromIndex: number, toIndex: number): PlannedPair => {
    const from = versions[fromIndex]!;
    const to = versions[toIndex]!;
    return {
      fromIndex,
      toIndex,
      from,
      to,
      slug: pairSlug(from, to),
      consecutive: toIndex === fromIndex + 1,
      againstNewest: toIndex === versions.length - 1,
    };
  };
  const published = options.publish
    ? publishedPairs(versions.length, options.allPairsUpTo).map(([from, to]) => planned(from, to))
    : [];
  const newest = versions.length - 1;
  const latest =
    published.find((pair) => pair.fromIndex === newest - 1 && pair.toIndex === newest) ??
    (versions.length >= 2 ? planned(newest - 1, newest) : undefined);
  const pairs = latest && !published.includes(latest) ? [...published, latest] : published;
  return { pairs, published, latest };
}
