// The word diffs a policy's redlines share: a pair of texts is diffed once per
// job, the result is the plain word diff's, and a whole job gives exactly the
// redlines that diffing each pair on its own gives.
import { describe, expect, it } from 'vitest';
import { diffWordsWithSpaceFast } from '../../../src/core/diff/myers.ts';
import { rememberingWordDiffer, type WordDiffer } from '../../../src/core/diff/word-memo.ts';
import { diffVersions, type DiffVersion } from '../../../src/core/diff/index.ts';
import { runDiffJob } from '../../../src/core/diff/jobs.ts';
import { prepareRevision } from '../../../src/core/versions/load-revision.ts';
import { policyVersions } from '../../../scripts/bench/synthetic-repo.ts';

function counting(): { differ: WordDiffer; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    differ: (before, after, timeoutMs) => {
      calls.push(`${before}|${after}`);
      return diffWordsWithSpaceFast(before, after, timeoutMs);
    },
  };
}

describe('word diffs remembered within a job', () => {
  it('diffs each distinct pair of texts once and gives the plain word diff', () => {
    const inner = counting();
    const words = rememberingWordDiffer(inner.differ);
    const first = words('The City shall post.', 'The City may post.', 200);
    expect(first).toEqual(diffWordsWithSpaceFast('The City shall post.', 'The City may post.', 200));
    expect(words('The City shall post.', 'The City may post.', 200)).toBe(first);
    // The same old text against another new text is another pair.
    expect(words('The City shall post.', 'The City must post.', 200)).toEqual(
      diffWordsWithSpaceFast('The City shall post.', 'The City must post.', 200),
    );
    expect(inner.calls).toEqual([
      'The City shall post.|The City may post.',
      'The City shall post.|The City must post.',
    ]);
  });

  it('remembers a diff that ran out of time, so the same passage is not tried again', () => {
    let calls = 0;
    const words = rememberingWordDiffer(() => {
      calls += 1;
      return undefined;
    });
    expect(words('a b', 'b a', 200)).toBeUndefined();
    expect(words('a b', 'b a', 200)).toBeUndefined();
    expect(calls).toBe(1);
  });

  it('gives a job the same redlines as each pair diffed alone (synthetic history of 8 versions)', () => {
    const versions: DiffVersion[] = policyVersions('memo-policy', { versions: 8, words: 1500, seed: 7 }).map(
      (text, index) => {
        const source = prepareRevision('policy/memo-policy.mdx', new TextEncoder().encode(text));
        return {
          version: `${index + 1}.0`,
          text: source.body,
          sections: source.document.sections,
          bodyStart: source.bodyStart,
          frontMatter: source.document.frontMatter!,
          blocks: source.document.blocks,
        };
      },
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
