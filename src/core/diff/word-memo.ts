// Word diffs remembered by content for the redlines of one policy. The pairs of
// one policy compare the same passages again and again: a block unchanged
// between versions k and k+1 meets the same newest block in the pairs (k, newest)
// and (k+1, newest), and the consecutive pairs share passages with those. The
// word diff is a pure function of the two texts, so each distinct pair of
// texts is diffed once per job and the result is shared (callers only read it).
import { diffWordsWithSpaceFast, type TokenChange } from './myers.ts';

/** A word diff: `diffWordsWithSpaceFast` or one that remembers its results. */
export type WordDiffer = (before: string, after: string, timeoutMs: number) => TokenChange[] | undefined;

/**
 * A `WordDiffer` that diffs each pair of texts once. Keep one per job (one
 * policy's redlines) and drop it with the job: it holds every result.
 */
export function rememberingWordDiffer(differ: WordDiffer = diffWordsWithSpaceFast): WordDiffer {
  // Nested maps, so no key joins two long texts into a third.
  const byBefore = new Map<string, Map<string, TokenChange[] | undefined>>();
  return (before, after, timeoutMs) => {
    let byAfter = byBefore.get(before);
    if (!byAfter) byBefore.set(before, (byAfter = new Map()));
    if (byAfter.has(after)) return byAfter.get(after);
    // A diff that ran out of time is remembered too: the same texts would run out again.
    const result = differ(before, after, timeoutMs);
    byAfter.set(after, result);
    return result;
  };
}
