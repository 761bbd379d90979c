// The message catalogue is data that authors read (the site's message
// reference page is built from it), so every entry must be complete. That every
// code the code base reports is in it is the type checker's job (`Code`, below).
import { describe, expect, it } from 'vitest';
import { catalogue, codeInfo, isCode, type Code } from '../../src/core/diagnostics/codes/index.ts';
import { diagnostic, DiagnosticSink } from '../../src/core/diagnostics/diagnostic.ts';

describe('the message catalogue', () => {
  it('has no code twice', () => {
    const codes = catalogue.map((info) => info.code);
    const twice = codes.filter((code, index) => codes.indexOf(code) !== index);
    expect(twice).toEqual([]);
  });

  it.each(catalogue.map((info) => [info.code, info] as const))('%s has a title, help and a severity', (_code, info) => {
    expect(info.code).toMatch(/^[a-z]+(-[a-z]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(['error', 'warning', 'info']).toContain(info.severity);
    expect(info.title.trim()).not.toBe('');
    expect(info.help.trim()).not.toBe('');
    // Help is written in sentences for people: it ends like one.
    expect(info.help.trim()).toMatch(/[.)`]$/);
  });

  it('refuses, at run time, a code that data names and the catalogue does not have', () => {
    expect(isCode('front-matter/no-such-code')).toBe(false);
    expect(isCode('front-matter/unknown-key')).toBe(true);
    expect(() => codeInfo('front-matter/no-such-code')).toThrow(
      'Unknown diagnostic code "front-matter/no-such-code": add it to src/core/diagnostics/codes/.',
    );
  });
});

// `tsc --noEmit` (part of `npm test`) checks this file: each `@ts-expect-error`
// below fails the type check if the line after it ever compiles, that is, if
// `Code` stopped being the catalogue's own list of codes.
describe('the Code type', () => {
  it('accepts the codes of the catalogue', () => {
    const known: Code = 'sections/duplicate-anchor';
    expect(diagnostic(known, 'policy/a.mdx', 'Duplicate anchor.').code).toBe('sections/duplicate-anchor');
  });

  it('makes an unknown code a type error, in diagnostic() and in sink.report()', () => {
    // @ts-expect-error `front-matter/no-such-code` is not in the catalogue.
    expect(() => diagnostic('front-matter/no-such-code', 'policy/a.mdx', 'Never.')).toThrow('Unknown diagnostic code');
    const sink = new DiagnosticSink('policy/a.mdx');
    // @ts-expect-error a misspelled code (`unknown-keys`) does not compile either.
    expect(() => sink.report('front-matter/unknown-keys', 'Never.')).toThrow('Unknown diagnostic code');
    // @ts-expect-error a plain string is not a `Code`: it must be checked with `isCode` first.
    const fromData: Code = String('front-matter/unknown-key');
    expect(isCode(fromData)).toBe(true);
  });
});
