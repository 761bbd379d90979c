// For each R-24-89 requirement, a fixture that meets it, one that partly
// meets it and one that fails it, with the exact status and reasons.
import { describe, expect, it } from 'vitest';
import { evaluateCompliance, evaluateWebsite } from '../../../src/core/mandates/index.ts';
import type { SiteConfig } from '../../../src/core/schemas/types.ts';
import { fixturePolicy, r2489 } from './load-mandate.ts';

const mandate = await r2489();

function result(requirement: string, fixture: 'met' | 'partial' | 'missing') {
  const document = fixturePolicy('requirements', requirement, `${fixture}.md`);
  expect(document.diagnostics).toEqual([]);
  const found = evaluateCompliance(document, mandate).requirements.find((item) => item.id === requirement)!;
  return { status: found.status, reasons: found.reasons };
}

const cases: Record<string, Record<'met' | 'partial' | 'missing', string[]>> = {
  'behavioral-expectations': {
    met: [
      '§1.A.1 Behavioral Expectations: met by #behavioral-expectations: each of its concepts is in a rule for staff, quoted as evidence.',
    ],
    partial: [
      "§1.A.1 Behavioral Expectations: mapped to #conduct, which does not mention respectfulness or the City's values.",
    ],
    missing: [
      '§1.A.1 Behavioral Expectations: mapped to #behavioral-expectations, a heading with no text under it, which never counts.',
    ],
  },
  'content-specifications': {
    met: [
      '§1.A.2 Content Specifications: met by #content: each of its concepts is in a rule for staff, quoted as evidence.',
    ],
    partial: [
      '§1.A.2 Content Specifications: mapped to #content, which does not mention personal opinions (not to be posted), personal attacks (not to be posted) or argumentative or confrontational responses (not to be posted).',
      '§1.A.2 Content Specifications: #content has 35 words; a real rule needs at least 40.',
    ],
    missing: ['§1.A.2 Content Specifications: the crosswalk maps no section of the policy to it.'],
  },
  'personal-attacks': {
    met: [
      '§1.A.3 Prohibition on Personal Attacks: met by #no-personal-attacks: each of its concepts is in a rule for staff, quoted as evidence.',
    ],
    partial: [
      '§1.A.3 Prohibition on Personal Attacks: mapped to #comment-rules, which does not mention personal attacks or disrespect that could erode public trust.',
      '§1.A.3 Prohibition on Personal Attacks: #comment-rules mentions personal attacks in "Comments from the public containing personal attacks will be removed." (line 17), which does not count: it is about moderating what the public posts.',
    ],
    missing: [
      '§1.A.3 Prohibition on Personal Attacks: mapped to #personal-attack, which is not a section of this policy.',
    ],
  },
  'response-guidelines': {
    met: [
      '§1.A.4 Response Guidelines: met by #responding: each of its concepts is in a rule for staff, quoted as evidence.',
    ],
    partial: [
      '§1.A.4 Response Guidelines: mapped to #responding, which does not mention negative, misleading or inflammatory posts or without being confrontational.',
      '§1.A.4 Response Guidelines: #responding has 38 words; a real rule needs at least 40.',
    ],
    missing: [
      '§1.A.4 Response Guidelines: mapped to #records, which does not mention how to respond, comments and messages, a respectful tone, negative, misleading or inflammatory posts or without being confrontational.',
    ],
  },
  'monitoring-and-review': {
    met: [
      '§1.A.5 Monitoring and Review: met by #monitoring: each of its concepts is in a rule for staff, quoted as evidence.',
    ],
    partial: [
      '§1.A.5 Monitoring and Review: mapped to #monitoring, which does not mention a regular review, how often, who does it, all official accounts or compliance with the policy.',
      '§1.A.5 Monitoring and Review: #monitoring has 31 words; a real rule needs at least 40.',
    ],
    missing: [
      '§1.A.5 Monitoring and Review: mapped to #branding, which does not mention monitoring, a regular review, how often, who does it, all official accounts or compliance with the policy.',
    ],
  },
  'disciplinary-actions': {
    met: [
      '§1.A.6 Disciplinary Actions: met by #disciplinary-actions: each of its concepts is in a rule for staff, quoted as evidence.',
    ],
    partial: [
      '§1.A.6 Disciplinary Actions: mapped to #policy, which does not mention retraining, reprimand, suspension, the severity of the incident or repeated incidents.',
      '§1.A.6 Disciplinary Actions: #policy has 37 words; a real rule needs at least 40.',
    ],
    missing: [
      '§1.A.6 Disciplinary Actions: mapped to #policy, which does not mention retraining, reprimand, suspension, termination, the severity of the incident or repeated incidents.',
    ],
  },
  'restorative-actions': {
    met: [
      '§1.A.7 Restorative Actions: met by #restorative-actions: each of its concepts is in a rule for staff, quoted as evidence.',
    ],
    partial: [
      '§1.A.7 Restorative Actions: mapped to #corrections, which does not mention rebuilding public trust, revoking social media privileges or apologies.',
    ],
    missing: [
      '§1.A.7 Restorative Actions: mapped to #corrections, which does not mention rebuilding public trust, revoking social media privileges, public corrections or apologies.',
    ],
  },
  'policy-review': {
    met: [
      '§1.A.8 Policy Review: met by #policy-review: each of its concepts is in a rule for staff, quoted as evidence. The front matter sets `review.intervalMonths` to 12.',
    ],
    partial: [
      '§1.A.8 Policy Review: the front matter has no `review.intervalMonths` (a review interval of at most 24 months).',
    ],
    missing: [
      '§1.A.8 Policy Review: the crosswalk maps no section of the policy to it.',
      '§1.A.8 Policy Review: the front matter has no `review.intervalMonths` (a review interval of at most 24 months).',
    ],
  },
};

describe('each R-24-89 requirement: met, partial and missing', () => {
  for (const [requirement, byStatus] of Object.entries(cases)) {
    for (const status of ['met', 'partial', 'missing'] as const) {
      it(`${requirement}: ${status}`, () => {
        expect(result(requirement, status)).toEqual({ status, reasons: byStatus[status] });
      });
    }
  }

  it('covers every policy-level requirement of the catalogue', () => {
    expect(Object.keys(cases)).toEqual(mandate.requirements.filter((r) => r.scope === 'policy').map((r) => r.id));
  });

  it('a review interval over 24 months is partial', () => {
    const document = fixturePolicy('requirements', 'policy-review', 'met.md');
    const longer = { ...document, frontMatter: { ...document.frontMatter!, review: { intervalMonths: 36 } } };
    const found = evaluateCompliance(longer, mandate).requirements.find((r) => r.id === 'policy-review')!;
    expect(found.status).toBe('partial');
    expect(found.reasons).toEqual([
      '§1.A.8 Policy Review: the front matter sets `review.intervalMonths` to 36; it must be at most 24.',
    ]);
  });
});

describe('website requirements (§1.B) read policy/site.yaml, once for the site', () => {
  const site: SiteConfig = {
    organisation: { name: 'Example City' },
    baseUrl: 'https://policy.example.gov/',
    timeZone: 'America/Denver',
    feedback: { url: 'mailto:feedback@example.gov', label: 'Email feedback' },
    violationReport: { url: 'https://example.gov/report', label: 'Report a violation' },
    reviewWarningDays: 60,
  };
  const siteResults = (config: SiteConfig | undefined) =>
    evaluateWebsite(mandate, config).map((r) => [r.status, r.reasons]);

  it('are not credited to a version: its report counts the eight policy elements only', () => {
    const report = evaluateCompliance(fixturePolicy('requirements', 'policy-review', 'met.md'), mandate);
    expect(report.summary.total).toBe(8);
    expect(report.requirements.every((r) => r.scope === 'policy')).toBe(true);
  });

  it('are met by the site itself, with honest reasons', () => {
    expect(siteResults(site)).toEqual([
      [
        'met',
        [
          "§1.B Published on a public page: met by this site, which publishes every policy on a public page (under https://policy.example.gov/policies/). Whether the City's own Transparency webpage links to it is outside what this check can see.",
        ],
      ],
      [
        'met',
        [
          '§1.B Feedback mechanism: the site settings give a feedback channel: "Email feedback" (mailto:feedback@example.gov).',
        ],
      ],
      [
        'met',
        [
          '§1.B Reporting potential violations: the site settings give a separate channel for reporting violations: "Report a violation" (https://example.gov/report).',
        ],
      ],
    ]);
  });

  it('a violation channel that is the feedback channel is partial', () => {
    const same = { ...site, violationReport: { url: 'mailto:feedback@example.gov/', label: 'Report' } };
    expect(siteResults(same)[2]).toEqual([
      'partial',
      [
        '§1.B Reporting potential violations: the violation-report channel in the site settings is the same as the feedback channel; reports need a separate, private channel.',
      ],
    ]);
  });

  it('without site settings they are missing', () => {
    expect(siteResults(undefined).map(([status]) => status)).toEqual(['missing', 'missing', 'missing']);
  });
});
