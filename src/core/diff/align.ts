// Aligns the sections of two versions, as CFPB eRegulations does: first by
// anchor, then by heading with its leading number left out (a section
// renumbered "7." → "9." keeps its place in the lineage although its anchor
// changed), then the leftovers by text similarity that tolerates growth
// (`similarity.ts`: containment as well as overlap, candidates found through a
// shingle index so the cost stays linear). Pairs whose order changed are
// "moved" (the longest run of pairs in the same order stays put; the rest
// moved), whatever else changed about them.
import { CandidateIndex, headingWords, profileOf, similarity } from './similarity.ts';
import type { Segment } from './segments.ts';

export interface Pair {
  oldIndex: number | null;
  newIndex: number | null;
  /** Matched by similarity rather than by anchor or heading. */
  bySimilarity: boolean;
  moved: boolean;
}

/** Below this similarity, two sections are not the same section. */
export const SECTION_THRESHOLD = 0.5;

export function alignSegments(before: readonly Segment[], after: readonly Segment[]): Pair[] {
  const pairs: Pair[] = [];
  const matchedOld = new Set<number>();
  const matchedNew = new Set<number>();
  const match = (oldIndex: number, newIndex: number, bySimilarity: boolean) => {
    pairs.push({ oldIndex, newIndex, bySimilarity, moved: false });
    matchedOld.add(oldIndex);
    matchedNew.add(newIndex);
  };
  const byKey = (key: (segment: Segment) => string) => {
    const newByKey = new Map<string, number>();
    for (const [index, segment] of after.entries()) {
      if (!matchedNew.has(index) && !newByKey.has(key(segment))) newByKey.set(key(segment), index);
    }
    for (const [oldIndex, segment] of before.entries()) {
      if (matchedOld.has(oldIndex)) continue;
      const newIndex = newByKey.get(key(segment));
      if (newIndex === undefined || matchedNew.has(newIndex)) continue;
      match(oldIndex, newIndex, false);
    }
  };
  byKey((segment) => segment.anchor);
  byKey((segment) => (segment.anchor === '' ? '' : `#${headingWords(segment.title)}`));

  const leftOld = before.map((_, index) => index).filter((index) => !matchedOld.has(index));
  const leftNew = after.map((_, index) => index).filter((index) => !matchedNew.has(index));
  if (leftOld.length > 0 && leftNew.length > 0) {
    const index = new CandidateIndex(leftNew.map((newIndex) => profileOf(after[newIndex]!.text)));
    const candidates: { oldIndex: number; newIndex: number; score: number }[] = [];
    for (const oldIndex of leftOld) {
      const profile = profileOf(before[oldIndex]!.text);
      for (const position of index.candidates(profile)) {
        const score = similarity(profile, index.profile(position));
        if (score >= SECTION_THRESHOLD) candidates.push({ oldIndex, newIndex: leftNew[position]!, score });
      }
    }
    candidates.sort((a, b) => b.score - a.score || a.oldIndex - b.oldIndex || a.newIndex - b.newIndex);
    for (const { oldIndex, newIndex } of candidates) {
      if (matchedOld.has(oldIndex) || matchedNew.has(newIndex)) continue;
      match(oldIndex, newIndex, true);
    }
  }

  markMoved(pairs);
  for (const [oldIndex] of before.entries()) {
    if (!matchedOld.has(oldIndex)) pairs.push({ oldIndex, newIndex: null, bySimilarity: false, moved: false });
  }
  for (const [newIndex] of after.entries()) {
    if (!matchedNew.has(newIndex)) pairs.push({ oldIndex: null, newIndex, bySimilarity: false, moved: false });
  }
  return readingOrder(pairs);
}

/** Pairs outside the longest increasing run of old positions (in new order) have moved. */
function markMoved(pairs: Pair[]): void {
  const ordered = [...pairs].sort((a, b) => a.newIndex! - b.newIndex!);
  const olds = ordered.map((pair) => pair.oldIndex!);
  const keep = longestIncreasing(olds);
  ordered.forEach((pair, index) => {
    pair.moved = !keep.has(index);
  });
}

function longestIncreasing(values: readonly number[]): Set<number> {
  // Patience sorting, O(n log n); returns the indexes of one longest increasing subsequence.
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  for (const [index, value] of values.entries()) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  }
  const keep = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]!) keep.add(index);
  return keep;
}

/** New order; a removed section goes right after what preceded it in the old text. */
function readingOrder(pairs: readonly Pair[]): Pair[] {
  const result = pairs.filter((pair) => pair.newIndex !== null).sort((a, b) => a.newIndex! - b.newIndex!);
  const removed = pairs.filter((pair) => pair.newIndex === null).sort((a, b) => a.oldIndex! - b.oldIndex!);
  for (const pair of removed) {
    const before = result.findIndex((candidate) => candidate.oldIndex === pair.oldIndex! - 1);
    result.splice(before + 1, 0, pair);
  }
  return result;
}
