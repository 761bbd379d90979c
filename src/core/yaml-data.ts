// Parses a YAML text and validates it against one of our JSON Schemas, with
// every error placed on the offending YAML node.
//
// Used for policy front matter, `policy/site.yaml` and mandate files. ajv
// reports errors by JSON pointer (`/review/log/0/date`); we walk the YAML
// document to the node at that path and report the node's own line and column
// (via `LineCounter`), so the author is sent to the exact key or value.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Point } from 'unist';
import type { DiagnosticSink } from './diagnostics.ts';
import { closest, listOf } from './words.ts';

export interface YamlSource {
  /** The YAML text. */
  text: string;
  /** Where the YAML text starts in the file: 1-based line of its first character. */
  startLine: number;
  /** Code prefix for messages: `front-matter`, `site-config`, `mandate`. */
  area: string;
  /** What the author calls this thing in messages, e.g. "front matter". */
  noun: string;
}

export interface YamlDataResult<T> {
  /** The validated value, or undefined when the YAML or the schema check failed. */
  value: T | undefined;
  /** The raw parsed value (even when invalid), for tools that still want to look. */
  raw: unknown;
  /** Position of the node at a JSON path, for later checks (crosswalk, review log…). */
  locate: (path: readonly (string | number)[], part?: 'key' | 'value') => Point;
}

/**
 * Keys whose YAML numbers are kept as the text the author wrote: `version: 1.10`
 * is the string "1.10", not the number 1.1. Authors should not have to know
 * about YAML's number parsing to write a version.
 */
const keepAsWritten = new Set(['version']);

export function parseYamlData<T>(
  source: YamlSource,
  validate: ValidateFunction<T>,
  sink: DiagnosticSink,
): YamlDataResult<T> {
  const lineCounter = new LineCounter();
  const document = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });

  const toPoint = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + source.startLine - 1, column: col };
  };
  const locate = (path: readonly (string | number)[], part: 'key' | 'value' = 'key'): Point =>
    toPoint(offsetOf(document, path, part) ?? 0);

  for (const error of document.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      const key = keyAt(source.text, error.pos[0]);
      sink.report(
        `${source.area}/duplicate-key`,
        `The key \`${key}\` appears twice in the ${source.noun}; keep one of them.`,
        { place: toPoint(error.pos[0]) },
      );
      continue;
    }
    const explained = explainYamlError(error.message, source.text, error.pos[0]);
    sink.report(`${source.area}/yaml-syntax`, `The ${source.noun} is not valid YAML: ${explained.reason}`, {
      place: toPoint(explained.offset),
      ...(explained.hint ? { hint: explained.hint } : {}),
    });
  }
  if (document.errors.length > 0) return { value: undefined, raw: undefined, locate };

  keepScalarsAsWritten(document);
  let raw: unknown;
  try {
    raw = document.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // An alias (`*name`) without its anchor (`&name`), or aliases that expand too far.
    const alias = /\*[^\s,\]}]+/.exec(source.text);
    sink.report(
      `${source.area}/yaml-syntax`,
      `The ${source.noun} is not valid YAML: ${
        /^Unresolved alias/.test(error instanceof Error ? error.message : '')
          ? `unexpected reference \`${alias?.[0] ?? '*'}\`, which points to nothing.`
          : 'its references (`*name`) expand too far.'
      }`,
      {
        place: toPoint(alias?.index ?? 0),
        hint: 'A value that starts with `*` or `&` is read as a YAML reference: put the value in quotes.',
      },
    );
    return { value: undefined, raw: undefined, locate };
  }
  if (raw === null || raw === undefined || typeof raw !== 'object' || Array.isArray(raw)) {
    const empty = raw === null || raw === undefined;
    sink.report(
      `${source.area}/not-a-mapping`,
      empty
        ? `The ${source.noun} is empty: it must be a set of \`key: value\` lines.`
        : `The ${source.noun} must be a set of \`key: value\` lines, not a list or a single value.`,
      { place: toPoint(0) },
    );
    return { value: undefined, raw, locate };
  }

  if (validate(raw)) return { value: raw, raw, locate };
  const errors = relevantErrors(validate.errors ?? []);
  for (const error of errors) {
    if (isExplainedByMisspelling(error, errors)) continue;
    reportSchemaError(error, source, document, toPoint, sink, validate.schema);
  }
  return { value: undefined, raw, locate };
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

/** The key written at `offset` (yaml places a duplicate-key error on its first character). */
function keyAt(text: string, offset: number): string {
  const written = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(offset))![0].trim();
  return /^["']/.test(written) ? written.slice(1, -1) : written;
}

function keepScalarsAsWritten(document: Document): void {
  if (!isMap(document.contents)) return;
  for (const pair of document.contents.items) {
    if (isScalar(pair.key) && keepAsWritten.has(String(pair.key.value)) && isScalar(pair.value)) {
      if (typeof pair.value.value === 'number' && pair.value.source !== undefined) {
        pair.value.value = pair.value.source;
      }
    }
  }
}

/**
 * ajv reports every failed branch of `anyOf` and `if/then`; an author only
 * needs the failures that say what to change. A failed `anyOf` is reported
 * once, as a whole ("text or a list"), instead of once per branch, and a
 * failed `propertyNames` once, by its `pattern` error that names the key.
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
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

function reportSchemaError(
  error: ErrorObject,
  source: YamlSource,
  document: Document,
  toPoint: (offset: number) => Point,
  sink: DiagnosticSink,
  validateSchema: unknown,
): void {
  const path = pathOf(error.instancePath);
  const field = path.length > 0 ? fieldName(path) : `the ${source.noun}`;
  const at = (p: readonly (string | number)[], part: 'key' | 'value') => toPoint(offsetOf(document, p, part) ?? 0);
  const description =
    typeof error.parentSchema?.['description'] === 'string' ? error.parentSchema['description'] : undefined;
  const code = (rule: string) => `${source.area}/${rule}`;
  /** The value exactly as the author wrote it, quotes included. */
  const writtenAt = (p: readonly (string | number)[]): string | undefined => {
    const node = document.getIn(p, true);
    if (!isScalar(node) || !node.range) return undefined;
    return source.text.slice(node.range[0], node.range[1]).trim();
  };
  const schemaRoot = (validateSchema ?? {}) as Record<string, unknown>;
  const rootProperties = (schemaRoot['properties'] ?? {}) as Record<string, { description?: string }>;

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
        { description?: string }
      >;
      const what = properties[key]?.description ?? (path.length === 0 ? rootProperties[key]?.description : undefined);
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
      if (error.params['pattern'] === SLUG_PATTERN && typeof value === 'string') {
        sink.report(
          code('invalid-value'),
          `${capitalise(field)} is \`${value}\`, expected lower-case letters, digits and hyphens.`,
          { place: at(path, 'value'), hint: `Write it as \`${slugLike(value)}\`.` },
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
  const shown = value === undefined || typeof value === 'object' ? '' : ` (\`${String(value)}\`)`;
  sink.report(code('invalid-value'), `${capitalise(field)}${shown} ${plainAjvMessage(error)}.`, {
    place: at(path, 'value'),
    ...(description ? { hint: description } : {}),
  });
}

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
  path: readonly (string | number)[],
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
export function fieldName(path: readonly (string | number)[]): string {
  const last = path.findLastIndex((step) => typeof step === 'number');
  if (last <= 0) return `\`${path.join('.')}\``;
  const entry = `${fieldName(path.slice(0, last))} entry ${Number(path[last]) + 1}`;
  const rest = path.slice(last + 1);
  return rest.length > 0 ? `\`${rest.join('.')}\` in ${entry}` : entry;
}

function capitalise(text: string): string {
  return text.startsWith('`') ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * yaml's messages are precise but speak of "flow sequences" and "compact
 * mappings", and place an unclosed quote or bracket at the end of the text.
 * The common mistakes are restated in plain words, at the character that opened them.
 */
function explainYamlError(
  message: string,
  text: string,
  offset: number,
): { reason: string; offset: number; hint?: string } {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const opener = (character: string) => {
    const found = text.lastIndexOf(character, offset - 1);
    return found === -1 ? offset : found;
  };
  if (/^Missing closing "quote/.test(first)) {
    return {
      reason: 'a value in double quotes is never closed: expected a closing `"`.',
      offset: opener('"'),
      hint: 'Add the closing `"` at the end of the value.',
    };
  }
  if (/^Missing closing 'quote/.test(first)) {
    return {
      reason: "a value in single quotes is never closed: expected a closing `'`.",
      offset: opener("'"),
      hint: "Add the closing `'` at the end of the value.",
    };
  }
  const flow =
    /^Flow (sequence|map|mapping) in block collection must be sufficiently indented and end with a ([\]}])/.exec(first);
  if (flow) {
    const [open, close] = flow[1] === 'sequence' ? ['[', ']'] : ['{', '}'];
    return {
      reason: `a value that starts with \`${open}\` is never closed: expected \`${close}\`.`,
      offset: opener(open!),
      hint: `In YAML \`${open}\` starts a ${flow[1] === 'sequence' ? 'list' : 'set of fields'}. Close it with \`${close}\`, or put the whole value in quotes.`,
    };
  }
  if (/^Nested mappings are not allowed in compact mappings/.test(first)) {
    return {
      reason: 'unexpected second `:` on this line, expected one `key: value` per line.',
      offset,
      hint: 'If the `:` is part of the value, put the value in quotes: `title: "Part 1: Scope"`.',
    };
  }
  if (/^Unexpected scalar at node end/.test(first)) {
    return {
      reason: 'unexpected text after the closing quote.',
      offset,
      hint: "Inside single quotes write `''` for an apostrophe (`'it''s'`), or use double quotes.",
    };
  }
  if (/^Tabs are not allowed/.test(first)) {
    return {
      reason: 'unexpected tab character, expected spaces for indentation.',
      offset,
      hint: 'Indent with spaces.',
    };
  }
  return { reason: first, offset };
}

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Offset of the key (or value) at a path in the YAML document, falling back to the nearest ancestor. */
function offsetOf(document: Document, path: readonly (string | number)[], part: 'key' | 'value'): number | undefined {
  let node: unknown = document.contents;
  let best: number | undefined = (document.contents as Node | null)?.range?.[0];
  for (let index = 0; index < path.length; index++) {
    const step = path[index]!;
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item: Pair) => isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) return best;
      const key = pair.key as Node;
      const value = pair.value as Node | null;
      best = last && part === 'key' ? key.range?.[0] : (value?.range?.[0] ?? key.range?.[0]);
      if (!last && value === null) return key.range?.[0];
      node = value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) return best;
      best = item.range?.[0];
      node = item;
    } else {
      return best;
    }
  }
  return best;
}
