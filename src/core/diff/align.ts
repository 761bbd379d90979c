// Aligns the sections of two versions, as CFPB eRegulations does: first by
// anchor, then the leftovers by text similarity (a renamed heading keeps most of
// its text). Pairs whose order changed are "moved" (the longest run of pairs in
// the same order stays put; the rest moved).
import type { Segment } from './segments.ts';

export interface Pair {
  oldIndex: number | null;
  newIndex: number | null;
  /** Matched by similarity rather than by anchor. */
  bySimilarity: boolean;
  moved: boolean;
}

/** Below this Dice similarity of word bags, two sections are not the same section. */
const SIMILARITY_THRESHOLD = 0.5;

export function alignSegments(before: readonly Segment[], after: readonly Segment[]): Pair[] {
  const pairs: Pair[] = [];
  const newByAnchor = new Map(after.map((segment, index) => [segment.anchor, index]));
  const matchedOld = new Set<number>();
  const matchedNew = new Set<number>();
  for (const [oldIndex, segment] of before.entries()) {
    const newIndex = newByAnchor.get(segment.anchor);
    if (newIndex === undefined || matchedNew.has(newIndex)) continue;
    pairs.push({ oldIndex, newIndex, bySimilarity: false, moved: false });
    matchedOld.add(oldIndex);
    matchedNew.add(newIndex);
  }

  const leftOld = before.map((_, index) => index).filter((index) => !matchedOld.has(index));
  const leftNew = after.map((_, index) => index).filter((index) => !matchedNew.has(index));
  const candidates: { oldIndex: number; newIndex: number; score: number }[] = [];
  const bags = new Map<Segment, Map<string, number>>();
  const bagOf = (segment: Segment) => {
    let bag = bags.get(segment);
    if (!bag) bags.set(segment, (bag = wordBag(segment.text)));
    return bag;
  };
  for (const oldIndex of leftOld) {
    for (const newIndex of leftNew) {
      const score = dice(bagOf(before[oldIndex]!), bagOf(after[newIndex]!));
      if (score >= SIMILARITY_THRESHOLD) candidates.push({ oldIndex, newIndex, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.oldIndex - b.oldIndex || a.newIndex - b.newIndex);
  for (const { oldIndex, newIndex } of candidates) {
    if (matchedOld.has(oldIndex) || matchedNew.has(newIndex)) continue;
    pairs.push({ oldIndex, newIndex, bySimilarity: true, moved: false });
    matchedOld.add(oldIndex);
    matchedNew.add(newIndex);
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

function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let common = 0;
  let total = 0;
  for (const [word, count] of a) {
    common += Math.min(count, b.get(word) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 1 : (2 * common) / total;
}
