import { describe, expect, it } from 'vitest';
import { readerWords, sectionNames } from '../../src/core/text/plain-words.ts';

const labels = { policy: 'Policy', 'k-c': '§K(c)' };

describe('readerWords: the checker’s reasons in a reader’s words', () => {
  it('names sections by their titles and fields by what they mean', () => {
    expect(
      readerWords('§1.A.6 Disciplinary Actions: mapped to #policy, which does not mention suspension.', labels),
    ).toBe('§1.A.6 Disciplinary Actions: mapped to “Policy”, which does not mention suspension.');
    expect(readerWords('§1.A.8 Policy Review: `review.intervalMonths` is missing.', labels)).toBe(
      '§1.A.8 Policy Review: a review interval (how many months between reviews) is missing.',
    );
    expect(readerWords('mapped to #gone (#k-c too)', labels)).toBe(
      'mapped to a section that is not in this version (“§K(c)” too)',
    );
  });

  it('leaves a pull request number or an email alone', () => {
    expect(readerWords('See pull request #12 or write to a@b.gov.', labels)).toBe(
      'See pull request #12 or write to a@b.gov.',
    );
  });

  it('lists anchors as section titles', () => {
    expect(sectionNames(['policy', 'k-c'], labels)).toBe('“Policy”, “§K(c)”');
  });
});
