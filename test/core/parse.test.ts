import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/core/diagnostics/diagnostic.ts';
import { formatOf, parseMarkdown } from '../../src/core/document/parse.ts';

function parse(text: string, format: 'md' | 'mdx' = 'mdx') {
  const sink = new DiagnosticSink(`policy/t.${format}`);
  const tree = parseMarkdown(text, format, sink);
  return { tree, diagnostics: sink.toDiagnostics() };
}

describe('formatOf', () => {
  it('reads the format from the extension', () => {
    expect(formatOf('policy/a.mdx')).toBe('mdx');
    expect(formatOf('policy/a.md')).toBe('md');
    expect(formatOf('policy/a.txt')).toBeUndefined();
  });
});

describe('parseMarkdown', () => {
  it('parses front matter, GFM and MDX into mdast', () => {
    const { tree, diagnostics } = parse('---\nid: x\n---\n\n| a |\n| - |\n| 1 |\n\n<Note>Hi</Note>\n');
    expect(diagnostics).toEqual([]);
    expect(tree!.children.map((node) => node.type)).toEqual(['yaml', 'table', 'paragraph']);
  });

  it('reads `<` and `{` in a .md file as text', () => {
    const { tree, diagnostics } = parse('3<4 and {x}\n', 'md');
    expect(diagnostics).toEqual([]);
    expect(tree!.children[0]!.type).toBe('paragraph');
  });

  it.each([
    ['Text <> more\n', 1, 6, 'Unexpected `<>`: in MDX it starts a fragment, which a policy cannot use.'],
    ['Text <Note> more\n', 1, 6, '`<Note>` is never closed: expected `</Note>` after its text.'],
    ['Intro\n\n{/* not closed\n', 3, 1, 'Unexpected `{` that is never closed: in MDX, `{` starts code.'],
  ])('reports %j at %i:%i without throwing', (text, line, column, message) => {
    const { tree, diagnostics } = parse(text);
    // The tree of the text read past the error is kept, so later checks report the file's other problems.
    expect(tree).toBeDefined();
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['mdx/syntax-error', line, column, message],
    ]);
  });

  it('reports, never throws, when the reader itself gives up (development checks)', () => {
    // Under vitest the Markdown reader runs with its development assertions,
    // which stop this text with an internal error rather than a positioned message.
    const { tree, diagnostics } = parse('a <>\nb\n---\n');
    expect(tree).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['mdx/syntax-error']);
  });
});
