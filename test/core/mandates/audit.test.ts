// `auditPolicy` on another city's untagged policy (a fictional "City of Riverbend").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditPolicy } from '../../../src/core/mandates/index.ts';
import { fixturePath } from '../../helpers/fixtures.ts';
import { r2489 } from './load-mandate.ts';

const mandate = await r2489();
const path = 'riverbend-social-media-policy.md';
const text = readFileSync(fixturePath('mandates', 'audit-other-city', path), 'utf8');
const report = auditPolicy(path, text, mandate);
const byId = new Map(report.requirements.map((requirement) => [requirement.id, requirement]));

describe('auditPolicy on an untagged policy', () => {
  it('reads the file without errors and lists headings with no text, which never count', () => {
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.emptyHeadings).toEqual(['Restorative Measures']);
    expect(byId.get('restorative-actions')).toMatchObject({
      status: 'missing',
      matches: [],
      missing: ['rebuilding public trust', 'revoking social media privileges', 'public corrections', 'apologies'],
    });
  });

  it('ranks sections with a score and says why they matched', () => {
    expect(byId.get('response-guidelines')!.matches.map((m) => [m.score, m.anchor, m.line])).toEqual([
      [100, 'responding-to-the-public', 34],
      [18, 'employee-conduct', 27],
      [18, 'records', 47],
    ]);
    expect(byId.get('response-guidelines')!.matches[0]!.why).toBe(
      'Covers 5 of 5: how to respond ("respond"), comments and messages ("questions"), a respectful tone ("politely"), negative, misleading or inflammatory posts ("negative") and without being confrontational ("calmly"); its title names the element.',
    );
    expect(byId.get('response-guidelines')!.status).toBe('met');
  });

  it('never takes the comment policy for the public as a staff rule on personal attacks', () => {
    const attacks = byId.get('personal-attacks')!;
    expect(attacks.matches.map((m) => m.anchor)).not.toContain('comment-policy');
    expect(attacks.matches[0]).toMatchObject({ anchor: 'employee-conduct', score: 90 });
    expect(attacks.status).toBe('met');
  });

  it('says what is missing, and which public rules it did not count', () => {
    expect(byId.get('disciplinary-actions')).toMatchObject({
      status: 'partial',
      missing: ['retraining', 'suspension', 'the severity of the incident', 'repeated incidents'],
      ignored: [
        '"Followers who repeatedly post such content may be blocked." mentions repeated incidents, but it is a rule about what the public posts.',
      ],
    });
    expect(byId.get('disciplinary-actions')!.matches[0]).toMatchObject({
      anchor: 'enforcement',
      score: 30,
      why: 'Covers 2 of 6: reprimand ("reprimand") and termination ("termination").',
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

  it('leaves site-level requirements to the site', () => {
    expect(byId.get('feedback-mechanism')).toMatchObject({ status: 'not-checked', matches: [] });
  });
});
