// Runs the mandates over the policies of a repository: evaluates every
// version of every policy a mandate binds (or whose crosswalk names it),
// applies the gates, and works out each mandate's deadlines. The site model
// calls this once per build.
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { CalendarDate } from '../lifecycle/calendar.ts';
import type { PolicyDocument } from '../document/load.ts';
import type { Section } from '../document/sections.ts';
import type { Mandate, PolicyFrontMatter, SiteConfig } from '../schemas/types.ts';
import { closest, listOf } from '../text/english.ts';
import type { MandateCatalogue, MandateReviews, MandateText } from './catalogue.ts';
import { evaluateCompliance } from './evaluate.ts';
import type { ComplianceReport, RequirementResult } from './types.ts';
import { evaluateWebsite, websiteDiagnostics } from './site.ts';
import { bindsPolicy, complianceGates, type VersionCompliance } from './gates.ts';
import { deliveryStatus, type DeliveryStatus } from './delivery.ts';

/** A past version as the history provides it (`PolicyVersion` fits). */
export interface PastVersion {
  version: string;
  frontMatter: PolicyFrontMatter;
  sections: Section[];
  /** The body text and where it starts in the file, so that quoted sentences get their lines. */
  text?: string;
  bodyStart?: number;
  /** True for the version in the working tree; it is replaced by the working-tree document. */
  current: boolean;
}

/** One version's compliance with every mandate that applies to it. */
export interface VersionComplianceModel {
  version: string;
  status: PolicyFrontMatter['status'];
  adopted: CalendarDate | undefined;
  reports: ComplianceReport[];
}

/** A mandate as the site shows it: the catalogue data, its full text and its deadlines. */
export interface MandateModel {
  mandate: Mandate;
  /** The full text (HTML and sections), when the mandate names a document. */
  text: MandateText | undefined;
  /** Ids of the policies it applies to. */
  policies: string[];
  /** Each deadline, judged over every version of those policies. */
  delivery: DeliveryStatus[];
  /** The website requirements (§1.B), judged once for the site: they are not credited to any policy's text. */
  website: RequirementResult[];
}

export interface PolicyCompliance {
  /** Compliance of each policy's current text, by policy path. */
  reports: Map<string, ComplianceReport[]>;
  /** Compliance of every version (oldest first; the last is the current text), by policy path. */
  versions: Map<string, VersionComplianceModel[]>;
  mandates: MandateModel[];
  diagnostics: Diagnostic[];
}

export interface CheckComplianceOptions {
  site: SiteConfig | undefined;
  today: CalendarDate;
  /** Past versions of a policy from history, oldest first. Without it, each policy is its current text only. */
  pastVersions?: (path: string) => readonly PastVersion[];
}

/** The mandates that apply to a policy: those that bind it by tag, and those its crosswalk names. */
export function mandatesFor(document: Pick<PolicyDocument, 'frontMatter'>, mandates: readonly Mandate[]): Mandate[] {
  const named = Object.keys(document.frontMatter?.mandates ?? {});
  return mandates.filter((mandate) => bindsPolicy(mandate, document.frontMatter) || named.includes(mandate.id));
}

export function checkCompliance(
  documents: readonly PolicyDocument[],
  catalogue: Pick<MandateCatalogue, 'mandates' | 'texts'> & Partial<Pick<MandateCatalogue, 'reviews'>>,
  options: CheckComplianceOptions,
): PolicyCompliance {
  const result: PolicyCompliance = { reports: new Map(), versions: new Map(), mandates: [], diagnostics: [] };
  const reviewsOf = (id: string) => catalogue.reviews?.find((entry) => entry.mandateId === id);
  const perMandate = new Map<string, { policies: string[]; versions: VersionCompliance[] }>(
    catalogue.mandates.map((mandate) => [mandate.id, { policies: [], versions: [] }]),
  );
  for (const document of documents) {
    if (!document.frontMatter) continue;
    result.diagnostics.push(...unknownMandates(document, catalogue.mandates));
    const entries = versionEntries(document, options.pastVersions?.(document.path) ?? []);
    const byVersion: VersionComplianceModel[] = entries.map((entry) => ({
      version: entry.frontMatter?.version ?? '',
      status: entry.frontMatter?.status ?? 'draft',
      adopted: entry.frontMatter?.adopted?.date,
      reports: [],
    }));
    for (const mandate of mandatesFor(document, catalogue.mandates)) {
      const versions = entries.map((entry, index) => {
        const report = evaluateCompliance(entry, mandate, reviewsOf(mandate.id)?.reviews);
        byVersion[index]!.reports.push(report);
        return { version: report.version, document: entry, report };
      });
      result.diagnostics.push(...complianceGates(versions, mandate));
      perMandate.get(mandate.id)!.policies.push(document.frontMatter.id);
      perMandate.get(mandate.id)!.versions.push(...versions);
    }
    result.versions.set(document.path, byVersion);
    result.reports.set(document.path, byVersion.at(-1)?.reports ?? []);
  }
  for (const reviews of catalogue.reviews ?? []) {
    result.diagnostics.push(...unknownReviewTargets(reviews, result.versions, documents));
  }
  result.mandates = catalogue.mandates.map((mandate) => {
    const website = evaluateWebsite(mandate, options.site);
    const { policies, versions } = perMandate.get(mandate.id)!;
    // The site falls short once, whatever the number of policies it publishes.
    // Without valid settings (`site` undefined) the site-config error already
    // says what to fix; a "missing" per website requirement would only bury it.
    if (policies.length > 0 && options.site) result.diagnostics.push(...websiteDiagnostics(website, mandate));
    return {
      mandate,
      text: catalogue.texts.find((text) => text.mandateId === mandate.id),
      policies,
      delivery: deliveryStatus(
        mandate,
        versions.filter((entry) => entry.report.binding === 'elements'),
        options.today,
      ),
      website,
    };
  });
  return result;
}

/** A review must name a policy the mandate applies to, and one of its versions. */
function unknownReviewTargets(
  reviews: MandateReviews,
  versions: ReadonlyMap<string, VersionComplianceModel[]>,
  documents: readonly PolicyDocument[],
): Diagnostic[] {
  return reviews.reviews.flatMap((review, index) => {
    const document = documents.find((candidate) => candidate.frontMatter?.id === review.policy);
    const known = document
      ? (versions.get(document.path) ?? []).filter((entry) =>
          entry.reports.some((report) => report.mandateId === reviews.mandateId),
        )
      : [];
    if (known.length === 0) {
      return [
        diagnostic(
          'mandate/review-unknown',
          reviews.path,
          `Unexpected policy \`${review.policy}\` in a staff review: no policy with that id is bound by this mandate.`,
          {
            place: reviews.locate(['reviews', index, 'policy'], 'value'),
            hint: 'Use the `id` from the front matter of a policy the mandate applies to.',
          },
        ),
      ];
    }
    if (known.some((entry) => entry.version === review.version)) return [];
    return [
      diagnostic(
        'mandate/review-unknown',
        reviews.path,
        `Unexpected version \`${review.version}\` of \`${review.policy}\` in a staff review.`,
        {
          place: reviews.locate(['reviews', index, 'version'], 'value'),
          hint: `Its versions: ${known.map((entry) => entry.version).join(', ')}.`,
        },
      ),
    ];
  });
}

type Entry = VersionCompliance['document'] & { text?: string | undefined };

/** Past versions (without positions: their text is not the file on disk), then the working-tree document. */
function versionEntries(document: PolicyDocument, past: readonly PastVersion[]): Entry[] {
  const earlier: Entry[] = past
    .filter((version) => !version.current)
    .map((version) => ({
      path: document.path,
      frontMatter: version.frontMatter,
      sections: version.sections,
      // Section offsets count from the start of the file: pad the body to where it starts.
      ...(version.text !== undefined ? { text: ' '.repeat(version.bodyStart ?? 0) + version.text } : {}),
      locate: () => ({ line: 1, column: 1 }),
    }));
  return [...earlier, document];
}

function unknownMandates(document: PolicyDocument, mandates: readonly Mandate[]): Diagnostic[] {
  const known = mandates.map((mandate) => mandate.id);
  return Object.keys(document.frontMatter?.mandates ?? {})
    .filter((id) => !known.includes(id))
    .map((id) => {
      const suggestion = closest(id, known);
      return diagnostic(
        'mandate/unknown-mandate',
        document.path,
        known.length > 0
          ? `Unexpected mandate \`${id}\` in the crosswalk, expected one of ${listOf(known)}.`
          : `Unexpected mandate \`${id}\` in the crosswalk: there are no mandate files in \`policy/mandates/\`.`,
        {
          place: document.locate(['mandates', id], 'key'),
          hint: suggestion
            ? `Did you mean \`${suggestion}\`?`
            : 'Check the id against the files in `policy/mandates/`.',
        },
      );
    });
}
