// The settings of a new site (`policy init`): what an organisation must say
// about itself, written as `policy/site.yaml` and checked like any site file,
// so that a new site never shows another organisation's name or channels.
import { stringify } from 'yaml';
import { readSiteConfig, type SiteConfigResult } from './site-config.ts';

export interface SiteAnswers {
  organisation: string;
  /** The organisation's own website (optional). */
  organisationUrl?: string | undefined;
  /** Where the policy site will be published. */
  siteUrl: string;
  timeZone: string;
  /** An email address or an https:// address. */
  feedback: string;
  violationReport: string;
  /** The public repository that holds the policy files (optional). */
  repository?: string | undefined;
}

/** `name@example.org` becomes `mailto:name@example.org`; anything else is kept as given. */
export function channelUrl(answer: string): string {
  const trimmed = answer.trim();
  return /^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/.test(trimmed) ? `mailto:${trimmed}` : trimmed;
}

export interface SiteFile {
  text: string;
  /** The file as the check reads it: its problems, if any answer was wrong. */
  checked: SiteConfigResult;
}

export function siteFileFor(answers: SiteAnswers): SiteFile {
  const feedback = channelUrl(answers.feedback);
  const report = channelUrl(answers.violationReport);
  const byEmail = (url: string) => url.startsWith('mailto:');
  const settings = {
    title: `${answers.organisation.trim()} policies`,
    organisation: {
      name: answers.organisation.trim(),
      ...(answers.organisationUrl ? { url: answers.organisationUrl.trim() } : {}),
    },
    baseUrl: answers.siteUrl.trim().replace(/\/?$/, '/'),
    timeZone: answers.timeZone.trim(),
    ...(answers.repository ? { repository: { url: answers.repository.trim(), branch: 'main' } } : {}),
    feedback: {
      url: feedback,
      label: byEmail(feedback) ? 'Email feedback on a policy' : 'Send feedback on a policy',
      description: `Your feedback goes to the people at ${answers.organisation.trim()} who maintain these policies. You do not need an account.`,
    },
    violationReport: {
      url: report,
      label: 'Report a possible violation',
      description: 'Reports of a possible violation are handled privately and passed to the people concerned.',
    },
    reviewWarningDays: 60,
  };
  const text = [
    `# Settings for the policy site, written by \`policy init\`. Checked against schemas/site.schema.json.`,
    '# Change any of them here; the labels and descriptions are what the public reads.',
    stringify(settings, { lineWidth: 0 }),
  ].join('\n');
  return { text, checked: readSiteConfig(new TextEncoder().encode(text)) };
}
