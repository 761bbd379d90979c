import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/core/diagnostics/diagnostic.ts';
import { decodeSourceText, MAX_POLICY_BYTES } from '../../src/core/document/source-text.ts';
import { located } from '../helpers/fixtures.ts';

function decode(bytes: Uint8Array | string) {
  const sink = new DiagnosticSink('policy/test.mdx');
  const text = decodeSourceText(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, sink);
  return { text, diagnostics: sink.toDiagnostics() };
}

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('decodeSourceText', () => {
  it('returns UTF-8 text unchanged', () => {
    expect(decode('Café “quoted” — ok\n')).toEqual({ text: 'Café “quoted” — ok\n', diagnostics: [] });
  });

  it('turns CRLF and lone CR line endings into LF, keeping the line count', () => {
    expect(decode('a\r\nb\rc\n').text).toBe('a\nb\nc\n');
  });

  it('removes a byte order mark with a warning at 1:1', () => {
    const { text, diagnostics } = decode(bytes([0xef, 0xbb, 0xbf], 'Hi\n'));
    expect(text).toBe('Hi\n');
    expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([
      ['file/byte-order-mark', 'warning', 1, 1],
    ]);
  });

  it('reports the line and column of the first byte that is not UTF-8', () => {
    const { text, diagnostics } = decode(bytes('line one\r\nline two\r\nab', [0xff], 'c\n'));
    expect(text).toBeUndefined();
    expect(diagnostics.map(located)).toEqual([{ code: 'file/not-utf8', line: 3, column: 3 }]);
    expect(diagnostics[0]!.message).toBe('Byte 0xFF is not UTF-8 text.');
  });

  it('counts columns after a byte order mark from the first visible character', () => {
    const { diagnostics } = decode(bytes([0xef, 0xbb, 0xbf], 'ab', [0xc0, 0x80]));
    expect(diagnostics.map(located)).toEqual([{ code: 'file/not-utf8', line: 1, column: 3 }]);
    expect(diagnostics[0]!.message).toBe('Byte 0xC0 is not UTF-8 text.');
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a lone continuation byte', [0x80]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a sequence cut short by the next character', [0xe2, 0x82, 0x41]],
  ])('refuses %s, at its first byte', (_name, bad) => {
    const { diagnostics } = decode(bytes('ok ', bad, '\n'));
    expect(diagnostics.map(located)).toEqual([{ code: 'file/not-utf8', line: 1, column: 4 }]);
  });

  it('refuses an empty or blank file', () => {
    expect(decode('').diagnostics.map(located)).toEqual([{ code: 'file/empty', line: 1, column: 1 }]);
    expect(decode(' \r\n\t\n').diagnostics.map(located)).toEqual([{ code: 'file/empty', line: 1, column: 1 }]);
    expect(decode(' \r\n\t\n').text).toBeUndefined();
  });

  it('accepts a file of exactly the limit and refuses one byte more', () => {
    expect(decode(new Uint8Array(MAX_POLICY_BYTES).fill(0x61)).diagnostics).toEqual([]);
    const over = decode(new Uint8Array(MAX_POLICY_BYTES + 1).fill(0x61));
    expect(over.text).toBeUndefined();
    expect(over.diagnostics.map(located)).toEqual([{ code: 'file/too-large', line: 1, column: 1 }]);
    expect(over.diagnostics[0]!.message).toBe('The file is 1.0 MB; a policy file may be at most 1 MB.');
  });
});

describe('decodeSourceText outside policies', () => {
  it('words its messages for the file it reads', () => {
    const sink = new DiagnosticSink('policy/site.yaml');
    decodeSourceText(new Uint8Array(), sink);
    expect(sink.toDiagnostics()[0]!.hint).toBe('Fill in the file (copy it from an existing one), or delete it.');
    const big = new DiagnosticSink('policy/mandates/r-24-89.yaml');
    decodeSourceText(new Uint8Array(MAX_POLICY_BYTES + 1), big);
    expect(big.toDiagnostics()[0]!.message).toBe('The file is 1.0 MB; the limit is 1 MB.');
  });
});
