// The one model both views render: the CLI (`policy …`) and the site.
// `buildSiteModel` is the single place where the pipeline runs; the result is
// a plain, JSON-serialisable object plus every diagnostic.
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { PolicyFiles } from '../ports.ts';
import type { CalendarDate } from '../lifecycle/calendar.ts';
import { loadRepository } from '../repository/load.ts';
import type { Section } from '../document/sections.ts';
import type { PolicyFrontMatter, SiteConfig } from '../schemas/types.ts';
import type { PolicyHistory } from '../ports.ts';
import type { PolicyVersion } from '../versions/types.ts';
import type { RevisionParser } from '../versions/load-revision.ts';
import type { PairDiffer } from '../diff/jobs.ts';
import type { DiffModel } from '../diff/types.ts';
import { readPolicyHistories, withCompliance } from '../versions/policy-histories.ts';
import { planPairs } from '../versions/pair-plan.ts';
import { assessLifecycle, gatingReports } from '../lifecycle/rules.ts';
import { DEFAULT_REVIEW_WARNING_DAYS, type ReviewStatus } from '../lifecycle/schedule.ts';
import type { CommentStatus } from '../lifecycle/comment-period.ts';
import { decoratePolicyHtml } from './policy-page.ts';
import { publishHistory, type HistoryView, type SectionHistory } from './index.ts';
import { reviewRows, type ReviewRow } from './reviews.ts';
import {
  checkCompliance,
  loadMandates,
  type ComplianceReport,
  type MandateModel,
  type VersionComplianceModel,
} from '../mandates/index.ts';

export interface PolicyModel {
  id: string;
  path: string;
  frontMatter: PolicyFrontMatter;
  sections: Section[];
  /** Sanitised HTML of the current text. */
  html: string;
  /** Every version from git history, oldest first; the last is the current text. */
  versions: PolicyVersion[];
  /** Redlines: every pair of versions (up to 12 versions; beyond, consecutive pairs and each against the latest), site builds only. */
  diffs: DiffModel<ComplianceReport[]>[];
  /** Which version is the latest and which in force, and the redlines published for each version (site builds). */
  history: HistoryView;
  /** Every change to each section across the versions, followed through renames and moves (site builds). */
  sectionHistories: SectionHistory[];
  /** The review schedule: interval, last review, next due date, status, owner and log. */
  review: ReviewStatus;
  /** The public comment period, when the version has one. */
  comment: CommentStatus | undefined;
  /** The current text for the policy page: `html` plus permalinks, citation lines and feedback links. */
  pageHtml: string;
  /** Compliance of the current text with each mandate that applies to it (R-24-89…). */
  compliance: ComplianceReport[];
  /** Compliance of every version, oldest first; the last is the current text. */
  versionCompliance: VersionComplianceModel[];
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
    policies.push({
      id: document.frontMatter.id,
      path: document.path,
      frontMatter: document.frontMatter,
      sections: document.sections,
      html: document.html ?? '',
      versions: history?.versions ?? [],
      diffs: published.diffs,
      history: published.history,
      sectionHistories: published.sections,
      review: lifecycle.review,
      comment: lifecycle.comment,
      pageHtml:
        document.html && repository.site
          ? decoratePolicyHtml(document.html, document.sections, {
              frontMatter: document.frontMatter,
              pageUrl: `${repository.site.baseUrl.replace(/\/?$/, '/')}policies/${document.frontMatter.id}/`,
              feedback: repository.site.feedback,
            })
          : (document.html ?? ''),
      compliance: compliance.reports.get(document.path) ?? [],
      versionCompliance: compliance.versions.get(document.path) ?? [],
    });
  }
  return {
    today: options.today,
    site: repository.site,
    policies,
    mandates: compliance.mandates,
    reviews: reviewRows(policies, repository.site, options.today),
    diagnostics: sortDiagnostics(diagnostics),
  };
}
