// Which pairs of versions get a redline page: decided here, once, for the
// whole pipeline. The history diffs exactly the pairs of this plan (through
// the one `PairDiffer`, on worker threads in a site build), the site publishes
// its `published` pairs, and the lifecycle rules read the `latest` pair's diff
// instead of diffing again.
//
// A page for every pair grows with the square of the versions (20 versions →
// 190 redlines per policy), past what a static host publishes at city scale.
// So a redline page is published for what readers ask most: each version
// against the next one, against the version in force and against the newest
// version; that is at most three per version. Any other pair is worked out in
// the reader's browser by the same diff core (`src/browser/`), from the
// policy's texts file, with the same markup.
//
// Until December 2026 every pair of a policy with up to 12 versions had its
// own page. Those addresses are kept: a pair published then and not now gets a
// small page that leads to the same comparison worked out in the browser, or,
// without JavaScript, to the nearest published one (`retiredPairs`).
//
// To publish other pairs, change `publishedPairs` only: everything else reads
// the plan.

import { pairSlug } from '../routes.ts';
import { inForceIndex } from './in-force.ts';
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
  /** One side is the version in force (and the pair is not only that because of being consecutive). */
  againstInForce: boolean;
}

export interface PairPlan {
  /** Every pair to diff, each once: the published ones first (in their order), then `latest` if not among them. */
  pairs: PlannedPair[];
  /** The pairs that get a public redline (all of `pairs` when publishing, else none). */
  published: PlannedPair[];
  /** Pairs that had a redline page before and have none now, each with the published pair that replaces it. */
  retired: RetiredPair[];
  /** The newest version against the one before it: what the change rules check. */
  latest: PlannedPair | undefined;
}

export interface RetiredPair {
  from: string;
  to: string;
  slug: string;
  /** The published comparison nearest to this one. */
  nearest: PlannedPair;
  /** The same change read one version at a time: the consecutive pairs from `from` to `to`. */
  steps: PlannedPair[];
}

/** Until December 2026, every pair of a policy with up to this many versions had a redline page. */
export const FORMERLY_ALL_PAIRS_UP_TO = 12;

export interface VersionToPlan {
  version: string;
  /** Decides which version is in force: the newest adopted one. */
  status?: string;
}

/**
 * The published pairs, as positions into a list of `count` versions, oldest
 * `from` first, then oldest `to`: each version against the next, against the
 * version in force (`inForce`, a position) and against the newest.
 */
export function publishedPairs(count: number, inForce?: number): [number, number][] {
  const newest = count - 1;
  const pairs: [number, number][] = [];
  for (let older = 0; older < count; older++) {
    for (let newer = older + 1; newer < count; newer++) {
      if (newer === older + 1 || newer === newest || newer === inForce || older === inForce) pairs.push([older, newer]);
    }
  }
  return pairs;
}

/**
 * The plan for one policy's versions (oldest first). With `publish` off (the
 * CLI's `check`), only the latest pair is diffed, for the change rules.
 */
export function planPairs(versions: readonly VersionToPlan[], options: { publish: boolean }): PairPlan {
  const numbers = versions.map((version) => version.version);
  const inForce = inForceIndex(versions);
  const planned = (fromIndex: number, toIndex: number): PlannedPair => {
    const from = numbers[fromIndex]!;
    const to = numbers[toIndex]!;
    return {
      fromIndex,
      toIndex,
      from,
      to,
      slug: pairSlug(from, to),
      consecutive: toIndex === fromIndex + 1,
      againstNewest: toIndex === numbers.length - 1,
      againstInForce: fromIndex === inForce || toIndex === inForce,
    };
  };
  const published = options.publish
    ? publishedPairs(numbers.length, inForce).map(([from, to]) => planned(from, to))
    : [];
  const newest = numbers.length - 1;
  const latest =
    published.find((pair) => pair.fromIndex === newest - 1 && pair.toIndex === newest) ??
    (numbers.length >= 2 ? planned(newest - 1, newest) : undefined);
  const pairs = latest && !published.includes(latest) ? [...published, latest] : published;
  return { pairs, published, retired: options.publish ? retiredPairs(numbers, published) : [], latest };
}

/**
 * The pairs that had a page under the old rule (every pair, up to
 * `FORMERLY_ALL_PAIRS_UP_TO` versions) and are not published now, each with
 * the nearest published pair.
 */
export function retiredPairs(versions: readonly string[], published: readonly PlannedPair[]): RetiredPair[] {
  if (versions.length > FORMERLY_ALL_PAIRS_UP_TO || published.length === 0) return [];
  const kept = new Set(published.map((pair) => pair.slug));
  const retired: RetiredPair[] = [];
  for (let older = 0; older < versions.length; older++) {
    for (let newer = older + 1; newer < versions.length; newer++) {
      const slug = pairSlug(versions[older]!, versions[newer]!);
      if (kept.has(slug)) continue;
      retired.push({
        from: versions[older]!,
        to: versions[newer]!,
        slug,
        nearest: nearestPair(older, newer, published),
        steps: published.filter((pair) => pair.consecutive && pair.fromIndex >= older && pair.toIndex <= newer),
      });
    }
  }
  return retired;
}

/**
 * The published pair whose two versions are closest to `older` and `newer`
 * (fewest versions away, both sides counted); on a tie, the one that ends at
 * the version the reader asked for, since "what changed to reach version X"
 * is what the reader was after, then the one that starts there.
 */
export function nearestPair(older: number, newer: number, published: readonly PlannedPair[]): PlannedPair {
  const distance = (pair: PlannedPair) => Math.abs(pair.fromIndex - older) + Math.abs(pair.toIndex - newer);
  const rank = (pair: PlannedPair) => [
    distance(pair),
    pair.toIndex === newer ? 0 : 1,
    pair.fromIndex === older ? 0 : 1,
  ];
  return published.reduce((best, pair) => {
    const [a, b] = [rank(pair), rank(best)];
    for (let index = 0; index < a.length; index++)
      if (a[index] !== b[index]) return a[index]! < b[index]! ? pair : best;
    return best;
  });
}
