import type { CodeInfo } from './types.ts';

export const versionCodes = [
  {
    code: 'version/immutable',
    severity: 'error',
    title: 'Adopted text changed without a new version',
    help: 'Once a version is adopted its text may not change, because the public and the Council rely on it. Give the change a new version number (raise MINOR for wording, MAJOR for substance) with a `change` summary. To correct an obvious typo in adopted text, say so in the commit message with a line `Policy-Erratum: <what was corrected>`; the correction is then listed publicly as an erratum.',
  },
  {
    code: 'version/not-increasing',
    severity: 'error',
    title: 'Version number does not increase',
    help: 'Each new version needs a higher number than the one before it (1.0, then 1.1 or 2.0). Use a number higher than every earlier version.',
  },
  {
    code: 'version/effective-backwards',
    severity: 'error',
    title: 'Effective date goes backwards',
    help: 'A new version cannot take effect before the version it replaces. Check the `effective` date.',
  },
  {
    code: 'version/missing-change',
    severity: 'error',
    title: 'Missing change summary',
    help: 'Every version after the first needs a `change` block in the front matter: `kind` (substantive or editorial) and a plain-language `summary` of what changed, which the public sees next to the redline.',
  },
  {
    code: 'version/looks-substantive',
    severity: 'warning',
    title: 'Editorial change looks substantive',
    help: 'The change is declared editorial but changes more than 15% of the words. If what the policy requires has changed, declare it substantive and raise the major number.',
  },
] as const satisfies readonly CodeInfo[];
