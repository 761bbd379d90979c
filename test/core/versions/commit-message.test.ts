// The pull request number read from a commit subject reaches links such as
// `…/pull/12`; an absurd one must not become `pull/1.2345678901234568e+29`.
import { describe, expect, it } from 'vitest';
import { pullRequestOf } from '../../../src/core/versions/commit-message.ts';

describe('pullRequestOf', () => {
  it('reads the number of a merge and of a squash subject', () => {
    expect(pullRequestOf('Merge pull request #12 from cabq/fix\n\nBody')).toBe(12);
    expect(pullRequestOf('Tighten clause K (#345)')).toBe(345);
  });

  it('accepts nine digits, the most a real pull request can have', () => {
    expect(pullRequestOf('Merge pull request #123456789 from cabq/fix')).toBe(123456789);
  });

  it('treats a number longer than nine digits as no pull request number', () => {
    expect(pullRequestOf('Merge pull request #1234567890 from cabq/fix')).toBeUndefined();
    expect(pullRequestOf('Merge pull request #123456789012345678901234567890 from cabq/fix')).toBeUndefined();
    expect(pullRequestOf('Tighten clause K (#123456789012345678901234567890)')).toBeUndefined();
  });

  it('does not count leading zeros as digits', () => {
    expect(pullRequestOf('Tighten clause K (#0000000000007)')).toBe(7);
  });

  it('gives no number when the subject names none', () => {
    expect(pullRequestOf('Tighten clause K')).toBeUndefined();
  });
});
