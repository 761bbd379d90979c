import type { CodeInfo } from './types.ts';

export const frontMatterCodes = [
  {
    code: 'front-matter/missing',
    severity: 'error',
    title: 'No front matter',
    help: 'A policy file starts with front matter: a line `---`, the YAML fields (id, title, version, …), and another line `---`. Copy the block from an existing policy and adapt it.',
  },
  {
    code: 'front-matter/yaml-syntax',
    severity: 'error',
    title: 'YAML syntax error',
    help: 'The front matter is not valid YAML. Common causes: a missing space after `:`, uneven indentation, a tab character, or a value with `:` that needs quotes.',
  },
  {
    code: 'front-matter/duplicate-key',
    severity: 'error',
    title: 'Key written twice',
    help: 'The same key appears twice in one block. Keep one of them.',
  },
  {
    code: 'front-matter/not-a-mapping',
    severity: 'error',
    title: 'Front matter is not a list of fields',
    help: 'The front matter must be a set of `key: value` lines.',
  },
  {
    code: 'front-matter/unknown-key',
    severity: 'error',
    title: 'Unknown key',
    help: 'The key is not one the policy schema knows. It is often a misspelling; the message suggests the closest known key.',
  },
  {
    code: 'front-matter/missing-key',
    severity: 'error',
    title: 'Required key missing',
    help: 'A required key is missing. Add it; the message names it and says what it holds.',
  },
  {
    code: 'front-matter/wrong-type',
    severity: 'error',
    title: 'Wrong kind of value',
    help: 'The value has the wrong form, for example a number where text is expected or a single value where a list is expected.',
  },
  {
    code: 'front-matter/invalid-value',
    severity: 'error',
    title: 'Value not allowed',
    help: 'The value is not one of those allowed, or does not have the required form. The message lists what is allowed.',
  },
  {
    code: 'front-matter/invalid-date',
    severity: 'error',
    title: 'Not a calendar date',
    help: 'Dates are written YYYY-MM-DD and must exist in the calendar (there is no 2025-02-30).',
  },
  {
    code: 'front-matter/id-mismatch',
    severity: 'error',
    title: 'Id does not match the file name',
    help: 'A policy `id` is its permanent web address and must equal the file name: `policy/ai-1-19.mdx` has `id: ai-1-19`.',
  },
  {
    code: 'front-matter/duplicate-id',
    severity: 'error',
    title: 'Two policies share an id',
    help: 'Every policy needs its own `id`. Give one of the two files a different id and file name.',
  },
  {
    code: 'front-matter/unknown-anchor',
    severity: 'error',
    title: 'Source note points to a section that does not exist',
    help: 'A note in `sources.notes` names, as its `anchor`, a section or clause the policy does not have, so its link would lead nowhere. Use the anchor shown after # in the section’s web address, or leave `anchor` out.',
  },
] as const satisfies readonly CodeInfo[];
