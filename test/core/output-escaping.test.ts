// Each output escapes what authors wrote: XML (feeds), ICS (any line break),
// JSON, the terminal, and GitHub comments (@mentions).
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/core/publish/feed/atom.ts';
import { escapeText } from '../../src/core/publish/ics.ts';
import { inline } from '../../src/core/text/markdown.ts';
import { forTerminal, uncleanCharacter, withoutUncleanCharacters } from '../../src/core/text/clean-text.ts';

describe('output escaping', () => {
  it('XML: markup escaped, characters XML cannot hold left out (the feed stays well-formed)', () => {
    expect(escapeXml('A <b> & "c" \u0001\u000b\u001b\u0000\ud800 d')).toBe('A &lt;b&gt; &amp; &quot;c&quot;  d');
    expect(escapeXml('tab\there, line\nthere, 😀')).toBe('tab\there, line\nthere, 😀');
  });

  it('ICS: a lone \\r is a line break like any other, never a raw one', () => {
    expect(escapeText('Title\rDESCRIPTION:x')).toBe('Title\\nDESCRIPTION:x');
    expect(escapeText('a\r\nb\nc; d, e\\ \u0001')).toBe('a\\nb\\nc\\; d\\, e\\\\ ');
  });

  it('JSON: what JSON.stringify writes reads back the same, control characters escaped', () => {
    const text = 'a\u0001b"\\\u2028';
    const json = JSON.stringify({ text });
    expect([...json].some((character) => character.charCodeAt(0) < 0x20)).toBe(false);
    expect(JSON.parse(json).text).toBe(text);
  });

  it('terminal: escape codes and U+202E are shown, not run', () => {
    expect(forTerminal('Fixed\u001b[2J typo \u202eelif\u202c\nnext\tline')).toBe(
      'Fixed<U+001B>[2J typo <U+202E>elif<U+202C>\nnext\tline',
    );
  });

  it('GitHub comments: @mentions never notify anyone', () => {
    expect(inline('Asked by @cabq/council and @jane, mail a@b.org')).toBe(
      'Asked by @\u2060cabq/council and @\u2060jane, mail a@\u2060b.org',
    );
  });

  it('past revisions: control characters and lone surrogates are found and removed', () => {
    expect(uncleanCharacter('ok\tok\n')).toBeUndefined();
    expect(uncleanCharacter('a\u0085b')).toEqual({ index: 1, described: 'control character U+0085' });
    expect(withoutUncleanCharacters('a\u0001b\ud800c\u{1F600}')).toBe('abc\u{1F600}');
  });
});
