// Word diffs remembered by content for the redlines of one policy. The pairs of
// one policy compare the same passages again and again: a block unchanged
// between versions k and k+1 meets the same newest block in the pairs (k, newest)
// and (k+1, newest), and the consecutive pairs share passages with those. The
// word diff is a pure function of the two texts, so each distinct pair of
// texts is diffed once per job and the result is shared (callers only read it).
// Likewise each text is tokenised once per job, however many texts it meets.
import { diffTokenised, tokenise, type TokenChange, type Tokenised } from './myers.ts';

/** A word diff: `diffWordsWithSpaceFast` or one that remembers its results. */
export type WordDiffer = (before: string, after: string, timeoutMs: number) => TokenChange[] | undefined;

/**
 * A `WordDiffer` that diffs each pair of texts once and tokenises each text
 * once, with the results of `diffWordsWithSpaceFast`. Keep one per job (one
 * policy's redlines) and drop it with the job: it holds every result.
 */
export function rememberingWordDiffer(): WordDiffer {
  // Token numbers of this job only: its texts are compared with each other, never with another job's.
  const table = new Map<string, number>();
  const tokenised = new Map<string, Tokenised>();
  const tokensOf = (text: string): Tokenised => {
    let tokens = tokenised.get(text);
    if (!tokens) tokenised.set(text, (tokens = tokenise(text, table)));
    return tokens;
  };
  // Nested maps, so no key joins two long texts into a third.
  const byBefore = new Map<string, Map<string, TokenChange[] | undefined>>();
  return (before, after, timeoutMs) => {
    let byAfter = byBefore.get(before);
    if (!byAfter) byBefore.set(before, (byAfter = new Map()));
    if (byAfter.has(after)) return byAfter.get(after);
    // A diff that ran out of time is remembered too: the same texts would run out again.
    const result = diffTokenised(tokensOf(before), tokensOf(after), timeoutMs);
    byAfter.set(after, result);
    return result;
  };
}
