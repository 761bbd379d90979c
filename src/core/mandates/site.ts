// Website requirements (R-24-89 §1.B): the policies on a public page, a
// feedback channel, and a separate channel for reporting violations. They are
// read from `policy/site.yaml`; the site itself is the public page. They belong
// to the site, so they are judged once per mandate, never credited to the text
// of a policy version.
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { SITE_CONFIG_PATH } from '../repository/site-config.ts';
import type { Mandate, Requirement, SiteConfig } from '../schemas/types.ts';
import type { RequirementResult, RequirementStatus } from './types.ts';

/** The mandate's website requirements, judged against the site settings. */
export function evaluateWebsite(mandate: Mandate, site: SiteConfig | undefined): RequirementResult[] {
  const pageUrl = site ? `${site.baseUrl.replace(/\/?$/, '/')}policies/` : undefined;
  return mandate.requirements
    .filter((requirement) => requirement.scope === 'site')
    .map((requirement) => evaluateSiteRequirement(requirement, site, pageUrl));
}

/** An error on `policy/site.yaml` for each website requirement the site falls short of. */
export function websiteDiagnostics(results: readonly RequirementResult[], mandate: Mandate): Diagnostic[] {
  return results
    .filter((result) => result.status !== 'met')
    .map((result) =>
      diagnostic(
        result.status === 'missing' ? 'mandate/missing-element' : 'mandate/partial-element',
        SITE_CONFIG_PATH,
        `${mandate.citation} ${result.clause} ${result.title} (a website requirement) is ${result.status}: ${result.reasons
          .map((reason) => reason.slice(`${result.clause} ${result.title}: `.length))
          .join(' ')
          .replace(/\.$/, '')}.`,
        { hint: `Add to \`${SITE_CONFIG_PATH}\`: ${result.missing.join(', ')}.` },
      ),
    );
}

function evaluateSiteRequirement(
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
    textHash: '',
    accepted: status === 'met',
  };
}

type Judgement = [RequirementStatus, string, string | undefined];

function judge(
  check: Requirement['checks']['site'],
  site: SiteConfig | undefined,
  pageUrl: string | undefined,
): Judgement {
  if (!site) {
    return ['missing', 'the site settings are missing or not valid, so they cannot be checked.', 'site settings'];
  }
  switch (check) {
    case 'public-page':
      return [
        'met',
        `met by this site, which publishes every policy on a public page${pageUrl ? ` (under ${pageUrl})` : ''}. Whether the City's own Transparency webpage links to it is outside what this check can see.`,
        undefined,
      ];
    case 'feedback':
      return [
        'met',
        `the site settings give a feedback channel: "${site.feedback.label}" (${site.feedback.url}).`,
        undefined,
      ];
    case 'violation-report':
      return sameChannel(site.feedback.url, site.violationReport.url)
        ? [
            'partial',
            'the violation-report channel in the site settings is the same as the feedback channel; reports need a separate, private channel.',
            'a separate violation-report channel',
          ]
        : [
            'met',
            `the site settings give a separate channel for reporting violations: "${site.violationReport.label}" (${site.violationReport.url}).`,
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
