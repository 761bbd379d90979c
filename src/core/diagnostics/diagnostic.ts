// One diagnostic shape for everything the pipeline reports.
//
// Inside the core, findings are `VFileMessage`s (as in unified): each carries a
// place, a `source` (the area, e.g. `front-matter`), a `ruleId` (e.g.
// `unknown-key`), the `url` of its entry on the message page and, for internal
// errors, the `cause`. At the edge of the core they become plain,
// JSON-serialisable `Diagnostic` objects, which the CLI, the build and the
// pull-request report share; nothing of the message is dropped on the way.
import { VFileMessage } from 'vfile-message';
import type { Point, Position } from 'unist';
import { codeInfo, type Code, type Severity } from './codes/index.ts';
import { messageUrl } from './message-url.ts';

export type { Code, Severity };

/** Another place a diagnostic concerns, like LSP's `relatedInformation`: "first defined here". */
export interface RelatedPlace {
  /** Path relative to the policy repository root, with `/` separators. */
  file: string;
  line: number;
  column: number;
  /** What is at that place, in a few words that read before "at file:line:column": "first defined". */
  message: string;
}

export interface Diagnostic {
  /** Permanent code, for example `front-matter/unknown-key`. */
  code: Code;
  severity: Severity;
  /** Path relative to the policy repository root, with `/` separators. */
  file: string;
  /** 1-based line and column; 1:1 when the problem concerns the whole file. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** What is wrong, in plain words. */
  message: string;
  /** What to do about it, in plain words. */
  hint?: string;
  /** The code's entry on the site's message page (`messageUrl`): absolute once the site's address is known. */
  url: string;
  /** Other places the problem concerns, such as where a duplicated anchor is first used. */
  related?: RelatedPlace[];
  /** For internal errors: the words of the error behind the message, for maintainers. */
  cause?: string;
}

export type Place = Point | Position | undefined;

export interface ReportOptions {
  place?: Place;
  hint?: string;
  /** Overrides the catalogue's default severity (rarely needed). */
  severity?: Severity;
  /** Other places the problem concerns; `file` defaults to the file reported on. */
  related?: readonly { place: Point; message: string; file?: string }[];
  /** The error behind an internal failure, kept for maintainers. */
  cause?: unknown;
}

/** A `VFileMessage` that knows its code and its related places. */
export class PolicyMessage extends VFileMessage {
  code: Code;
  related: RelatedPlace[];

  constructor(code: Code, reason: string, file: string, options: ReportOptions) {
    const [source, ...rule] = code.split('/');
    super(reason, {
      place: options.place,
      source: source ?? code,
      ruleId: rule.join('/'),
      ...(options.cause === undefined ? {} : { cause: asError(options.cause) }),
    });
    this.code = code;
    this.file = file;
    this.url = messageUrl(code);
    this.related = (options.related ?? []).map((related) => ({
      file: related.file ?? file,
      line: related.place.line,
      column: related.place.column,
      message: related.message,
    }));
  }
}

function asError(cause: unknown): Error {
  return cause instanceof Error ? cause : new Error(String(cause));
}

/**
 * Collects the diagnostics for one file. Every message is created through
 * `report`, whose code must be a `Code` of the catalogue, so an unknown code
 * is a type error rather than a silent typo.
 */
export class DiagnosticSink {
  readonly file: string;
  readonly messages: PolicyMessage[] = [];

  constructor(file: string) {
    this.file = file;
  }

  report(code: Code, reason: string, options: ReportOptions = {}): PolicyMessage {
    const info = codeInfo(code);
    const message = new PolicyMessage(code, reason, this.file, options);
    const severity = options.severity ?? info.severity;
    message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
    if (options.hint) message.note = options.hint;
    this.messages.push(message);
    return message;
  }

  toDiagnostics(): Diagnostic[] {
    return this.messages.map(toDiagnostic);
  }
}

export function toDiagnostic(message: PolicyMessage): Diagnostic {
  const severity: Severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
  const place = message.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : undefined;
  const diagnostic: Diagnostic = {
    code: message.code,
    severity,
    file: message.file ?? '',
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    message: message.reason,
    url: message.url ?? messageUrl(message.code),
  };
  if (end) {
    diagnostic.endLine = end.line;
    diagnostic.endColumn = end.column;
  }
  if (message.note) diagnostic.hint = message.note;
  if (message.related.length > 0) diagnostic.related = message.related;
  if (message.cause !== undefined && message.cause !== null) {
    diagnostic.cause = message.cause instanceof Error ? message.cause.message : String(message.cause);
  }
  return diagnostic;
}

/** Creates a diagnostic directly, for checks that are not tied to one parsed file. */
export function diagnostic(code: Code, file: string, message: string, options: ReportOptions = {}): Diagnostic {
  const sink = new DiagnosticSink(file);
  sink.report(code, message, options);
  return sink.toDiagnostics()[0]!;
}

/**
 * The same diagnostics with their message addresses made absolute on the
 * site's address (`site.baseUrl`), for output read outside the site: a GitHub
 * annotation, a pull-request comment, JSON.
 */
export function withMessageUrls(diagnostics: readonly Diagnostic[], base: string | undefined): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, url: messageUrl(d.code, base) }));
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Orders diagnostics by file, then position, so output is stable. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}

/** Converts a 0-based offset into a 1-based line and column. */
export function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}
