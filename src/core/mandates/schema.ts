// The compiled validator for `schemas/mandate.schema.json`.
import type { ValidateFunction } from 'ajv';
import { ajv } from '../schemas/validate.ts';
import mandateSchema from '../../../schemas/mandate.schema.json' with { type: 'json' };
import type { Mandate } from '../schemas/types.ts';

export const validateMandate: ValidateFunction<Mandate> = ajv.compile(mandateSchema);
export { mandateSchema };
