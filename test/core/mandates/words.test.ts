import { describe, expect, it } from 'vitest';
import { findTerms, stem, tokenize } from '../../../src/core/mandates/stemming.ts';
import { isAboutThePublic, sentencesOf } from '../../../src/core/mandates/subject.ts';

describe('stem (the documented simple stemming)', () => {
  it('drops plural and -ing/-ed/-ly endings, then a final e', () => {
    expect(
      ['posts', 'apologies', 'reaches', 'monitoring', 'suspended', 'respectfully', 'terminated', 'terminate'].map(stem),
    ).toEqual(['post', 'apology', 'reach', 'monitor', 'suspend', 'respectful', 'terminat', 'terminat']);
  });

  it('leaves words ending in -ss, -us and -is, and short words, alone', () => {
    expect(['process', 'status', 'crisis', 'used', 'City’s'].map(stem)).toEqual([
      'process',
      'status',
      'crisis',
      'used',
      'city',
    ]);
  });

  it('keeps different words different: suspension is not suspend', () => {
    expect(stem('suspension')).not.toBe(stem('suspend'));
  });
});

describe('findTerms', () => {
  it('finds a phrase across line breaks and reports the words as written', () => {
    expect(findTerms('May lead to a\nwritten Reprimand.', ['written reprimand'])).toEqual({
      term: 'written reprimand',
      found: 'written Reprimand',
      start: 14,
    });
  });

  it('returns the earliest match among the terms', () => {
    expect(findTerms('Suspended, then terminated.', ['termination', 'terminate', 'suspend'])?.found).toBe('Suspended');
  });

  it('matches whole words only', () => {
    expect(findTerms('The reprimandment is not a word.', ['reprimand'])).toBeUndefined();
    expect(tokenize("don't").map((token) => token.stem)).toEqual(['dont']);
  });
});

describe('rules about the public are told apart from rules about staff', () => {
  it.each([
    ['Comments containing personal attacks will be removed.', true],
    ['Comments from users that contain any of the following will be removed:', true],
    ['Followers who repeatedly post such content may be blocked.', true],
    ['City accounts must never post personal attacks on anyone, must not argue with members of the public.', false],
    ['Respond to negative comments from the public calmly.', false],
    ['Staff must not post personal attacks.', false],
    ['Departments monitor their own pages and review the comments from residents.', false],
  ])('%s → about the public: %s', (sentence, expected) => {
    expect(isAboutThePublic(sentence)).toBe(expected);
  });

  it('carries an introduction about the public over the list that follows it', () => {
    const text =
      'Comments from the public that contain any of the following will be removed:\n\n- Personal attacks;\n- Spam.\n\nStaff must be courteous.';
    expect(sentencesOf(text).map((sentence) => [sentence.text, sentence.aboutThePublic])).toEqual([
      ['Comments from the public that contain any of the following will be removed:', true],
      ['- Personal attacks;', true],
      ['- Spam.', true],
      ['Staff must be courteous.', false],
    ]);
  });

  it('treats a whole section titled as a comment policy as rules about the public, except replies', () => {
    expect(sentencesOf('No personal attacks.\nWe respond to questions.', 'Comment Policy')).toEqual([
      { text: 'No personal attacks.', aboutThePublic: true },
      { text: 'We respond to questions.', aboutThePublic: false },
    ]);
  });
});
