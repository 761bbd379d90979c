import type { CodeInfo } from './types.ts';

export const siteConfigCodes = [
  {
    code: 'site-config/missing',
    severity: 'error',
    title: 'No site settings',
    help: 'The repository needs `policy/site.yaml` with the organisation, the site address, the time zone and the feedback and violation-report channels.',
  },
  {
    code: 'site-config/yaml-syntax',
    severity: 'error',
    title: 'YAML syntax error in site settings',
    help: '`policy/site.yaml` is not valid YAML. Check indentation and the space after each `:`.',
  },
  {
    code: 'site-config/duplicate-key',
    severity: 'error',
    title: 'Key written twice in site settings',
    help: 'The same key appears twice in one block. Keep one of them.',
  },
  {
    code: 'site-config/not-a-mapping',
    severity: 'error',
    title: 'Site settings are not a list of fields',
    help: '`policy/site.yaml` must be a set of `key: value` lines.',
  },
  {
    code: 'site-config/unknown-key',
    severity: 'error',
    title: 'Unknown key in site settings',
    help: 'The key is not one the site schema knows. It is often a misspelling; the message suggests the closest known key.',
  },
  {
    code: 'site-config/missing-key',
    severity: 'error',
    title: 'Required site setting missing',
    help: 'A required setting is missing. Add it; the message names it.',
  },
  {
    code: 'site-config/wrong-type',
    severity: 'error',
    title: 'Wrong kind of value in site settings',
    help: 'The value has the wrong form, for example text where a number is expected.',
  },
  {
    code: 'site-config/invalid-value',
    severity: 'error',
    title: 'Site setting not allowed',
    help: 'The value is not allowed or does not have the required form. The message says what is allowed.',
  },
  {
    code: 'site-config/invalid-date',
    severity: 'error',
    title: 'Not a calendar date in site settings',
    help: 'Dates are written YYYY-MM-DD and must exist in the calendar.',
  },
  {
    code: 'site-config/same-channel',
    severity: 'error',
    title: 'Feedback and violation reports share a channel',
    help: 'Reports of possible violations must go to a separate, private channel, not to the public feedback address.',
  },
  {
    code: 'site-config/invalid-time-zone',
    severity: 'error',
    title: 'Unknown time zone',
    help: 'Write the time zone as an IANA name such as `America/Denver`.',
  },
] as const satisfies readonly CodeInfo[];
