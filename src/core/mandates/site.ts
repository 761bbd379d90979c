// Site-level requirements (R-24-89 §1.B): the policies on a public page, a
// feedback channel, and a separate channel for reporting violations. They are
// read from `policy/site.yaml`; the site itself is the public page.
import type { Requirement, SiteConfig } from '../schemas/types.ts';
import type { RequirementResult, RequirementStatus } from './types.ts';

export function evaluateSiteRequirement(
  requirement: Requirement,
  site: SiteConfig | undefined,
  pageUrl: string | undefined,
): RequirementResult {
  const prefix = `${requirement.clause} ${requirement.title}`;
  const [status, reason, missing] = judge(requirement.checks.site, site, pageUrl);
  return {
    id: requirement.id,
    clause: requirement.clause,
    title: requirement.title,
    scope: requirement.scope,
    status,
    anchors: [],
    unknownAnchors: [],
    emptyAnchors: [],
    concepts: [],
    fields: [],
    missing: missing ? [missing] : [],
    reasons: [`${prefix}: ${reason}`],
  };
}

type Judgement = [RequirementStatus, string, string | undefined];

function judge(
  check: Requirement['checks']['site'],
  site: SiteConfig | undefined,
  pageUrl: string | undefined,
): Judgement {
  if (!site) {
    return [
      'missing',
      'there is no valid `policy/site.yaml`, so the site settings cannot be checked.',
      'site settings',
    ];
  }
  switch (check) {
    case 'public-page':
      return [
        'met',
        `met by this site, which publishes every policy in \`policy/\` on a public page${pageUrl ? ` (this one at ${pageUrl})` : ''}. Whether the City's own Transparency webpage links to it is outside what this check can see.`,
        undefined,
      ];
    case 'feedback':
      return [
        'met',
        `\`policy/site.yaml\` gives a feedback channel: "${site.feedback.label}" (${site.feedback.url}).`,
        undefined,
      ];
    case 'violation-report':
      return sameChannel(site.feedback.url, site.violationReport.url)
        ? [
            'partial',
            'the violation-report channel in `policy/site.yaml` is the same as the feedback channel; reports need a separate, private channel.',
            'a separate violation-report channel',
          ]
        : [
            'met',
            `\`policy/site.yaml\` gives a separate channel for reporting violations: "${site.violationReport.label}" (${site.violationReport.url}).`,
            undefined,
          ];
    default:
      return [
        'missing',
        'the mandate file does not say which site condition to check (`checks.site`).',
        'a site check',
      ];
  }
}

function sameChannel(a: string, b: string): boolean {
  const normalise = (url: string) => url.split('?')[0]!.replace(/\/$/, '').toLowerCase();
  return normalise(a) === normalise(b);
}
