import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/core/diagnostics/diagnostic.ts';
import { parseYamlData } from '../../src/core/yaml/data.ts';
import { validatePolicyFrontMatter, validateSiteConfig } from '../../src/core/schemas/validate.ts';
import { located } from '../helpers/fixtures.ts';

const policyYaml = [
  'id: ai-1-19', // line 5 of the file when the YAML starts on line 5
  'title: Social Media Policy',
  'number: "AI 1-19"',
  'kind: administrative-instruction',
  'owner: Department of Technology and Innovation',
  'version: 1.10',
  'status: draft',
  'review:',
  '  intervalMonths: 12',
  '  log:',
  '    - date: 2024-01-15',
  '      by: Policy team',
  '      decision: no-change',
  '',
].join('\n');

function parse(text: string, startLine = 1) {
  const sink = new DiagnosticSink('policy/test.mdx');
  const result = parseYamlData(
    { text, startLine, area: 'front-matter', noun: 'front matter' },
    validatePolicyFrontMatter,
    sink,
  );
  return { ...result, diagnostics: sink.toDiagnostics() };
}

describe('parseYamlData: positions', () => {
  it('locates keys and values by path, shifted to where the YAML starts in the file', () => {
    const { locate, diagnostics } = parse(policyYaml, 5);
    expect(diagnostics).toEqual([]);
    expect(locate(['id'])).toEqual({ line: 5, column: 1 });
    expect(locate(['id'], 'value')).toEqual({ line: 5, column: 5 });
    expect(locate(['review', 'intervalMonths'], 'key')).toEqual({ line: 13, column: 3 });
    expect(locate(['review', 'intervalMonths'], 'value')).toEqual({ line: 13, column: 19 });
    expect(locate(['review', 'log', 0])).toEqual({ line: 15, column: 7 });
    expect(locate(['review', 'log', 0, 'decision'], 'value')).toEqual({ line: 17, column: 17 });
  });

  it('falls back to the nearest existing ancestor for a path that does not exist', () => {
    const { locate } = parse(policyYaml, 5);
    expect(locate(['review', 'log', 3, 'date'])).toEqual({ line: 15, column: 5 });
    expect(locate(['mandates', 'r-24-89'])).toEqual({ line: 5, column: 1 });
  });

  it('places schema errors on the YAML node, shifted by the start line', () => {
    const { diagnostics, value } = parse(policyYaml.replace('intervalMonths: 12', 'intervalMonths: "12"'), 5);
    expect(value).toBeUndefined();
    expect(diagnostics.map(located)).toEqual([{ code: 'front-matter/wrong-type', line: 13, column: 19 }]);
  });

  it('places YAML syntax errors on the character that opened the problem, shifted by the start line', () => {
    const { diagnostics, raw } = parse('id: x\ntitle: "unclosed\n', 2);
    expect(raw).toBeUndefined();
    expect(diagnostics.map(located)).toEqual([{ code: 'front-matter/yaml-syntax', line: 3, column: 8 }]);
    expect(diagnostics[0]!.message).toBe(
      'The front matter is not valid YAML: a value in double quotes is never closed: expected a closing `"`.',
    );
  });

  it.each([
    ['title: a: b\n', 1, 8, 'unexpected second `:` on this line, expected one `key: value` per line.'],
    ["title: 'it's\n", 1, 12, 'unexpected text after the closing quote.'],
    ["title: 'open\n", 1, 8, "a value in single quotes is never closed: expected a closing `'`."],
    ['id: {a\nb: 1\n', 1, 5, 'a value that starts with `{` is never closed: expected `}`.'],
  ])('explains %j in plain words', (text, line, column, reason) => {
    const { diagnostics } = parse(text);
    expect(diagnostics.map(located)).toEqual([{ code: 'front-matter/yaml-syntax', line, column }]);
    expect(diagnostics[0]!.message).toBe(`The front matter is not valid YAML: ${reason}`);
  });
});

describe('parseYamlData: values', () => {
  it('keeps `version` as written: 1.10 stays "1.10"', () => {
    const { value } = parse(policyYaml);
    expect(value?.version).toBe('1.10');
  });

  it('keeps dates as YYYY-MM-DD text', () => {
    const { value } = parse(policyYaml);
    expect(value?.review?.log?.[0]?.date).toBe('2024-01-15');
  });

  it('returns the raw value even when it is invalid', () => {
    const { value, raw } = parse(policyYaml.replace('status: draft', 'status: drafted'));
    expect(value).toBeUndefined();
    expect(raw).toMatchObject({ id: 'ai-1-19', status: 'drafted' });
  });

  it('reports a value that is not a mapping at the start', () => {
    const { diagnostics } = parse('just text\n', 7);
    expect(diagnostics.map(located)).toEqual([{ code: 'front-matter/not-a-mapping', line: 7, column: 1 }]);
  });
});

describe('parseYamlData: messages', () => {
  it('names the field with list items counted from 1', () => {
    const { diagnostics } = parse(policyYaml.replace('decision: no-change', 'decision: keep'));
    expect(diagnostics.map(located)).toEqual([{ code: 'front-matter/invalid-value', line: 13, column: 17 }]);
    expect(diagnostics[0]!.message).toBe(
      'Unexpected value `keep` for `decision` in `review.log` entry 1, expected `no-change`, `revise` or `retire`.',
    );
  });

  it('reports an out-of-range number with its limit', () => {
    const { diagnostics } = parse(policyYaml.replace('intervalMonths: 12', 'intervalMonths: 0'));
    expect(diagnostics.map(located)).toEqual([{ code: 'front-matter/invalid-value', line: 9, column: 19 }]);
    expect(diagnostics[0]!.message).toBe('`review.intervalMonths` (`0`) must be at least 1.');
  });

  it('reports an empty required text', () => {
    const { diagnostics } = parse(policyYaml.replace('title: Social Media Policy', 'title: ""'));
    expect(diagnostics.map(located)).toEqual([{ code: 'front-matter/invalid-value', line: 2, column: 8 }]);
    expect(diagnostics[0]!.message).toBe('`title` is empty, expected text.');
  });

  it('reports a key written without a value as empty, not as the wrong type of text', () => {
    const { diagnostics } = parse(policyYaml.replace('title: Social Media Policy', 'title:'));
    expect(diagnostics.map(located)).toEqual([{ code: 'front-matter/wrong-type', line: 2, column: 7 }]);
    expect(diagnostics[0]!.message).toBe('`title` is empty, expected text.');
  });

  it('asks for lower-case ids and tags, and shows how', () => {
    const { diagnostics } = parse(`${policyYaml}tags: [Social Media]\n`.replace('id: ai-1-19', 'id: AI-1-19'));
    expect(diagnostics.map((d) => [d.line, d.column, d.message, d.hint])).toEqual([
      [1, 5, '`id` is `AI-1-19`, expected lower-case letters, digits and hyphens.', 'Write it as `ai-1-19`.'],
      [
        14,
        8,
        '`tags` entry 1 is `Social Media`, expected lower-case letters, digits and hyphens.',
        'Write it as `social-media`.',
      ],
    ]);
  });

  it('uses the area of the file in the code', () => {
    const sink = new DiagnosticSink('policy/site.yaml');
    parseYamlData(
      { text: 'titel: x\n', startLine: 1, area: 'site-config', noun: 'site settings file' },
      validateSiteConfig,
      sink,
    );
    const codes = sink.toDiagnostics().map((d) => d.code);
    expect(codes).toContain('site-config/unknown-key');
    expect(codes).toContain('site-config/missing-key');
    expect(codes.every((code) => code.startsWith('site-config/'))).toBe(true);
  });
});
