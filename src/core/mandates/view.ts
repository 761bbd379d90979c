// What `policy compliance` and the site's compliance pages show: for one
// policy, each mandate that applies to it, every version's clause-by-clause
// result, and the mandate's deadlines. Plain JSON.
import type { PolicyFrontMatter } from '../schemas/types.ts';
import type { ComplianceReport, RequirementResult } from './types.ts';
import type { MandateModel, VersionComplianceModel } from './check.ts';
import type { DeliveryStatus } from './delivery.ts';
import { isGrandfathered } from './gates.ts';
import { reviewLine } from './reviews.ts';

export interface VersionComplianceView {
  version: string;
  status: PolicyFrontMatter['status'];
  adopted: string | undefined;
  /** Adopted before the mandate was enacted: gaps are shown, not failed. */
  grandfathered: boolean;
  /** The working-tree text. */
  current: boolean;
  report: ComplianceReport;
  /** "8 of 8 policy elements met", or for a policy bound for publication only, says so. */
  headline: string;
  /** What each element's row shows beyond its status: the quoted sentences, what is missing, the staff review. */
  evidence: Record<string, RequirementEvidenceView>;
}

/** One quoted sentence of the policy, split around the words credited for the concept. */
export interface QuoteView {
  concept: string;
  before: string;
  words: string;
  after: string;
  line: number;
  anchor: string;
}

export interface RequirementEvidenceView {
  /** For a met or partial element: the sentence that meets each concept. */
  quotes: QuoteView[];
  /** For each concept not met: what a sentence meeting it would say. */
  wanted: { concept: string; sentence: string }[];
  /** The staff review in one sentence, and whether it still counts. */
  review?: { text: string; current: boolean };
}

export interface MandateComplianceView {
  mandateId: string;
  citation: string;
  title: string;
  enacted: string;
  versions: VersionComplianceView[];
  delivery: DeliveryStatus[];
  /** The website requirements (§1.B): the site's, shown once, never credited to a version's text. */
  website: RequirementResult[];
  /** Those requirements named in a line: "§1.B Published on a public page, §1.B Feedback mechanism…". */
  websiteNames: string;
}

export interface ComplianceView {
  policy: { id: string; number: string; title: string };
  mandates: MandateComplianceView[];
}

export function complianceView(
  policy: { id: string; frontMatter: PolicyFrontMatter; versionCompliance: readonly VersionComplianceModel[] },
  mandates: readonly MandateModel[],
  onlyVersion?: string,
): ComplianceView {
  const last = policy.versionCompliance.length - 1;
  const views: MandateComplianceView[] = [];
  for (const { mandate, delivery, website } of mandates) {
    const versions = policy.versionCompliance.flatMap((entry, index) => {
      const report = entry.reports.find((candidate) => candidate.mandateId === mandate.id);
      if (!report || (onlyVersion !== undefined && entry.version !== onlyVersion)) return [];
      const adopted = entry.adopted === undefined ? undefined : { date: entry.adopted, by: '' };
      const grandfathered = isGrandfathered({ status: entry.status, adopted }, mandate);
      return [
        {
          version: entry.version,
          status: entry.status,
          adopted: entry.adopted,
          grandfathered,
          current: index === last,
          report,
          headline: headline(report),
          evidence: Object.fromEntries(report.requirements.map((result) => [result.id, requirementEvidence(result)])),
        },
      ];
    });
    if (versions.length === 0) continue;
    views.push({
      mandateId: mandate.id,
      citation: mandate.citation,
      title: mandate.title,
      enacted: mandate.enacted,
      versions,
      delivery,
      website,
      websiteNames: website.map((result) => `${result.clause} ${result.title}`).join(', '),
    });
  }
  return {
    policy: { id: policy.id, number: policy.frontMatter.number, title: policy.frontMatter.title },
    mandates: views,
  };
}

export function headline(report: ComplianceReport): string {
  if (report.binding === 'publication') return `Bound by ${report.citation} for publication only`;
  const { met, total } = report.summary;
  return `${met} of ${total} policy elements met`;
}

export function requirementEvidence(result: RequirementResult): RequirementEvidenceView {
  const quotes: QuoteView[] =
    result.status === 'missing'
      ? []
      : result.concepts.flatMap((concept) => {
          if (!concept.evidence) return [];
          const { sentence, words, line, anchor } = concept.evidence;
          const at = sentence.indexOf(words);
          return [
            {
              concept: concept.name,
              before: at < 0 ? sentence : sentence.slice(0, at),
              words: at < 0 ? '' : words,
              after: at < 0 ? '' : sentence.slice(at + words.length),
              line,
              anchor,
            },
          ];
        });
  const wanted = result.concepts
    .filter((concept) => !concept.found && !concept.optional)
    .map((concept) => ({ concept: concept.name, sentence: concept.wanted }));
  return {
    quotes,
    wanted,
    ...(result.review ? { review: { text: reviewLine(result.review), current: result.review.current } } : {}),
  };
}

/** The website requirements of a mandate (§1.B), as the transparency and mandate pages show them, once. */
export interface WebsiteRequirementsView {
  citation: string;
  /** "3 of 3 website requirements met by this site" */
  summary: string;
  items: { id: string; clause: string; title: string; status: RequirementResult['status']; reason: string }[];
}

export function websiteView(mandate: Pick<MandateModel, 'mandate' | 'website'>): WebsiteRequirementsView {
  const met = mandate.website.filter((result) => result.status === 'met').length;
  return {
    citation: mandate.mandate.citation,
    summary: `${met} of ${mandate.website.length} website requirements met by this site`,
    items: mandate.website.map((result) => {
      const prefix = `${result.clause} ${result.title}: `;
      const reason = (result.reasons[0] ?? '').replace(prefix, '');
      return {
        id: result.id,
        clause: result.clause,
        title: result.title,
        status: result.status,
        reason: reason.charAt(0).toUpperCase() + reason.slice(1),
      };
    }),
  };
}
