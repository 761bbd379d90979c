// The public JSON data (`/api/*.json`): plain objects taken from the site
// model, with absolute web addresses so the files are useful on their own.
import type { CalendarDate } from '../lifecycle/calendar.ts';
import type { MandateModel } from '../mandates/index.ts';
import type { ReviewStatus } from '../lifecycle/schedule.ts';
import type { PolicyModel } from './site-model.ts';
import type { PolicyFrontMatter, SiteConfig } from '../schemas/types.ts';
import type { PolicyVersion } from '../versions/types.ts';
import { absoluteUrl, apiVersionsPath, policyPath, versionPath } from '../routes.ts';

export interface ApiPolicySource {
  id: string;
  frontMatter: PolicyFrontMatter;
  versions: readonly PolicyVersion[];
  review: ReviewStatus;
}

/** Absolute under the site's address; site-relative when the settings are missing. */
function siteUrl(site: SiteConfig | undefined, path: string): string {
  return site ? absoluteUrl(site.baseUrl, path) : path;
}

/** `/api/policies.json`: every policy with its latest version, dates and review. */
export function policiesJson(policies: readonly ApiPolicySource[], site: SiteConfig | undefined, today: CalendarDate) {
  return {
    generated: today,
    policies: policies.map((policy) => {
      const fm = policy.frontMatter;
      return {
        id: policy.id,
        number: fm.number,
        title: fm.title,
        kind: fm.kind,
        owner: fm.owner,
        tags: fm.tags ?? [],
        version: fm.version,
        status: policy.versions.at(-1)?.status ?? fm.status,
        adopted: fm.adopted ?? null,
        effective: fm.effective ?? null,
        review: {
          status: policy.review.status,
          intervalMonths: policy.review.intervalMonths ?? null,
          nextDue: policy.review.nextDue ?? null,
          lastReview: policy.review.lastReview ?? null,
        },
        url: siteUrl(site, policyPath(policy.id)),
        versionsUrl: siteUrl(site, apiVersionsPath(policy.id)),
      };
    }),
  };
}

/** `/api/policies/<id>/versions.json`: every version with the SHA-256 of its text. */
export function versionsJson(policy: ApiPolicySource, site: SiteConfig | undefined) {
  return {
    policy: policy.id,
    number: policy.frontMatter.number,
    title: policy.frontMatter.title,
    /** What `sha256` is computed over, so anyone can check a copy of the text. */
    sha256Of:
      'the text of the policy file below the front matter (after the closing `---` line and one blank line), encoded as UTF-8',
    versions: policy.versions.map((version) => ({
      version: version.version,
      status: version.status,
      adopted: version.frontMatter.adopted ?? null,
      effective: version.frontMatter.effective ?? null,
      comment: version.frontMatter.comment ?? null,
      change: version.frontMatter.change ?? null,
      words: version.words,
      sha256: version.sha256,
      url: siteUrl(site, versionPath(policy.id, version.version)),
      edits: version.revisions.map((revision) => ({
        commit: revision.commit,
        author: revision.author,
        date: revision.date,
        message: revision.message,
        pullRequest: revision.pr,
      })),
      errata: version.errata,
    })),
  };
}

/** `/api/compliance.json`: each mandate with its deadlines, and every version of every policy checked against it. */
export function complianceJson(
  mandates: readonly MandateModel[],
  policies: readonly Pick<PolicyModel, 'id' | 'frontMatter' | 'versionCompliance'>[],
  today: CalendarDate,
) {
  return {
    generated: today,
    mandates: mandates.map(({ mandate, policies: bound, delivery }) => ({
      id: mandate.id,
      citation: mandate.citation,
      title: mandate.title,
      approved: mandate.approved,
      enacted: mandate.enacted,
      requirements: mandate.requirements.map(({ id, clause, title, scope }) => ({ id, clause, title, scope })),
      policies: bound,
      deadlines: delivery,
    })),
    policies: policies.map((policy) => ({
      id: policy.id,
      number: policy.frontMatter.number,
      versions: policy.versionCompliance.map(({ version, status, adopted, reports }) => ({
        version,
        status,
        adopted: adopted ?? null,
        reports,
      })),
    })),
  };
}
