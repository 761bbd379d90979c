// Compiled validators for the JSON Schemas in `schemas/`, the one source of
// truth for every shape. Types come from `types.ts`, generated from the
// same files.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import policySchema from '../../../schemas/policy.schema.json' with { type: 'json' };
import siteSchema from '../../../schemas/site.schema.json' with { type: 'json' };
import type { PolicyFrontMatter, SiteConfig } from './types.ts';
import { isPlausibleYear } from './plausible-date.ts';

export const ajv = new Ajv2020({
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  verbose: true,
});
// ajv-formats is published as CommonJS; its default export is the plugin function.
(addFormats as unknown as (instance: Ajv2020) => void)(ajv);

// `date` replaces ajv-formats' own: a calendar date (no 30 February) whose year
// is plausible, so a year such as 0000 is refused where it is written instead
// of reaching pages, feeds and calendars.
const ajvDate = ajv.formats['date'] as { validate: (value: string) => boolean };
ajv.addFormat('date', {
  type: 'string',
  validate: (value: string) => ajvDate.validate(value) && isPlausibleYear(value),
});

export const validatePolicyFrontMatter: ValidateFunction<PolicyFrontMatter> = ajv.compile(policySchema);
export const validateSiteConfig: ValidateFunction<SiteConfig> = ajv.compile(siteSchema);

export { policySchema, siteSchema };
