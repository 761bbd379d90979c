import type { CodeInfo } from './types.ts';

// Adoption and how each new version declares its change.
export const lifecycleCodes = [
  {
    code: 'lifecycle/draft-has-adoption',
    severity: 'error',
    title: 'Draft with an adoption record',
    help: 'A draft has not been signed, so it has no `adopted` or `effective`. Remove them, or set `status: adopted` if the version has been signed.',
  },
  {
    code: 'lifecycle/adopted-in-future',
    severity: 'error',
    title: 'Adoption dated in the future',
    help: 'The adoption date is after today. Record the adoption on or after the day the policy is signed; until then keep `status: draft`.',
  },
  {
    code: 'lifecycle/effective-before-adoption',
    severity: 'error',
    title: 'Effective before adoption',
    help: 'A policy takes effect on or after the day it is signed: `effective` cannot be earlier than `adopted.date`. Check both dates against the signed copy.',
  },
  {
    code: 'lifecycle/adopted-with-gaps',
    severity: 'error',
    title: 'Adopted while a mandate requirement is not met',
    help: 'A version bound by a mandate can only be adopted once it meets every requirement. Keep `status: draft` until `policy compliance` shows every requirement as met.',
  },
  {
    code: 'lifecycle/change-summary-missing',
    severity: 'error',
    title: 'Change summary to write',
    help: '`change.summary` is empty. Write one or two plain sentences for the public saying what this version changes and why. `policy new-version` leaves it empty on purpose.',
  },
  {
    code: 'lifecycle/substantive-needs-major',
    severity: 'error',
    title: 'Substantive change without a new major number',
    help: 'A substantive change (what the policy requires) raises the major number and resets the minor one: 1.3 becomes 2.0.',
  },
  {
    code: 'lifecycle/editorial-needs-minor',
    severity: 'error',
    title: 'Editorial change not numbered as one',
    help: 'An editorial change (wording, typos, layout) keeps the major number and raises the minor one by one: 1.3 becomes 1.4.',
  },
] as const satisfies readonly CodeInfo[];
