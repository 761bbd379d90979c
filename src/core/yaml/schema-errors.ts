// Turns ajv's schema errors into messages for authors, each placed on the
// offending YAML node: "Unexpected key `titel`, expected one of …", "`tags`
// should be a list, not `social-media`". Used by `parseYamlData` for every
// YAML file we read (front matter, `policy/site.yaml`, mandates).
import { isScalar, isSeq, type Document } from 'yaml';
import type { ErrorObject } from 'ajv';
import type { Point } from 'unist';
import type { DiagnosticSink } from '../diagnostics/diagnostic.ts';
import type { Locate, YamlPath } from './locate.ts';
import { closest, listOf } from '../text/english.ts';
import { PLAUSIBLE_YEARS, isPlausibleYear } from '../schemas/plausible-date.ts';

/**
 * The files read through `parseYamlData`, by the first part of their message
 * codes. Each area has its own `yaml-syntax`, `unknown-key`… codes in the
 * catalogue; the type checker makes sure every combination exists.
 */
export type YamlArea = 'front-matter' | 'site-config' | 'mandate';

type SchemaRule = 'unknown-key' | 'missing-key' | 'wrong-type' | 'invalid-value' | 'invalid-date';

/** What a schema error needs to be explained and placed. */
export interface SchemaErrorContext {
  /** Code prefix (`front-matter`) and what authors call the file (`front matter`). */
  source: { area: YamlArea; noun: string; text: string };
  document: Document;
  /** Position of the key or value at a path (nearest ancestor when missing). */
  locate: Locate;
  /** Position of an offset in the YAML text. */
  toPoint: (offset: number) => Point;
  sink: DiagnosticSink;
  /** The root schema, for descriptions and `if/then` conditions. */
  schema: unknown;
}

/** Reports the errors an author needs, one message each, in plain words. */
export function reportSchemaErrors(errors: readonly ErrorObject[], context: SchemaErrorContext): void {
  const relevant = relevantErrors(errors);
  for (const error of relevant) {
    if (isExplainedByMisspelling(error, relevant)) continue;
    reportSchemaError(error, context);
  }
}

/**
 * ajv reports every failed branch of `anyOf` and `if/then`; an author only
 * needs the failures that say what to change. A failed `anyOf` is reported
 * once, as a whole ("text or a list"), instead of once per branch, and a
 * failed `propertyNames` once, by its `pattern` error that names the key.
 */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfPaths = errors.filter((error) => error.keyword === 'anyOf').map((error) => `${error.schemaPath}/`);
  const kept = errors.filter(
    (error) =>
      error.keyword !== 'if' &&
      error.keyword !== 'propertyNames' &&
      !anyOfPaths.some((prefix) => error.schemaPath.startsWith(prefix)),
  );
  const seen = new Set<string>();
  return kept.filter((error) => {
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `titel: …` makes ajv report both an unknown `titel` and a missing `title`.
 * The "did you mean `title`?" on the unknown key already says everything, so
 * the missing-key message would only confuse.
 */
function isExplainedByMisspelling(error: ErrorObject, errors: readonly ErrorObject[]): boolean {
  if (error.keyword !== 'required') return false;
  const missing = String(error.params['missingProperty']);
  return errors.some(
    (other) =>
      other.keyword === 'additionalProperties' &&
      other.instancePath === error.instancePath &&
      closest(String(other.params['additionalProperty']), Object.keys(other.parentSchema?.['properties'] ?? {})) ===
        missing,
  );
}

function reportSchemaError(error: ErrorObject, context: SchemaErrorContext): void {
  const { source, document, toPoint, sink } = context;
  const path = pathOf(error.instancePath);
  const field = path.length > 0 ? fieldName(path) : `the ${source.noun}`;
  const at = context.locate;
  const description =
    typeof error.parentSchema?.['description'] === 'string' ? error.parentSchema['description'] : undefined;
  const code = (rule: SchemaRule) => `${source.area}/${rule}` as const;
  /** The value exactly as the author wrote it, quotes included. */
  const writtenAt = (p: YamlPath): string | undefined => {
    const node = document.getIn(p, true);
    if (!isScalar(node) || !node.range) return undefined;
    return source.text.slice(node.range[0], node.range[1]).trim();
  };
  const schemaRoot = (context.schema ?? {}) as Record<string, unknown>;
  const rootProperties = (schemaRoot['properties'] ?? {}) as Record<string, { description?: string; enum?: unknown[] }>;

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params['additionalProperty']);
      const known = Object.keys(
        (error.schema === false ? error.parentSchema?.['properties'] : error.parentSchema?.['properties']) ?? {},
      );
      const suggestion = closest(key, known);
      const where = path.length > 0 ? ` in ${field}` : '';
      const reason =
        known.length > 0
          ? `Unexpected key \`${key}\`${where}, expected one of ${listOf(known)}.`
          : `Unexpected key \`${key}\`${where}.`;
      sink.report(code('unknown-key'), reason, {
        place: at([...path, key], 'key'),
        hint: suggestion
          ? `Did you mean \`${suggestion}\`?`
          : 'Remove it, or check the spelling against the author guide.',
      });
      return;
    }
    case 'required': {
      const key = String(error.params['missingProperty']);
      const properties = (error.parentSchema?.['properties'] ?? rootProperties) as Record<
        string,
        { description?: string; enum?: unknown[] }
      >;
      const property = properties[key] ?? (path.length === 0 ? rootProperties[key] : undefined);
      const what = withChoices(property?.description, property?.enum);
      // A requirement from an `if/then` rule (e.g. adopted policies need `effective`) says why.
      const condition = error.schemaPath.includes('/then/') ? conditionOf(error.schemaPath, schemaRoot) : '';
      const reason =
        path.length > 0
          ? `Missing key \`${key}\` in ${field}${condition}.`
          : `Missing key \`${key}\` in the ${source.noun}${condition}.`;
      sink.report(code('missing-key'), reason, {
        place: path.length > 0 ? at(path, 'key') : toPoint(0),
        hint: what ? `Add \`${key}\`: ${what}` : `Add \`${key}\`.`,
      });
      return;
    }
    case 'type': {
      const expected = String(error.params['type']);
      const written = writtenAt(path);
      if (document.getIn(path) === null || written === '') {
        // `title:` with nothing after it: YAML reads an empty value, not empty text.
        sink.report(code('wrong-type'), `${capitalise(field)} is empty, expected ${typeNoun(expected)}.`, {
          place: at(path, 'value'),
          ...(description ? { hint: description } : {}),
        });
        return;
      }
      const reason = `${capitalise(field)} should be ${typeNoun(expected)}${written !== undefined ? `, not \`${written}\`` : ''}.`;
      sink.report(code('wrong-type'), reason, {
        place: at(path, 'value'),
        ...typeHint(expected, written, path, description),
      });
      return;
    }
    case 'anyOf': {
      const branches = ((error.schema ?? []) as { type?: string }[]).map((branch) => typeNoun(String(branch.type)));
      const written = writtenAt(path);
      const node = document.getIn(path, true);
      const shown =
        written !== undefined
          ? `, not \`${written}\``
          : isSeq(node) && node.items.length === 0
            ? ', not an empty list'
            : '';
      sink.report(
        code('wrong-type'),
        `${capitalise(field)} should be ${listOf(branches, 'or').replace(/`/g, '')}${shown}.`,
        {
          place: at(path, 'value'),
          ...(description ? { hint: description } : {}),
        },
      );
      return;
    }
    case 'format': {
      if (error.params['format'] === 'date') {
        const value = document.getIn(path);
        if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isPlausibleYear(value)) {
          sink.report(
            code('invalid-date'),
            `${capitalise(field)} is \`${value}\`; a date must fall between the years ${PLAUSIBLE_YEARS.first} and ${PLAUSIBLE_YEARS.last}.`,
            { place: at(path, 'value'), hint: 'Check the year: write the date as YYYY-MM-DD, for example 2024-12-05.' },
          );
          return;
        }
        sink.report(
          code('invalid-date'),
          `${capitalise(field)} is \`${String(value)}\`, which is not a calendar date.`,
          {
            place: at(path, 'value'),
            hint: 'Write the date as YYYY-MM-DD, for example 2024-12-05, and check that the day exists in that month.',
          },
        );
        return;
      }
      const format = String(error.params['format']);
      const what = format === 'uri' ? 'a full web address, starting with `https://`' : `a valid ${format}`;
      sink.report(
        code('invalid-value'),
        `${capitalise(field)} is \`${String(document.getIn(path))}\`, which is not ${what}.`,
        {
          place: at(path, 'value'),
          ...(description ? { hint: description } : {}),
        },
      );
      return;
    }
    case 'enum': {
      const allowed = (error.params['allowedValues'] as unknown[]).map(String);
      const value = String(document.getIn(path));
      const suggestion = closest(value, allowed);
      sink.report(code('invalid-value'), `Unexpected value \`${value}\` for ${field}, expected ${listOf(allowed)}.`, {
        place: at(path, 'value'),
        ...(suggestion ? { hint: `Did you mean \`${suggestion}\`?` } : {}),
      });
      return;
    }
    case 'pattern': {
      if (error.propertyName !== undefined) {
        // A key that must follow a naming pattern (mandate and requirement ids in the crosswalk).
        sink.report(
          code('invalid-value'),
          `Unexpected key \`${error.propertyName}\` in ${field}: keys here use lower-case letters, digits and hyphens.`,
          {
            place: at([...path, error.propertyName], 'key'),
            hint: `Write it like \`${slugLike(error.propertyName)}\`.`,
          },
        );
        return;
      }
      const value = document.getIn(path);
      const addressPhrase = ADDRESS_PATTERNS[String(error.params['pattern'])];
      if (addressPhrase && typeof value === 'string') {
        sink.report(code('invalid-value'), `${capitalise(field)} is \`${value}\`, ${addressPhrase}.`, {
          place: at(path, 'value'),
          ...(description ? { hint: description } : {}),
        });
        return;
      }
      if (error.params['pattern'] === SLUG_PATTERN && typeof value === 'string') {
        sink.report(
          code('invalid-value'),
          `${capitalise(field)} is \`${value}\`, expected lower-case letters, digits and hyphens.`,
          { place: at(path, 'value'), hint: `Write it as \`${slugLike(value)}\`.` },
        );
        return;
      }
      if (error.params['pattern'] === VERSION_PATTERN && typeof value === 'string') {
        sink.report(
          code('invalid-value'),
          `${capitalise(field)} is \`${value}\`, expected two whole numbers of at most 4 digits each, MAJOR.MINOR, for example \`2.0\`.`,
          { place: at(path, 'value'), ...(description ? { hint: description } : {}) },
        );
        return;
      }
      break;
    }
  }
  // Everything else (a pattern, a length, a limit): say what is wrong with the value.
  const value = document.getIn(path);
  if (error.keyword === 'minLength' && value === '') {
    sink.report(code('invalid-value'), `${capitalise(field)} is empty, expected text.`, {
      place: at(path, 'value'),
      ...(description ? { hint: description } : {}),
    });
    return;
  }
  if (error.keyword === 'maxLength' && typeof value === 'string') {
    const limit = Number(error.params['limit']);
    sink.report(
      code('invalid-value'),
      `${capitalise(field)} is ${value.length.toLocaleString('en-US')} characters long; it may have at most ${limit.toLocaleString('en-US')}.`,
      { place: at(path, 'value'), ...(description ? { hint: description } : {}) },
    );
    return;
  }
  const shown = value === undefined || typeof value === 'object' ? '' : ` (\`${String(value)}\`)`;
  sink.report(code('invalid-value'), `${capitalise(field)}${shown} ${plainAjvMessage(error)}.`, {
    place: at(path, 'value'),
    ...(description ? { hint: description } : {}),
  });
}

/** The schemas' address patterns (`site.schema.json`) in words; the check adds what a pattern cannot say (`web-address.ts`). */
const ADDRESS_PATTERNS: Readonly<Record<string, string>> = {
  '^https://': 'which is not a web address starting with `https://`',
  '^(mailto:|https://)': 'which is not an `https://` web address or a `mailto:` email address',
};

/** "when `status` is `adopted`", read from the `if` beside the failing `then`. */
function conditionOf(schemaPath: string, schemaRoot: Record<string, unknown>): string {
  const ifPath = schemaPath.slice(2, schemaPath.indexOf('/then/')).split('/');
  let node: unknown = schemaRoot;
  for (const step of ifPath) node = (node as Record<string, unknown> | undefined)?.[step];
  const properties =
    (
      (node as Record<string, unknown> | undefined)?.['if'] as
        { properties?: Record<string, { const?: unknown }> } | undefined
    )?.properties ?? {};
  const parts = Object.entries(properties)
    .filter(([, rule]) => rule.const !== undefined)
    .map(([name, rule]) => `\`${name}\` is \`${String(rule.const)}\``);
  return parts.length > 0 ? ` (required when ${parts.join(' and ')})` : '';
}

function plainAjvMessage(error: ErrorObject): string {
  switch (error.keyword) {
    case 'pattern':
      return 'does not have the required form';
    case 'minLength':
      return 'must not be empty';
    case 'minItems':
      return 'must list at least one item';
    case 'uniqueItems':
      return 'lists the same item twice';
    case 'minimum':
      return `must be at least ${String(error.params['limit'])}`;
    case 'maximum':
      return `must be at most ${String(error.params['limit'])}`;
    default:
      return error.message ?? 'is not allowed';
  }
}

function typeHint(
  expected: string,
  written: string | undefined,
  path: YamlPath,
  description: string | undefined,
): { hint?: string } {
  const key = String(path.at(-1) ?? '');
  if (written !== undefined && expected === 'string') return { hint: `Put the value in quotes: \`"${written}"\`.` };
  if (written !== undefined && expected === 'array') return { hint: `Write a list: \`${key}: [${written}]\`.` };
  if (written !== undefined && (expected === 'integer' || expected === 'number') && /^["'].*["']$/.test(written)) {
    return { hint: `Remove the quotes: \`${key}: ${written.slice(1, -1)}\`.` };
  }
  return description ? { hint: description } : {};
}

/** The pattern of ids, tags and crosswalk keys in our schemas: `social-media`, `ai-1-19`. */
const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/**
 * The policy version's form (`policy.schema.json`). Each part is bounded to 4
 * digits: a longer one is a typing slip, and as a number it would lose digits,
 * so the "raise it to …" hints would name a wrong version.
 */
const VERSION_PATTERN = '^(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})$';

function slugLike(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function typeNoun(type: string): string {
  switch (type) {
    case 'string':
      return 'text';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'array':
      return 'a list';
    case 'object':
      return 'a set of `key: value` fields';
    case 'boolean':
      return '`true` or `false`';
    default:
      return type;
  }
}

/**
 * How messages name a field: `review.intervalMonths`; list items are counted
 * from 1, as authors count them: "`review.log` entry 1", "`decision` in
 * `review.log` entry 1" (not `review.log.0.decision`).
 */
export function fieldName(path: YamlPath): string {
  const last = path.findLastIndex((step) => typeof step === 'number');
  if (last <= 0) return `\`${path.join('.')}\``;
  const entry = `${fieldName(path.slice(0, last))} entry ${Number(path[last]) + 1}`;
  const rest = path.slice(last + 1);
  return rest.length > 0 ? `\`${rest.join('.')}\` in ${entry}` : entry;
}

function capitalise(text: string): string {
  return text.startsWith('`') ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * A field's description for the hint, with its allowed values when the
 * description does not already name them all ("What kind of instrument this is.
 * One of `policy`, `procedure` …"): the author learns what to write.
 */
function withChoices(description: string | undefined, choices: unknown[] | undefined): string | undefined {
  const values = (choices ?? []).map(String);
  if (values.length === 0 || values.every((value) => description?.includes(`\`${value}\``))) return description;
  const list = `One of ${listOf(values)}.`;
  return description ? `${description} ${list}` : list;
}
