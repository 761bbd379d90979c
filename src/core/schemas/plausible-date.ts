// The years a date in policy files may fall in. The schemas' `date` format
// (validate.ts) refuses the rest, and schema-errors.ts says why: `0000-01-01`
// is a calendar date to ajv-formats, but a typing slip to everyone else.

export const PLAUSIBLE_YEARS = { first: 1900, last: 2199 } as const;

/** Whether the year of a `YYYY-MM-DD…` text is within PLAUSIBLE_YEARS. */
export function isPlausibleYear(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= PLAUSIBLE_YEARS.first && year <= PLAUSIBLE_YEARS.last;
}
