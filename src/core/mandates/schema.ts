// The compiled validators for `schemas/mandate.schema.json` and `schemas/review.schema.json`.
import type { ValidateFunction } from 'ajv';
import { ajv } from '../schemas/validate.ts';
import mandateSchema from '../../../schemas/mandate.schema.json' with { type: 'json' };
import reviewSchema from '../../../schemas/review.schema.json' with { type: 'json' };
import type { Mandate, StaffReviews } from '../schemas/types.ts';

export const validateMandate: ValidateFunction<Mandate> = ajv.compile(mandateSchema);
export const validateReviews: ValidateFunction<StaffReviews> = ajv.compile(reviewSchema);
export { mandateSchema };
