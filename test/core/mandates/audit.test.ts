// `auditPolicy` on policies nobody has tagged: a fictional "City of Riverbend"
// in Markdown, a plain-text policy with typographic headings only, and a
// Markdown policy with its own front matter.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditPolicy, auditText } from '../../../src/core/mandates/index.ts';
import { fixturePath } from '../../helpers/fixtures.ts';
import { r2489 } from './load-mandate.ts';

const mandate = await r2489();
const path = 'riverbend-social-media-policy.md';
const text = readFileSync(fixturePath('mandates', 'audit-other-city', path), 'utf8');
const report = auditPolicy(path, text, mandate);
const byId = new Map(report.requirements.map((requirement) => [requirement.id, requirement]));

describe('auditPolicy on an untagged Markdown policy', () => {
  it('lists the sections it found, and headings with no text, which never count', () => {
    expect(report.sections.map((section) => [section.title, section.line])).toEqual([
      ['City of Riverbend Social Media Policy', 1],
      ['Purpose', 5],
      ['Authorized Use', 10],
      ['Comment Policy', 16],
      ['Employee Conduct', 27],
      ['Responding to the Public', 34],
      ['Enforcement', 40],
      ['Restorative Measures', 45],
      ['Records', 47],
    ]);
    expect(report.emptyHeadings).toEqual(['Restorative Measures']);
    expect(byId.get('restorative-actions')).toMatchObject({
      status: 'missing',
      matches: [],
      missing: ['rebuilding public trust', 'revoking social media privileges', 'public corrections', 'apologies'],
    });
  });

  it('ranks sections with a score, says why, and quotes each sentence that meets a concept', () => {
    const response = byId.get('response-guidelines')!;
    expect(response.matches.map((m) => [m.score, m.anchor, m.line])).toEqual([[100, 'responding-to-the-public', 34]]);
    expect(response.matches[0]!.why).toBe(
      'Covers 5 of 5: how to respond ("respond to questions and comments"), comments and messages ("questions"), a respectful tone ("politely"), negative, misleading or inflammatory posts ("negative") and without being confrontational ("calmly"); its title names the element.',
    );
    expect(response.status).toBe('met');
    expect(response.evidence[0]).toEqual({
      concept: 'how to respond',
      anchor: 'responding-to-the-public',
      line: 36,
      sentence: 'Staff should respond to questions and comments within one business day.',
      words: 'respond to questions and comments',
    });
  });

  it('never takes the comment policy for the public as a staff rule on personal attacks', () => {
    const attacks = byId.get('personal-attacks')!;
    expect(attacks.matches.map((m) => m.anchor)).not.toContain('comment-policy');
    expect(attacks.matches[0]).toMatchObject({ anchor: 'employee-conduct', score: 90 });
    expect(attacks.status).toBe('met');
  });

  it('says what is missing, what a sentence meeting it would say, and which public rules it did not count', () => {
    expect(byId.get('disciplinary-actions')).toMatchObject({
      status: 'partial',
      missing: ['retraining', 'suspension', 'the severity of the incident', 'repeated incidents'],
      ignored: [
        '"Followers who repeatedly post such content may be blocked." (line 25) mentions repeated incidents, but does not count: it is about moderating what the public posts.',
      ],
    });
    expect(byId.get('disciplinary-actions')!.wanted[1]).toEqual({
      concept: 'suspension',
      sentence: 'Misuse may lead to suspension.',
    });
    expect(byId.get('disciplinary-actions')!.matches[0]).toMatchObject({
      anchor: 'enforcement',
      score: 39,
      why: 'Covers 3 of 7: reprimand ("reprimand"), termination ("termination of employment") and disciplinary action ("disciplinary action").',
    });
  });

  it('judges an element met when the ranked sections cover it together', () => {
    const content = byId.get('content-specifications')!;
    expect(content.matches.slice(0, 2).map((m) => [m.anchor, m.score])).toEqual([
      ['authorized-use', 45],
      ['employee-conduct', 45],
    ]);
    expect(content).toMatchObject({ status: 'met', missing: [] });
  });

  it('leaves website requirements to the site', () => {
    expect(byId.get('feedback-mechanism')).toMatchObject({ status: 'not-checked', matches: [] });
  });
});

describe('auditPolicy reads anything', () => {
  const plain = auditPolicy(
    'millbrook-plain.txt',
    readFileSync(fixturePath('mandates', 'audit-plain', 'millbrook-plain.txt'), 'utf8'),
    mandate,
  );

  it('finds sections from typographic headings in plain text', () => {
    expect(plain.sections.map((section) => [section.title, section.line])).toEqual([
      ['TOWN OF MILLBROOK SOCIAL MEDIA POLICY', 1],
      ['Section 1', 3],
      ['A. Branding', 6],
      ['Employee Conduct', 10],
      ['RESPONDING TO THE PUBLIC', 14],
      ['MONITORING', 18],
      ['Weekly checks', 21],
    ]);
  });

  it('never refuses a document for an authoring rule (numbered lists restart at 1 in each section)', () => {
    const behaviour = plain.requirements.find((r) => r.id === 'behavioral-expectations')!;
    expect(behaviour.status).toBe('met');
    expect(behaviour.evidence.map((e) => [e.concept, e.line, e.anchor])).toEqual([
      ['respectfulness', 11, 'employee-conduct'],
      ['professionalism', 11, 'employee-conduct'],
      ["the City's values", 11, 'employee-conduct'],
    ]);
  });

  it('reads the text directly under a heading that has sub-headings', () => {
    const monitoring = plain.requirements.find((r) => r.id === 'monitoring-and-review')!;
    expect(monitoring.evidence.find((e) => e.concept === 'monitoring')).toEqual({
      concept: 'monitoring',
      anchor: 'monitoring',
      line: 19,
      sentence: 'The Communications Manager shall monitor every account daily.',
      words: 'monitor',
    });
    expect(monitoring.evidence.find((e) => e.concept === 'a regular review')?.anchor).toBe('weekly-checks');
  });

  it('quotes the evidence in its text output, with lines and the credited words', () => {
    const output = auditText(plain);
    expect(output).toContain(
      '  Found: monitoring, line 19 (#monitoring): "The Communications Manager shall monitor every account daily."\n       Credited words: "monitor"',
    );
    expect(output).toContain('  Missing: suspension. It would say: Misuse may lead to suspension.');
    expect(output.split('\n')[2]).toBe(
      '1 of 8 policy elements met, 3 partial, 4 missing. This is automated reading: each element found is quoted below, for a person to confirm.',
    );
  });

  it('never refuses Markdown whose numbered lists restart at 1 under each heading', () => {
    const markdown = [
      '## Conduct',
      '',
      '1. Staff must be courteous and professional.',
      '2. Staff must never post personal attacks.',
      '',
      '## Discipline',
      '',
      '1. Misuse may lead to a written reprimand.',
      '2. Serious misuse may lead to suspension.',
      '',
    ].join('\n');
    const report = auditPolicy('restarts.md', markdown, mandate);
    expect(report.sections.map((section) => section.anchor)).toEqual(['conduct', 'discipline']);
    const discipline = report.requirements.find((r) => r.id === 'disciplinary-actions')!;
    expect(discipline.evidence.map((e) => [e.concept, e.line])).toEqual([
      ['reprimand', 8],
      ['suspension', 9],
      ['the severity of the incident', 9],
    ]);
  });

  it("uses the file's own front matter", () => {
    const fairview = auditPolicy(
      'fairview-policy.md',
      readFileSync(fixturePath('mandates', 'audit-plain', 'fairview-policy.md'), 'utf8'),
      mandate,
    );
    const review = fairview.requirements.find((r) => r.id === 'policy-review')!;
    expect(review).toMatchObject({ status: 'met', missing: [] });
    expect(fairview.sections).toEqual([{ anchor: 'policy-review', title: 'Policy Review', line: 7 }]);
  });
});
