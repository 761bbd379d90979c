// The output formats of diagnostics, on hand-made diagnostics: escaping,
// ordering, plurals, the message address and related places.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.ts';
import { sortDiagnostics } from '../../src/core/diagnostics/diagnostic.ts';
import {
  countBySeverity,
  formatDiagnostics,
  markdownReport,
  summarise,
  summaryLine,
} from '../../src/core/diagnostics/format.ts';

const base: Diagnostic = {
  code: 'front-matter/unknown-key',
  severity: 'error',
  file: 'policy/a.mdx',
  line: 3,
  column: 1,
  message: 'Unexpected key `titel`.',
  url: 'https://policy.example.gov/messages/#front-matter/unknown-key',
};

const duplicateAnchor: Diagnostic = {
  code: 'sections/duplicate-anchor',
  severity: 'error',
  file: 'policy/a.mdx',
  line: 15,
  column: 1,
  message: 'Duplicate anchor `#scope`: the heading “Scope” has the same web address as the heading “Scope”.',
  hint: 'Give one of the two headings a different title.',
  url: 'https://policy.example.gov/messages/#sections/duplicate-anchor',
  related: [{ file: 'policy/a.mdx', line: 11, column: 1, message: 'first defined' }],
};

describe('github format', () => {
  it('escapes %, CR and LF in the message, and , and : in properties; ends with the address of the code', () => {
    const line = formatDiagnostics(
      [{ ...base, file: 'policy/a,b:c.mdx', message: '100% sure\r\nsecond line', hint: 'Fix it.' }],
      'github',
      summarise([], 1),
    );
    expect(line).toBe(
      '::error file=policy/a%2Cb%3Ac.mdx,line=3,col=1,title=front-matter/unknown-key::100%25 sure%0D%0Asecond line Fix it. See https://policy.example.gov/messages/#front-matter/unknown-key\n',
    );
  });

  it('uses notice for info, and drops endColumn when the range spans lines', () => {
    const out = formatDiagnostics(
      [{ ...base, severity: 'info', endLine: 5, endColumn: 2 }],
      'github',
      summarise([], 1),
    );
    expect(out).toBe(
      '::notice file=policy/a.mdx,line=3,col=1,endLine=5,title=front-matter/unknown-key::Unexpected key `titel`. See https://policy.example.gov/messages/#front-matter/unknown-key\n',
    );
  });

  it('names the related place in the text, between the message and what to do', () => {
    expect(formatDiagnostics([duplicateAnchor], 'github', summarise([], 1))).toBe(
      '::error file=policy/a.mdx,line=15,col=1,title=sections/duplicate-anchor::Duplicate anchor `#scope`: the heading “Scope” has the same web address as the heading “Scope”. First defined at policy/a.mdx:11:1. Give one of the two headings a different title. See https://policy.example.gov/messages/#sections/duplicate-anchor\n',
    );
  });
});

describe('human format', () => {
  it('puts an info line and the summary', () => {
    const out = formatDiagnostics([{ ...base, severity: 'info' }], 'human', summarise([], 3));
    expect(out).toBe(
      'policy/a.mdx\n  3:1  info  Unexpected key `titel`.  front-matter/unknown-key\n\n✔ 3 policy files checked: no problems found.\n',
    );
  });

  it('shows a related place on its own line, before what to do', () => {
    const out = formatDiagnostics([duplicateAnchor], 'human', summarise([duplicateAnchor], 1));
    expect(out).toBe(
      [
        'policy/a.mdx',
        '  15:1  error  Duplicate anchor `#scope`: the heading “Scope” has the same web address as the heading “Scope”.  sections/duplicate-anchor',
        '    ↳ first defined at policy/a.mdx:11:1',
        '    → Give one of the two headings a different title.',
        '',
        '✖ 1 policy file checked: 1 error and 0 warnings.',
        '',
      ].join('\n'),
    );
  });
});

describe('json format', () => {
  it('keeps every field of a diagnostic, the address and related places included', () => {
    const out = formatDiagnostics([duplicateAnchor], 'json', summarise([duplicateAnchor], 1));
    expect(JSON.parse(out)).toEqual({
      summary: { errors: 1, warnings: 0, files: 1 },
      diagnostics: [duplicateAnchor],
    });
  });
});

describe('markdown format (the pull-request report)', () => {
  it('links the code to its entry on the message page, and names the related place', () => {
    expect(markdownReport([duplicateAnchor])).toBe(
      [
        '### Problems found by the check',
        '',
        '❌ 1 error and 0 warnings. The check fails until every error is fixed.',
        '',
        '|  | Where | Problem |',
        '| --- | --- | --- |',
        '| ❌ error | `policy/a.mdx:15:1` | Duplicate anchor `#scope`: the heading “Scope” has the same web address as the heading “Scope”. First defined at `policy/a.mdx:11:1`. Give one of the two headings a different title. [`sections/duplicate-anchor`](https://policy.example.gov/messages/#sections/duplicate-anchor) |',
      ].join('\n'),
    );
  });

  it('does not link a code whose address is only within the site', () => {
    const report = markdownReport([{ ...base, url: '/messages/#front-matter/unknown-key' }]);
    expect(report).toContain('| Unexpected key `titel`. `front-matter/unknown-key` |');
  });
});

describe('countBySeverity', () => {
  it('counts each severity', () => {
    expect(
      countBySeverity([base, { ...base, severity: 'warning' }, { ...base, severity: 'info' }, duplicateAnchor]),
    ).toEqual({ error: 2, warning: 1, info: 1 });
  });
});

describe('summaryLine', () => {
  it('counts in words, singular and plural', () => {
    expect(summaryLine({ errors: 0, warnings: 0, files: 0 })).toBe('✔ 0 policy files checked: no problems found.');
    expect(summaryLine({ errors: 1, warnings: 2, files: 1 })).toBe('✖ 1 policy file checked: 1 error and 2 warnings.');
    expect(summaryLine({ errors: 0, warnings: 1, files: 2 })).toBe('⚠ 2 policy files checked: 0 errors and 1 warning.');
  });
});

describe('sortDiagnostics', () => {
  it('orders by file, line, column, then code', () => {
    const sorted = sortDiagnostics([
      { ...base, file: 'policy/b.mdx', line: 1 },
      { ...base, line: 9, column: 2 },
      { ...base, line: 9, column: 1, code: 'mdx/unknown-component' },
      { ...base, line: 9, column: 1, code: 'mdx/forbidden-element' },
    ]);
    expect(sorted.map((d) => `${d.file}:${d.line}:${d.column}:${d.code}`)).toEqual([
      'policy/a.mdx:9:1:mdx/forbidden-element',
      'policy/a.mdx:9:1:mdx/unknown-component',
      'policy/a.mdx:9:2:front-matter/unknown-key',
      'policy/b.mdx:1:1:front-matter/unknown-key',
    ]);
  });
});
