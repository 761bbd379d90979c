// Parses a YAML text and validates it against one of our JSON Schemas, with
// every error placed on the offending YAML node.
//
// Used for policy front matter, `policy/site.yaml` and mandate files. ajv
// reports errors by JSON pointer (`/review/log/0/date`); we walk the YAML
// document to the node at that path and report the node's own line and column
// (via `LineCounter`), so the author is sent to the exact key or value.
import { uncleanCharacter, withoutUncleanCharacters } from '../text/clean-text.ts';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';
import type { ValidateFunction } from 'ajv';
import type { Point } from 'unist';
import type { DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { reportSchemaErrors, type YamlArea } from './schema-errors.ts';
import type { Locate, YamlPart, YamlPath } from './locate.ts';

export { fieldName } from './schema-errors.ts';

export interface YamlSource {
  /** The YAML text. */
  text: string;
  /** Where the YAML text starts in the file: 1-based line of its first character. */
  startLine: number;
  /** Code prefix for messages: `front-matter`, `site-config`, `mandate`. */
  area: YamlArea;
  /** What the author calls this thing in messages, e.g. "front matter". */
  noun: string;
  /**
   * A past revision from history, which can no longer be changed: control
   * characters written as YAML escapes are removed with a warning instead of
   * refusing (and so dropping) the whole version.
   */
  pastRevision?: boolean;
}

export interface YamlDataResult<T> {
  /** The validated value, or undefined when the YAML or the schema check failed. */
  value: T | undefined;
  /** The raw parsed value (even when invalid), for tools that still want to look. */
  raw: unknown;
  /** Position of the node at a JSON path, for later checks (crosswalk, review log…). */
  locate: Locate;
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
  const locate: Locate = (path, part = 'key') => toPoint(offsetOf(document, path, part) ?? 0);

  for (const error of document.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      const key = keyAt(source.text, error.pos[0]);
      const first = firstKeyOffset(document, error.pos[0]);
      sink.report(
        `${source.area}/duplicate-key`,
        `The key \`${key}\` appears twice in the ${source.noun}; keep one of them.`,
        {
          place: toPoint(error.pos[0]),
          ...(first === undefined ? {} : { related: [{ place: toPoint(first), message: 'first written' }] }),
        },
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
        cause: error,
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

  // YAML escapes (`"\x01"`, `"\ud800"`) make characters the file itself does not hold.
  if (!checkCleanStrings(raw, source, locate, sink)) return { value: undefined, raw, locate };
  if (validate(raw)) return { value: raw, raw, locate };
  reportSchemaErrors(validate.errors ?? [], { source, document, locate, toPoint, sink, schema: validate.schema });
  return { value: undefined, raw, locate };
}

/** The key written at `offset` (yaml places a duplicate-key error on its first character). */
function keyAt(text: string, offset: number): string {
  const written = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(offset))![0].trim();
  return /^["']/.test(written) ? written.slice(1, -1) : written;
}

/** Where the first of two equal keys is written, given where the second one is. */
function firstKeyOffset(document: Document, duplicateOffset: number): number | undefined {
  let found: number | undefined;
  visit(document, {
    Map(_, map) {
      const keys = map.items.map((pair) => (isScalar(pair.key) ? pair.key : undefined));
      const duplicate = keys.find((key) => key?.range?.[0] === duplicateOffset);
      if (!duplicate) return undefined;
      found = keys.find((key) => key !== undefined && key.value === duplicate.value)?.range?.[0];
      return visit.BREAK;
    },
  });
  return found === duplicateOffset ? undefined : found;
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
  if (/Maximum call stack size exceeded/.test(first)) {
    // The YAML reader calls itself for each `[` or `{` inside another.
    return {
      reason: 'its lists or mappings (`[`, `{`) are nested inside each other too deeply to be read.',
      offset: Math.max(0, Math.min(text.search(/[[{]/), text.length)),
      hint: 'Put a value that starts with `[` or `{` in quotes, or nest less deeply.',
    };
  }
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

/** Offset of the key (or value) at a path in the YAML document, falling back to the nearest ancestor. */
function offsetOf(document: Document, path: YamlPath, part: YamlPart): number | undefined {
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

/**
 * Reports every text value holding a control character or half a character;
 * false when one does. In a past revision they are removed from `raw` in place,
 * with a warning, and the value stays usable.
 */
function checkCleanStrings(raw: object, source: YamlSource, locate: Locate, sink: DiagnosticSink): boolean {
  let clean = true;
  const stack: { value: unknown; path: (string | number)[]; parent?: Record<string | number, unknown> }[] = [
    { value: raw, path: [] },
  ];
  while (stack.length > 0) {
    const { value, path, parent } = stack.pop()!;
    if (typeof value === 'string') {
      const found = uncleanCharacter(value);
      if (!found) continue;
      if (source.pastRevision && parent) {
        parent[path.at(-1)!] = withoutUncleanCharacters(value);
        sink.report(
          'file/control-character',
          `\`${path.join('.')}\` in this revision holds the ${found.described}, which was removed (with any others) before it was published.`,
          { place: locate(path, 'value'), severity: 'warning' },
        );
        continue;
      }
      clean = false;
      sink.report(
        `${source.area}/invalid-value` as const,
        `\`${path.join('.')}\` holds the ${found.described}, which cannot be published.`,
        {
          place: locate(path, 'value'),
          hint: 'Delete the character; in double quotes, `\\x..` and `\\u....` write characters by their code.',
        },
      );
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value))
        stack.push({
          value: item,
          path: [...path, Array.isArray(value) ? Number(key) : key],
          parent: value as Record<string | number, unknown>,
        });
    }
  }
  return clean;
}
