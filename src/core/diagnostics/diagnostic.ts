// One diagnostic shape for everything the pipeline reports.
//
// Inside the core, findings are `VFileMessage`s (as in unified): each carries a
// place, a `source` (the area, e.g. `front-matter`) and a `ruleId` (e.g.
// `unknown-key`); together they form the permanent code
// `front-matter/unknown-key`. At the edge of the core they become plain,
// JSON-serialisable `Diagnostic` objects, which the CLI and the site share.
import { VFileMessage } from 'vfile-message';
import type { Point, Position } from 'unist';
import { codeInfo, type Severity } from './codes/index.ts';

export type { Severity };

export interface Diagnostic {
  /** Permanent code, for example `front-matter/unknown-key`. */
  code: string;
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
}

export type Place = Point | Position | undefined;

export interface ReportOptions {
  place?: Place;
  hint?: string;
  /** Overrides the catalogue's default severity (rarely needed). */
  severity?: Severity;
}

/**
 * Collects the diagnostics for one file. Every message is created through
 * `report`, which checks the code against the catalogue, so an unknown code is
 * a programming error caught by the tests rather than a silent typo.
 */
export class DiagnosticSink {
  readonly file: string;
  readonly messages: VFileMessage[] = [];

  constructor(file: string) {
    this.file = file;
  }

  report(code: string, reason: string, options: ReportOptions = {}): VFileMessage {
    const info = codeInfo(code);
    const [source, ...rule] = code.split('/');
    const message = new VFileMessage(reason, {
      place: options.place,
      source: source ?? code,
      ruleId: rule.join('/'),
    });
    const severity = options.severity ?? info.severity;
    message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
    message.file = this.file;
    if (options.hint) message.note = options.hint;
    this.messages.push(message);
    return message;
  }

  toDiagnostics(): Diagnostic[] {
    return this.messages.map(toDiagnostic);
  }
}

export function toDiagnostic(message: VFileMessage): Diagnostic {
  const severity: Severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
  const place = message.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : undefined;
  const diagnostic: Diagnostic = {
    code: `${message.source}/${message.ruleId}`,
    severity,
    file: message.file ?? '',
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    message: message.reason,
  };
  if (end) {
    diagnostic.endLine = end.line;
    diagnostic.endColumn = end.column;
  }
  if (message.note) diagnostic.hint = message.note;
  return diagnostic;
}

/** Creates a diagnostic directly, for checks that are not tied to one parsed file. */
export function diagnostic(code: string, file: string, message: string, options: ReportOptions = {}): Diagnostic {
  const sink = new DiagnosticSink(file);
  sink.report(code, message, options);
  return sink.toDiagnostics()[0]!;
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
