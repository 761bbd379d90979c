// What a diagnostic carries from the sink to the output: the address of its
// code's entry on the message page, related places and the cause of an
// internal error. Nothing of the VFileMessage is dropped on the way.
import { describe, expect, it } from 'vitest';
import { diagnostic, DiagnosticSink, withMessageUrls } from '../../src/core/diagnostics/diagnostic.ts';
import { messageUrl } from '../../src/core/diagnostics/message-url.ts';

describe('messageUrl', () => {
  it('is the address within the site when the site address is not known', () => {
    expect(messageUrl('front-matter/unknown-key')).toBe('/messages/#front-matter/unknown-key');
    expect(messageUrl('front-matter/unknown-key', '')).toBe('/messages/#front-matter/unknown-key');
  });

  it('is absolute on the site address, with or without its last slash', () => {
    expect(messageUrl('sections/duplicate-anchor', 'https://cabq.github.io/policy/')).toBe(
      'https://cabq.github.io/policy/messages/#sections/duplicate-anchor',
    );
    expect(messageUrl('sections/duplicate-anchor', 'https://cabq.github.io/policy')).toBe(
      'https://cabq.github.io/policy/messages/#sections/duplicate-anchor',
    );
  });
});

describe('a diagnostic', () => {
  it('carries the address of its code, made absolute by withMessageUrls', () => {
    const found = diagnostic('file/empty', 'policy/a.mdx', 'The file is empty.');
    expect(found.url).toBe('/messages/#file/empty');
    expect(withMessageUrls([found], 'https://policy.example.gov/')).toEqual([
      { ...found, url: 'https://policy.example.gov/messages/#file/empty' },
    ]);
  });

  it('keeps related places, in the file reported on unless another is named', () => {
    const sink = new DiagnosticSink('policy/b.mdx');
    sink.report('front-matter/duplicate-id', 'The id `b` is already used by `policy/a.mdx`.', {
      place: { line: 2, column: 5 },
      related: [
        { file: 'policy/a.mdx', place: { line: 2, column: 5 }, message: 'first used' },
        { place: { line: 9, column: 1 }, message: 'also here' },
      ],
    });
    expect(sink.toDiagnostics()[0]!.related).toEqual([
      { file: 'policy/a.mdx', line: 2, column: 5, message: 'first used' },
      { file: 'policy/b.mdx', line: 9, column: 1, message: 'also here' },
    ]);
  });

  it('has no related field when there is no other place, and no cause when nothing failed', () => {
    const found = diagnostic('file/empty', 'policy/a.mdx', 'The file is empty.');
    expect('related' in found).toBe(false);
    expect('cause' in found).toBe(false);
  });

  it('keeps the words of the error behind an internal failure, as plain JSON', () => {
    const found = diagnostic('mdx/syntax-error', 'policy/a.mdx', 'The text could not be read as MDX.', {
      cause: new Error('Assertion failed: expected a token'),
    });
    expect(found.cause).toBe('Assertion failed: expected a token');
    expect(JSON.parse(JSON.stringify(found))).toEqual(found);
  });
});
