// The one model both views render: the CLI (`policy …`) and the site.
// `buildSiteModel` is the single place where the pipeline runs; the result is
// a plain, JSON-serialisable object plus every diagnostic.
import { sortDiagnostics, withMessageUrls, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { checkLinks, linkTarget, policyIdOf, siteAddress } from '../repository/links.ts';
import type { PolicyFiles } from '../ports.ts';
import type { CalendarDate } from '../lifecycle/calendar.ts';
import { loadRepository } from '../repository/load.ts';
import type { Section } from '../document/sections.ts';
import type { PolicyFrontMatter, SiteConfig } from '../schemas/types.ts';
import type { PolicyHistory } from '../ports.ts';
import type { EarlierRevision, PolicyVersion } from '../versions/types.ts';
import type { RevisionParser } from '../versions/load-revision.ts';
import type { PairDiffer } from '../diff/jobs.ts';
import type { PublishedDiff } from '../diff/types.ts';
import { readPolicyHistories, withCompliance } from '../versions/policy-histories.ts';
import { planPairs } from '../versions/pair-plan.ts';
import { assessLifecycle, gatingReports } from '../lifecycle/rules.ts';
import { DEFAULT_REVIEW_WARNING_DAYS, type ReviewStatus } from '../lifecycle/schedule.ts';
import type { CommentStatus } from '../lifecycle/comment-period.ts';
import { decoratePolicyHtml } from './policy-page.ts';
import { readingVersion } from './reading.ts';
import { publishHistory, type HistoryView, type PublishedVersion, type SectionHistory } from './index.ts';
import { reviewRows, type ReviewRow } from './reviews.ts';
import {
  channelViews,
  deadlineViews,
  mandatePageView,
  policyViews,
  type ChannelView,
  type DeadlineView,
  type MandatePageView,
  type PolicyViews,
} from './page-views.ts';
import { siteCalendarEvents, type CalendarEvent } from './ics.ts';
import {
  checkCompliance,
  loadMandates,
  type ComplianceReport,
  type MandateModel,
  type VersionComplianceModel,
} from '../mandates/index.ts';
import { absoluteUrl, contentsAnchor, policyPath, versionPath } from '../routes.ts';
import type { PolicyDocument } from '../document/load.ts';

export interface PolicyModel {
  id: string;
  path: string;
  frontMatter: PolicyFrontMatter;
  sections: Section[];
  /** Sanitised HTML of the current text. */
  html: string;
  /** Every version from git history, oldest first; the last is the current text (its HTML is in `versionHtml`). */
  versions: PublishedVersion[];
  /** Committed revisions from before the file had front matter, oldest first: earlier revisions, not versions. */
  earlierRevisions: EarlierRevision[];
  /** The redlines of the published pairs (`versions/pair-plan.ts`), site builds only. */
  diffs: PublishedDiff<ComplianceReport[]>[];
  /** Which version is the latest and which in force, and the redlines published for each version (site builds). */
  history: HistoryView;
  /** Every change to each section across the versions, followed through renames and moves (site builds). */
  sectionHistories: SectionHistory[];
  /** The review schedule: interval, last review, next due date, status, owner and log. */
  review: ReviewStatus;
  /** The public comment period, when the version has one. */
  comment: CommentStatus | undefined;
  /** Each version's text with its reading tools (citations to its own address, clause links, feedback), by version. */
  versionHtml: Record<string, string>;
  /** Compliance of the current text with each mandate that applies to it (R-24-89…). */
  compliance: ComplianceReport[];
  /** Compliance of every version, oldest first; the last is the current text. */
  versionCompliance: VersionComplianceModel[];
  /** What the policy's pages show beyond the fields above, worked out once (page-views.ts). */
  views: PolicyViews;
}

export interface SiteModel {
  /** The date the model was built for (the clock is an input). */
  today: CalendarDate;
  site: SiteConfig | undefined;
  policies: PolicyModel[];
  /** The mandates (`policy/mandates/`): catalogue data, full text and deadlines. */
  mandates: MandateModel[];
  /** The review schedule: each policy's version in force (else its latest), overdue first. */
  reviews: ReviewRow[];
  /** What each mandate's page shows, by mandate id (page-views.ts). */
  mandatePages: Record<string, MandatePageView>;
  /** The two public channels, with their addresses written out (empty without site settings). */
  channels: ChannelView[];
  /** Every mandate deadline (R-24-89 §2), for the home page. */
  deadlines: DeadlineView[];
  /** What `reviews.ics` holds: due reviews, comment-period closes and mandate deadlines. Empty: no calendar offered. */
  calendar: CalendarEvent[];
  diagnostics: Diagnostic[];
}

export interface BuildOptions {
  files: PolicyFiles;
  today: CalendarDate;
  /** Render HTML (the site needs it; `policy check` does not). */
  render?: boolean;
  /** Where past revisions come from (git in the CLI and the site, in-memory in tests). Without it: current text only. */
  history?: PolicyHistory;
  /** Compute the redlines between versions; defaults to `render`. */
  diffs?: boolean;
  /** Parses past revisions in bulk (worker threads in the site build); without it, each is parsed when first needed. */
  revisionParser?: RevisionParser;
  /** Computes the redlines in bulk (shared with a worker thread in the site build); without it, one after another. */
  pairDiffer?: PairDiffer;
}

interface TextOfVersion {
  version: string;
  frontMatter: PolicyFrontMatter;
  sections: Section[];
  html: string | undefined;
}

/** The versions with a text to show; without history (CLI, some tests), the current text alone. */
function textsOf(document: PolicyDocument, versions: readonly PolicyVersion[]): TextOfVersion[] {
  const fm = document.frontMatter!;
  if (versions.length === 0)
    return [{ version: fm.version, frontMatter: fm, sections: document.sections, html: document.html }];
  return versions.map((version) => ({
    version: version.version,
    frontMatter: version.frontMatter,
    sections: version.sections,
    html: version.html ?? (version.current ? document.html : undefined),
  }));
}

/**
 * A version's HTML with its reading tools. Citations name the version and its
 * permanent address (`/policies/ai-1-19/1.0/#k-c`), as eCFR and legislation.gov.uk
 * do, on every version page and on the policy's own address alike.
 */
function decorateVersion(
  id: string,
  text: TextOfVersion,
  site: SiteConfig | undefined,
  versionLink: string | undefined,
): string {
  if (!text.html || !site) return text.html ?? '';
  return decoratePolicyHtml(text.html, text.sections, {
    frontMatter: text.frontMatter,
    // `undefined`: there are no version pages (no history was read), so the policy's address is the only one.
    pageUrl: absoluteUrl(site.baseUrl, versionLink === undefined ? policyPath(id) : versionPath(id, text.version)),
    feedback: site.feedback,
    versionLink,
    contentsId: contentsAnchor,
  });
}

export async function buildSiteModel(options: BuildOptions): Promise<SiteModel> {
  const repository = await loadRepository(options.files, { render: options.render ?? true });
  const policies: PolicyModel[] = [];
  const diagnostics = [...repository.diagnostics];
  const histories = await readPolicyHistories(
    repository.documents.filter((document) => document.frontMatter),
    {
      history: options.history,
      render: options.render ?? true,
      diffs: options.diffs ?? options.render ?? true,
      parser: options.revisionParser,
      differ: options.pairDiffer,
    },
  );
  diagnostics.push(...histories.diagnostics);
  diagnostics.push(...policyLinkProblems(repository, histories));
  const catalogue = await loadMandates(options.files, { render: options.render ?? true });
  const compliance = checkCompliance(repository.documents, catalogue, {
    site: repository.site,
    today: options.today,
    pastVersions: (path) => histories.byPath.get(path)?.versions ?? [],
  });
  diagnostics.push(...catalogue.diagnostics, ...compliance.diagnostics);
  const warningDays = repository.site?.reviewWarningDays ?? DEFAULT_REVIEW_WARNING_DAYS;
  for (const document of repository.documents) {
    if (!document.frontMatter) continue;
    const history = histories.byPath.get(document.path);
    const lifecycle = assessLifecycle(
      { path: document.path, frontMatter: document.frontMatter, locate: document.locate },
      {
        today: options.today,
        warningDays,
        versions: history?.versions ?? [],
        latestChange: history?.latest,
        compliance: gatingReports(
          document.frontMatter,
          compliance.reports.get(document.path) ?? [],
          catalogue.mandates,
        ),
      },
    );
    diagnostics.push(...lifecycle.diagnostics);
    // The redlines of the published pairs, computed by the history (see versions/pair-plan.ts).
    const published = publishHistory(
      history?.versions ?? [],
      history?.plan ?? planPairs([], { publish: false }),
      withCompliance(history?.diffs ?? [], compliance.versions.get(document.path) ?? []),
    );
    const versions = histories.byPath.get(document.path)?.versions ?? [];
    const id = document.frontMatter.id;
    const policy: Omit<PolicyModel, 'views'> = {
      id,
      path: document.path,
      frontMatter: document.frontMatter,
      sections: document.sections,
      html: document.html ?? '',
      versions: published.versions,
      earlierRevisions: history?.earlier ?? [],
      diffs: published.diffs,
      history: published.history,
      sectionHistories: published.sections,
      review: lifecycle.review,
      comment: lifecycle.comment,
      versionHtml: Object.fromEntries(
        textsOf(document, versions).map((text) => [text.version, decorateVersion(id, text, repository.site, '')]),
      ),
      compliance: compliance.reports.get(document.path) ?? [],
      versionCompliance: compliance.versions.get(document.path) ?? [],
    };
    const shown = textsOf(document, versions).find(
      (text) => text.version === (readingVersion(versions)?.version ?? policy.frontMatter.version),
    );
    const addressHtml = shown
      ? decorateVersion(policy.id, shown, repository.site, versions.length > 0 ? `${shown.version}/` : undefined)
      : '';
    policies.push({
      ...policy,
      views: policyViews({ ...policy, addressHtml }, compliance.mandates, { today: options.today, warningDays }),
    });
  }
  const reviews = reviewRows(policies, repository.site, options.today);
  return {
    today: options.today,
    site: repository.site,
    policies,
    mandates: compliance.mandates,
    reviews,
    channels: repository.site ? channelViews(repository.site) : [],
    deadlines: deadlineViews(compliance.mandates),
    calendar: siteCalendarEvents(
      { reviews, policies, mandates: compliance.mandates },
      { today: options.today, ...(repository.site ? { baseUrl: repository.site.baseUrl } : {}) },
    ),
    mandatePages: Object.fromEntries(
      compliance.mandates.map((mandate) => [mandate.mandate.id, mandatePageView(mandate, policies)]),
    ),
    // Absolute message addresses: the check's annotations and reports are read outside the site.
    diagnostics: withMessageUrls(sortDiagnostics(diagnostics), repository.site?.baseUrl),
  };
}

/** Links in policy text to policies, sections, clauses and versions of this site that go nowhere. */
function policyLinkProblems(
  repository: Awaited<ReturnType<typeof loadRepository>>,
  histories: Awaited<ReturnType<typeof readPolicyHistories>>,
): Diagnostic[] {
  const targets = new Map(
    repository.documents.map((document) => {
      const id = policyIdOf(document);
      return [id, linkTarget(id, document.sections, histories.byPath.get(document.path)?.versions ?? [])] as const;
    }),
  );
  return checkLinks(repository.documents, targets, siteAddress(repository.site?.baseUrl));
}
