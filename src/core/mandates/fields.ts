// Front matter conditions of a requirement, such as a review interval of at
// most 24 months (`review.intervalMonths`).
import type { Checks } from '../schemas/types.ts';

export type FieldCheck = NonNullable<Checks['fields']>[number];

export interface FieldResult {
  path: string;
  name: string;
  ok: boolean;
  /** The value found, when there is one. */
  value?: unknown;
  reason: string;
}

/** Any front matter: a validated policy's, or what an audited file has. */
export function checkField(frontMatter: object | undefined, field: FieldCheck): FieldResult {
  let value: unknown = frontMatter;
  for (const key of field.path.split('.')) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  const base = { path: field.path, name: field.name };
  if (value === undefined || value === null) {
    return { ...base, ok: false, reason: `the front matter has no \`${field.path}\` (${field.name}).` };
  }
  if (field.max !== undefined && (typeof value !== 'number' || value > field.max)) {
    return {
      ...base,
      ok: false,
      value,
      reason: `the front matter sets \`${field.path}\` to ${String(value)}; it must be at most ${field.max}.`,
    };
  }
  return { ...base, ok: true, value, reason: `The front matter sets \`${field.path}\` to ${String(value)}.` };
}
