// Which redlines the site publishes for a policy. A static host cannot compute
// a diff on request, so every comparison a reader can ask for must exist as a
// page. For real policies (a handful of versions) that is every pair; past
// `allPairsUpTo` versions (the synthetic benchmark has 20 per policy) it is
// each version against the next one and each version against the newest,
// which is what the issue asks for and keeps the page count linear.

import { pairSlug } from '../routes.ts';
export interface DiffPair {
  /** The older version. */
  from: string;
  /** The newer version. */
  to: string;
  /** `from..to`, the last part of the redline's address. */
  slug: string;
  consecutive: boolean;
  /** `to` is the newest version. */
  againstNewest: boolean;
}

/** Up to this many versions, every pair is published (12 versions → 66 redlines). */
export const ALL_PAIRS_UP_TO = 12;

/** `versions` in version order, oldest first. */
export function diffPairs(versions: readonly string[], allPairsUpTo = ALL_PAIRS_UP_TO): DiffPair[] {
  const newest = versions.length - 1;
  const everyPair = versions.length <= allPairsUpTo;
  const pairs: DiffPair[] = [];
  for (let older = 0; older < versions.length; older++) {
    for (let newer = older + 1; newer < versions.length; newer++) {
      const consecutive = newer === older + 1;
      const againstNewest = newer === newest;
      if (!everyPair && !consecutive && !againstNewest) continue;
      const from = versions[older]!;
      const to = versions[newer]!;
      pairs.push({ from, to, slug: pairSlug(from, to), consecutive, againstNewest });
    }
  }
  return pairs;
}
