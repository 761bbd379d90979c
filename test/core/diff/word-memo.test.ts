// The word diffs a policy's redlines share: a pair of texts is diffed once per
// job, the result is the plain word diff's, and a whole job gives exactly the
// redlines that diffing each pair on its own gives.
import { describe, expect, it } from 'vitest';
import { diffWordsWithSpaceFast } from '../../../src/core/diff/myers.ts';
import { rememberingWordDiffer } from '../../../src/core/diff/word-memo.ts';
import { diffVersions, type DiffVersion } from '../../../src/core/diff/index.ts';
import { runDiffJob } from '../../../src/core/diff/jobs.ts';
import { diffSideOf, prepareRevision } from '../../../src/core/versions/load-revision.ts';
import { policyVersions } from '../../../scripts/bench/synthetic-repo.ts';

describe('word diffs remembered within a job', () => {
  it('gives the plain word diff, and the same result again for the same pair of texts', () => {
    const words = rememberingWordDiffer();
    const first = words('The City shall post.', 'The City may post.', 200);
    expect(first).toEqual(diffWordsWithSpaceFast('The City shall post.', 'The City may post.', 200));
    expect(words('The City shall post.', 'The City may post.', 200)).toBe(first);
    // The same old text against another new text is another pair.
    expect(words('The City shall post.', 'The City must post.', 200)).toEqual(
      diffWordsWithSpaceFast('The City shall post.', 'The City must post.', 200),
    );
    expect(words('', 'New text.\r\n', 200)).toEqual(diffWordsWithSpaceFast('', 'New text.\r\n', 200));
  });

  it('remembers a diff that ran out of time, so the same passage is not tried again', () => {
    const words = rememberingWordDiffer();
    expect(words('a b c', 'c b a', -1)).toBeUndefined();
    // With all the time in the world, the pair is still the one that ran out.
    expect(words('a b c', 'c b a', 10_000)).toBeUndefined();
    expect(words('a b c', 'c a b', 10_000)).toEqual(diffWordsWithSpaceFast('a b c', 'c a b', 10_000));
  });

  it('gives a job the same redlines as each pair diffed alone (synthetic history of 8 versions)', () => {
    const versions: DiffVersion[] = policyVersions('memo-policy', { versions: 8, words: 1500, seed: 7 }).map(
      (text, index) =>
        diffSideOf(prepareRevision('policy/memo-policy.mdx', new TextEncoder().encode(text)), `${index + 1}.0`),
    );
    const newest = versions.length - 1;
    const pairs = [
      ...versions.slice(1).map((_, index) => [index, index + 1] as const),
      ...versions.slice(0, -2).map((_, index) => [index, newest] as const),
    ];
    const together = runDiffJob({ policy: 'memo-policy', versions, pairs });
    const alone = pairs.map(([from, to]) => diffVersions(versions[from]!, versions[to]!, { policy: 'memo-policy' }));
    expect(JSON.stringify(together)).toBe(JSON.stringify(alone));
    expect(together.some((model) => model.totals.wordsInserted > 0)).toBe(true);
  });
});
