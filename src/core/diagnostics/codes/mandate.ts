import type { CodeInfo } from './types.ts';

// Messages about mandates (`policy/mandates/*.yaml`) and about how policies meet them (the `mandates:` crosswalk).
const yamlCodes = [
  {
    code: 'mandate/yaml-syntax',
    severity: 'error',
    title: 'YAML syntax error in a mandate',
    help: 'The mandate file is not valid YAML. Check indentation and the space after each `:`.',
  },
  {
    code: 'mandate/duplicate-key',
    severity: 'error',
    title: 'Key written twice in a mandate',
    help: 'The same key appears twice in one block of the mandate file. Keep one of them.',
  },
  {
    code: 'mandate/not-a-mapping',
    severity: 'error',
    title: 'Mandate file is not a list of fields',
    help: 'A mandate file must be a set of `key: value` lines (id, title, citation, requirements…).',
  },
  {
    code: 'mandate/unknown-key',
    severity: 'error',
    title: 'Unknown key in a mandate',
    help: 'The mandate file has a key the schema does not know. Check the spelling against `schemas/mandate.schema.json`.',
  },
  {
    code: 'mandate/missing-key',
    severity: 'error',
    title: 'Missing key in a mandate',
    help: 'A required field of the mandate file is missing. Add it; the message says what it means.',
  },
  {
    code: 'mandate/wrong-type',
    severity: 'error',
    title: 'Wrong kind of value in a mandate',
    help: 'A field of the mandate file has the wrong kind of value (text, number, list…). The message says what is expected.',
  },
  {
    code: 'mandate/invalid-date',
    severity: 'error',
    title: 'Invalid date in a mandate',
    help: 'Dates are written YYYY-MM-DD, for example 2024-12-05.',
  },
  {
    code: 'mandate/invalid-value',
    severity: 'error',
    title: 'Invalid value in a mandate',
    help: 'A field of the mandate file has a value the schema does not allow. The message says what is expected.',
  },
] as const satisfies readonly CodeInfo[];

const catalogueCodes = [
  {
    code: 'mandate/id-mismatch',
    severity: 'error',
    title: 'Mandate id does not match its file name',
    help: 'A mandate in `policy/mandates/r-24-89.yaml` must have `id: r-24-89`. Rename the file or fix the id.',
  },
  {
    code: 'mandate/duplicate-requirement',
    severity: 'error',
    title: 'Two requirements share an id',
    help: 'Every requirement of a mandate needs its own permanent id, because policy crosswalks refer to it.',
  },
  {
    code: 'mandate/missing-document',
    severity: 'error',
    title: 'Mandate text not found',
    help: 'The mandate names a `document` with its full text, but the file is not in `policy/mandates/`. Add the file or fix the name.',
  },
  {
    code: 'mandate/unknown-clause',
    severity: 'error',
    title: 'Requirement points to a clause the mandate text does not have',
    help: 'A requirement or deadline has an `anchor` that is not a section or clause of the mandate document. Use one of its anchors.',
  },
] as const satisfies readonly CodeInfo[];

const crosswalkCodes = [
  {
    code: 'mandate/missing-crosswalk',
    severity: 'error',
    title: 'Policy has no crosswalk for a mandate that binds it',
    help: 'The mandate applies to this policy (by its tags), so the front matter needs a `mandates:` entry saying which section meets each requirement.',
  },
  {
    code: 'mandate/unknown-mandate',
    severity: 'error',
    title: 'Crosswalk names an unknown mandate',
    help: 'The `mandates:` crosswalk names a mandate that is not in `policy/mandates/`. Check the spelling of its id.',
  },
  {
    code: 'mandate/unknown-requirement',
    severity: 'error',
    title: 'Crosswalk names an unknown requirement',
    help: 'The crosswalk maps a requirement id the mandate does not have. Use the ids listed in the mandate file.',
  },
  {
    code: 'mandate/unknown-anchor',
    severity: 'error',
    title: 'Crosswalk points to a section that does not exist',
    help: 'The crosswalk maps a requirement to an anchor that is not a section or clause of the policy. Use the anchor shown after # in the section’s web address.',
  },
  {
    code: 'mandate/empty-section',
    severity: 'warning',
    title: 'Crosswalk points to a heading with no text',
    help: 'A heading with no text under it never meets a requirement. Write the policy text under the heading, or map the requirement to the section that has it.',
  },
  {
    code: 'mandate/missing-element',
    severity: 'error',
    title: 'A required element is missing',
    help: 'The mandate requires this element and the policy does not have it. Write a section that meets it and map it in the crosswalk.',
  },
  {
    code: 'mandate/partial-element',
    severity: 'error',
    title: 'A required element is only partly met',
    help: 'The mapped sections cover part of the element. The message lists what is missing; add it to the policy text.',
  },
  {
    code: 'mandate/grandfathered-gap',
    severity: 'info',
    title: 'Gap in a version adopted before the mandate',
    help: 'This version was adopted before the mandate was enacted, so its gaps are shown but do not fail the check. Any new version must meet every requirement.',
  },
  {
    code: 'mandate/lowered-compliance',
    severity: 'error',
    title: 'A new version meets a mandate less well than the one before',
    help: 'A new version may not lower compliance. Restore the text the previous version had for this element.',
  },
] as const satisfies readonly CodeInfo[];

// Staff reviews of a verdict (`policy/reviews/<mandate>.yaml`).
const reviewCodes = [
  {
    code: 'mandate/review-unknown',
    severity: 'error',
    title: 'A staff review names something that does not exist',
    help: 'A staff review must name a policy element of the mandate, a policy the mandate applies to, and one of its versions. Check the spelling.',
  },
  {
    code: 'mandate/review-accepted',
    severity: 'info',
    title: 'A gap accepted by a staff review',
    help: 'The automated reading falls short, but council staff reviewed the text and determined that it meets the element. The gate accepts the review while the mapped text stays as it was reviewed.',
  },
  {
    code: 'mandate/review-not-met',
    severity: 'error',
    title: 'Staff determined that an element is not met',
    help: 'The automated reading finds the element, but council staff reviewed the text and determined that it does not meet it. Change the text, then ask for a new review.',
  },
  {
    code: 'mandate/review-outdated',
    severity: 'warning',
    title: 'A staff review needs review again',
    help: 'The text of the sections the review looked at has changed since, so the review no longer counts. Ask council staff to review the new text and record the new `textHash`.',
  },
] as const satisfies readonly CodeInfo[];

export const mandateCodes = [
  ...yamlCodes,
  ...catalogueCodes,
  ...crosswalkCodes,
  ...reviewCodes,
] as const satisfies readonly CodeInfo[];
