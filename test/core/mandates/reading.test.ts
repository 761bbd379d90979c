// Reading policy text: sentences and lemmas (wink-nlp), lexicon expressions,
// and who a sentence is about. The cases from issue 12 are here, each with the
// verdict a careful reader gives.
import { describe, expect, it } from 'vitest';
import { auditPolicy, findExpression, readSentences } from '../../../src/core/mandates/index.ts';
import { r2489 } from './load-mandate.ts';

const mandate = await r2489();

describe('readSentences', () => {
  it('splits sentences, joins wrapped lines, reads list items apart, and gives lemmas and offsets', () => {
    const text =
      'Staff must not post\npersonal attacks. Respond to Questions!\n\n- Personal attacks;\n1. The policy is reviewed annually.';
    const sentences = readSentences(text);
    expect(sentences.map((s) => [s.text, s.listItem])).toEqual([
      ['Staff must not post personal attacks.', false],
      ['Respond to Questions!', false],
      ['Personal attacks;', true],
      ['The policy is reviewed annually.', true],
    ]);
    expect(sentences[3]!.words.map((word) => word.lemma)).toEqual(['the', 'policy', 'be', 'review', 'annually', '.']);
    expect(text.slice(sentences[1]!.start, sentences[1]!.end)).toBe('Respond to Questions!');
  });

  it('is deterministic: the same text always reads the same', () => {
    const text = 'Employees shall respond with short and completely factual responses. Repeat offenders may be banned.';
    expect(readSentences(text)).toEqual(readSentences(text));
  });
});

describe('findExpression', () => {
  const sentence = (text: string) => readSentences(text)[0]!;

  it('matches words by lemma, as written in the text', () => {
    expect(findExpression(sentence('Misuse may lead to Written Warnings.'), ['written warning'])).toMatchObject({
      expression: 'written warning',
      words: 'Written Warnings',
    });
  });

  it('matches the parts of `a ... b` in order, with any words between', () => {
    const found = findExpression(sentence('Staff correct any such misinformation quickly.'), [
      'correct ... misinformation',
    ]);
    expect(found?.words).toBe('correct any such misinformation');
    expect(findExpression(sentence('Misinformation is corrected.'), ['correct ... misinformation'])).toBeUndefined();
  });

  it('never takes a word of a fixed phrase for the concept: "with respect to" is not respect', () => {
    expect(findExpression(sentence('This applies with respect to personal accounts.'), ['respect'])).toBeUndefined();
    expect(findExpression(sentence('Treat people with respect.'), ['respect'])?.words).toBe('respect');
  });

  it('returns the earliest match among the expressions', () => {
    expect(findExpression(sentence('Suspended, then terminated.'), ['terminate', 'suspend'])?.words).toBe('Suspended');
  });
});

/** The statuses of the policy elements an audit of this text does not find missing, and what it did not count. */
function audit(text: string) {
  const report = auditPolicy('excerpt.txt', text, mandate);
  const elements = report.requirements.filter((r) => r.scope === 'policy');
  return {
    found: Object.fromEntries(elements.filter((r) => r.status !== 'missing').map((r) => [r.id, r.status])),
    ignored: elements.flatMap((r) => r.ignored),
  };
}

describe('issue 12: what a careful reader finds', () => {
  it('Sacramento County: responding with factual responses that correct misinformation is a response guideline', () => {
    const text =
      'If a comment contains misinformation, staff should respond with short and completely factual responses that corrects misinformation.';
    expect(audit(text).found).toEqual({ 'response-guidelines': 'partial' });
  });

  it('Orem: conducting oneself as a representative of the City is a behavioral expectation', () => {
    const text =
      'Employees must conduct themselves at all times as a representative of the City and in accordance with all appropriate City policies.';
    expect(audit(text).found).toEqual({ 'behavioral-expectations': 'partial' });
  });

  it("Edgerton: a disclaimer about private individuals' comments is no behavioral expectation", () => {
    const text =
      'Comments from private individuals do not necessarily reflect the values, opinions or policies of the City.';
    expect(audit(text)).toEqual({
      found: {},
      ignored: [
        '"Comments from private individuals do not necessarily reflect the values, opinions or…" (line 1) mentions the City\'s values, but does not count: its subject is the public.',
        '"Comments from private individuals do not necessarily reflect the values, opinions or…" (line 1) mentions personal opinions (not to be posted), but does not count: its subject is the public.',
        '"Comments from private individuals do not necessarily reflect the values, opinions or…" (line 1) mentions comments and messages, but does not count: its subject is the public.',
      ],
    });
  });

  it('"Repeat offenders may be banned" is about the public, not repeated incidents of staff misuse', () => {
    expect(audit('Repeat offenders may be banned.')).toEqual({
      found: {},
      ignored: [
        '"Repeat offenders may be banned." (line 1) mentions repeated incidents, but does not count: it is about moderating what the public posts.',
      ],
    });
  });

  it('La Palma: communicating agency messages is no response guideline', () => {
    expect(audit('Social media accounts shall be used to communicate agency missions and messages.').found).toEqual({});
  });

  it('complying with local, state and federal rules is no monitoring', () => {
    expect(audit('Content should comply with all local, state and federal rules.').found).toEqual({});
  });

  it('a deferred or negated element does not count, and says why', () => {
    expect(audit('Disciplinary actions are not addressed here; see the Personnel Rules.')).toEqual({
      found: {},
      ignored: [
        '"Disciplinary actions are not addressed here; see the Personnel Rules." (line 1) mentions disciplinary action, but does not count: it says the matter is dealt with elsewhere or not at all.',
      ],
    });
    expect(audit('Our social media accounts are not monitored after hours.').ignored).toEqual([
      '"Our social media accounts are not monitored after hours." (line 1) mentions monitoring, but does not count: it is negated.',
    ]);
  });

  it('a prohibition is the rule itself: "must not post personal attacks" meets the concept', () => {
    // Content specifications needs one of its key concepts (what accounts post, or opinions): attacks alone are not.
    expect(audit('City accounts must not post personal attacks or argue with members of the public.').found).toEqual({
      'personal-attacks': 'partial',
    });
  });

  it('a list introduced as rules for the public stays about the public, across blank lines', () => {
    const text =
      'Comments containing any of the following will be removed:\n\n- Personal attacks;\n\n- Vulgar or abusive language.\n\nStaff must never post personal attacks.';
    const report = auditPolicy('excerpt.txt', text, mandate);
    const attacks = report.requirements.find((r) => r.id === 'personal-attacks')!;
    expect(attacks.evidence).toEqual([
      {
        concept: 'personal attacks',
        anchor: 'opening-text',
        line: 7,
        sentence: 'Staff must never post personal attacks.',
        words: 'personal attacks',
      },
    ]);
  });
});
