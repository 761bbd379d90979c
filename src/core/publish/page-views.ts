// Page view models: what each kind of page shows that is not already a field
// of the model, worked out once per build in `buildSiteModel` and stored in
// the SiteModel. `.astro` files and components only render these; they never
// call back into the pipeline (docs/architecture.md, "Pages render, the core decides").
import type { CalendarDate } from '../lifecycle/calendar.ts';
import type { PublishedDiff } from '../diff/types.ts';
import {
  complianceView,
  websiteView,
  type WebsiteRequirementsView,
  type ComplianceReport,
  type MandateComplianceView,
  type MandateModel,
  type VersionComplianceView,
} from '../mandates/index.ts';
import type { Mandate, Requirement, SiteConfig } from '../schemas/types.ts';
import type { DeliveryStatus } from '../mandates/index.ts';
import { feedbackPath, homePath, pairSlug } from '../routes.ts';
import {
  boundPolicies,
  featuredVersions,
  requirementHistories,
  sectionLabels,
  type BoundPolicy,
  type RequirementHistory,
} from './compliance-rows.ts';
import type { HistoryView } from './history-view.ts';
import { historySlugOf, type SectionHistory } from './section-history.ts';
import { redlineRequirements, type RedlineMandate } from './redline-requirements.ts';
import type { Section } from '../document/sections.ts';
import type { PolicyFrontMatter } from '../schemas/types.ts';
import type { PolicyVersion } from '../versions/types.ts';
import type { VersionComplianceModel } from '../mandates/index.ts';
import type { CommentStatus } from '../lifecycle/comment-period.ts';
import type { ReviewStatus } from '../lifecycle/schedule.ts';
import { wrapTables } from './policy-page.ts';
import { newerDraftView, readingView, type NewerDraftView, type ReadingView } from './reading.ts';

/** Which version of a policy is in force, as the policy card and facts say it. */
export type InForceView =
  | { kind: 'this'; effective: CalendarDate | undefined }
  | { kind: 'other'; version: string; effective: CalendarDate | undefined }
  | { kind: 'none' };

/** One line of a policy's compliance summary on its card: one mandate, one version. */
export interface ComplianceCardRow {
  mandateId: string;
  citation: string;
  version: string;
  /** `in force`, `draft`, … when the card names more than one version; undefined when it names one. */
  role: string | undefined;
  compliant: boolean;
  grandfathered: boolean;
  summary: ComplianceReport['summary'];
  /** `8 of 8 policy elements met` */
  headline: string;
}

/** One version shown in full on the compliance page, with its heading and the labels of its sections. */
export interface FeaturedVersionView {
  entry: VersionComplianceView;
  /** `Version 2.0, the latest: 11 of 11 requirements met` */
  heading: string;
  /** "Disciplinary Actions" or "§K(c)", by anchor, for the sections of this version. */
  labels: Record<string, string>;
}

/** One mandate on a policy's compliance page. */
export interface CompliancePageMandate {
  mandate: Mandate;
  view: MandateComplianceView;
  featured: FeaturedVersionView[];
  histories: RequirementHistory[];
}

/** Where the site itself meets a site-level requirement (R-24-89 §1.B), for the mandate page. */
export interface SiteRequirementLink {
  path: string;
  label: string;
}

export interface PolicyViews {
  inForce: InForceView;
  /** "Disciplinary Actions" or "§K(c)", by anchor, for the sections of the current text. */
  sectionLabels: Record<string, string>;
  complianceCard: ComplianceCardRow[];
  compliancePage: CompliancePageMandate[];
  /** The mandate part of each published redline, by pair slug (`1.0..2.0`). */
  redlineRequirements: Record<string, RedlineMandate[]>;
  /** What the policy's address shows: the version in force, else the newest text (reading.ts). */
  reading: ReadingView;
  /** A newer draft than the text shown, for the notice at the top of the policy's page. */
  newerDraft: NewerDraftView | undefined;
  /**
   * When the text shown has no review schedule but a mandate that binds it asks for
   * one (R-24-89 §1.A.8): the clause and what it asks, in the mandate's words.
   */
  reviewAsk: { citation: string; text: string } | undefined;
  /**
   * For each published redline, by pair slug, the history page (its slug) of each of the
   * redline's sections, in the order of `diff.sections`; undefined where a section has none.
   */
  sectionHistorySlugs: Record<string, (string | undefined)[]>;
  /** For each published redline, by pair slug: the titles of the sections of both versions, by anchor. */
  redlineLabels: Record<string, Record<string, string>>;
}

export interface MandatePageView {
  /** The mandate's full text for its text page, tables wrapped so they scroll on their own (policy-page.ts). */
  textHtml: string | undefined;
  policies: BoundPolicy[];
  /** The website requirements (R-24-89 §1.B), judged once for the site. */
  website: WebsiteRequirementsView;
  /** By requirement id, for the requirements the site meets. */
  siteLinks: Record<string, SiteRequirementLink>;
}

/** What the views are made from: the policy's part of the model (site-model.ts), without its views. */
interface PolicyInput {
  id: string;
  frontMatter: PolicyFrontMatter;
  sections: readonly Section[];
  versions: readonly PolicyVersion[];
  diffs: readonly PublishedDiff<ComplianceReport[]>[];
  history: HistoryView;
  sectionHistories: readonly SectionHistory[];
  versionCompliance: readonly VersionComplianceModel[];
  review: ReviewStatus;
  comment: CommentStatus | undefined;
}

export function policyViews(
  /** `addressHtml`: the HTML of the version the policy's address shows, its permanent links pointing at the version page. */
  policy: PolicyInput & { addressHtml: string },
  mandates: readonly MandateModel[],
  options: { today: CalendarDate; warningDays: number },
): PolicyViews {
  const inForce = policy.history.inForce;
  const view = complianceView(policy, mandates);
  const reading = readingView(policy, policy.addressHtml, options);
  return {
    reading,
    newerDraft: newerDraftView(policy, reading),
    reviewAsk:
      reading.review.status === 'no-schedule' && reading.review.reason === 'no-review-block'
        ? reviewAsk(
            view.mandates.map((entry) => entry.mandateId),
            mandates,
          )
        : undefined,
    inForce: inForceView(policy, inForce),
    sectionLabels: sectionLabels(policy.sections),
    complianceCard: complianceCard(view.mandates, inForce),
    compliancePage: view.mandates.map((mandateView) => {
      const mandate = mandates.find((entry) => entry.mandate.id === mandateView.mandateId)!.mandate;
      return {
        mandate,
        view: mandateView,
        featured: featuredVersions(mandateView, inForce).map((entry) => ({
          entry,
          heading: `Version ${entry.version}${versionRole(entry.current, entry.version === inForce)}: ${entry.headline}`,
          labels: sectionLabels(
            policy.versions.find((version) => version.version === entry.version)?.sections ?? policy.sections,
          ),
        })),
        histories: requirementHistories(mandate.requirements, mandateView),
      };
    }),
    redlineRequirements: redlineViews(policy.diffs, mandates),
    redlineLabels: Object.fromEntries(
      policy.diffs.map((diff) => [
        pairSlug(diff.from.version, diff.to.version),
        {
          ...sectionLabels(policy.versions.find((version) => version.version === diff.from.version)?.sections ?? []),
          ...sectionLabels(policy.versions.find((version) => version.version === diff.to.version)?.sections ?? []),
        },
      ]),
    ),
    sectionHistorySlugs: Object.fromEntries(
      policy.diffs.map((diff) => [
        pairSlug(diff.from.version, diff.to.version),
        diff.sections.map((section) =>
          historySlugOf(policy.sectionHistories, section, diff.from.version, diff.to.version),
        ),
      ]),
    ),
  };
}

export function mandatePageView(mandate: MandateModel, policies: readonly PolicyInput[]): MandatePageView {
  return {
    textHtml: mandate.text?.html ? wrapTables(mandate.text.html) : undefined,
    policies: boundPolicies(
      mandate,
      policies.map((policy) => ({ ...policy, inForce: policy.history.inForce })),
    ),
    website: websiteView(mandate),
    siteLinks: Object.fromEntries(
      mandate.mandate.requirements.flatMap((requirement) => {
        const link = siteRequirementLink(requirement);
        return link ? [[requirement.id, link]] : [];
      }),
    ),
  };
}

/** The first requirement of a binding mandate that checks the review interval, as "R-24-89 §1.A.8" and its words. */
function reviewAsk(
  bound: readonly string[],
  mandates: readonly MandateModel[],
): { citation: string; text: string } | undefined {
  for (const { mandate } of mandates) {
    if (!bound.includes(mandate.id)) continue;
    const requirement = mandate.requirements.find((entry) =>
      entry.checks.fields?.some((field) => field.path.startsWith('review.')),
    );
    // "Policy Review: Set a regular schedule…" → "Set a regular schedule…": the title is shown apart.
    if (requirement)
      return {
        citation: `${mandate.citation} ${requirement.clause}`,
        text: requirement.text.replace(/^[^:]{1,60}:\s*/, ''),
      };
  }
  return undefined;
}

function inForceView(
  policy: Pick<PolicyInput, 'frontMatter' | 'versions'>,
  inForce: HistoryView['inForce'],
): InForceView {
  const fm = policy.frontMatter;
  if (fm.status === 'adopted' && (!inForce || inForce === fm.version)) return { kind: 'this', effective: fm.effective };
  const version = policy.versions.find((entry) => entry.version === inForce);
  return version
    ? { kind: 'other', version: version.version, effective: version.frontMatter.effective }
    : { kind: 'none' };
}

/** The newest text and, when it is another version, the one in force: newest first. */
function complianceCard(views: readonly MandateComplianceView[], inForce: string | undefined): ComplianceCardRow[] {
  return views.flatMap((mandate) => {
    const shown = mandate.versions.filter((entry) => entry.current || entry.version === inForce).reverse();
    return shown.map((entry) => ({
      mandateId: mandate.mandateId,
      citation: mandate.citation,
      version: entry.version,
      role: shown.length > 1 ? (entry.version === inForce ? 'in force' : entry.status) : undefined,
      compliant: entry.report.compliant,
      grandfathered: entry.grandfathered,
      summary: entry.report.summary,
      headline: entry.headline,
    }));
  });
}

function versionRole(latest: boolean, current: boolean): string {
  return latest && current ? ', the latest and in force' : latest ? ', the latest' : current ? ', in force' : '';
}

function redlineViews(
  diffs: readonly PublishedDiff<ComplianceReport[]>[],
  mandates: readonly MandateModel[],
): Record<string, RedlineMandate[]> {
  return Object.fromEntries(
    diffs.map((diff) => [pairSlug(diff.from.version, diff.to.version), redlineRequirements(diff, mandates)]),
  );
}

/** The page of this site that meets a site-level requirement, by the kind of check. */
function siteRequirementLink(requirement: Requirement): SiteRequirementLink | undefined {
  switch (requirement.checks.site) {
    case 'public-page':
      return { path: homePath, label: 'The transparency page, listing every policy' };
    case 'feedback':
      return { path: feedbackPath, label: 'How to give feedback' };
    case 'violation-report':
      return { path: feedbackPath, label: 'How to report a possible violation' };
    case undefined:
      return undefined;
  }
}

/** A public channel as the pages show it: the link, and its address written out for readers who cannot follow it. */
export interface ChannelView {
  key: 'feedback' | 'report';
  /** "Give feedback on a policy" */
  name: string;
  url: string;
  label: string;
  /** `socialmediapolicy@cabq.gov` or `www.cabq.gov/311`: the address as text, for webmail users and print. */
  address: string;
  /** `email` or `web`, so the page can say "Email" or "Web page" before the address. */
  kind: 'email' | 'web';
  description: string | undefined;
  phone: string | undefined;
  include: string[];
  nextSteps: string | undefined;
  responseTime: string | undefined;
}

export function channelViews(site: SiteConfig): ChannelView[] {
  const view = (
    key: ChannelView['key'],
    name: string,
    channel: SiteConfig['feedback'] & Partial<SiteConfig['violationReport']>,
  ): ChannelView => {
    const email = /^mailto:([^?]+)/i.exec(channel.url);
    return {
      key,
      name,
      url: channel.url,
      label: channel.label,
      address: email ? decodeURIComponent(email[1]!) : channel.url.replace(/^https:\/\//, '').replace(/\/$/, ''),
      kind: email ? 'email' : 'web',
      description: channel.description,
      phone: channel.phone,
      include: channel.include ?? [],
      nextSteps: channel.nextSteps,
      responseTime: channel.responseTime,
    };
  };
  return [
    view('feedback', 'Give feedback on a policy', site.feedback),
    view('report', 'Report a possible violation', site.violationReport),
  ];
}

/** A mandate deadline (R-24-89 §2) as the home page states it. */
export interface DeadlineView {
  mandateId: string;
  /** `R-24-89` */
  mandateCitation: string;
  /** `R-24-89 §2` */
  citation: string;
  title: string;
  due: CalendarDate;
  state: DeliveryStatus['state'];
  daysLate: number;
  /** The version that met it, when one was adopted. */
  version: string | undefined;
  adopted: CalendarDate | undefined;
  /** A draft that would meet it once adopted. */
  draft: string | undefined;
}

export function deadlineViews(mandates: readonly Pick<MandateModel, 'mandate' | 'delivery'>[]): DeadlineView[] {
  return mandates.flatMap(({ mandate, delivery }) =>
    delivery.map((deadline) => ({
      mandateId: mandate.id,
      mandateCitation: mandate.citation,
      citation: `${mandate.citation} ${deadline.clause}`,
      title: deadline.title,
      due: deadline.due,
      state: deadline.state,
      daysLate: deadline.daysLate,
      version: deadline.version,
      adopted: deadline.adopted,
      draft: deadline.draft,
    })),
  );
}
