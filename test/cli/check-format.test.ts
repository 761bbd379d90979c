// The three output formats of diagnostics, on hand-made diagnostics: escaping,
// ordering, plurals.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.ts';
import { sortDiagnostics } from '../../src/core/diagnostics/diagnostic.ts';
import { formatDiagnostics, summarise, summaryLine } from '../../src/cli/format-diagnostics.ts';

const base: Diagnostic = {
  code: 'front-matter/unknown-key',
  severity: 'error',
  file: 'policy/a.mdx',
  line: 3,
  column: 1,
  message: 'Unexpected key `titel`.',
};

describe('github format', () => {
  it('escapes %, CR and LF in the message, and , and : in properties', () => {
    const line = formatDiagnostics(
      [{ ...base, file: 'policy/a,b:c.mdx', message: '100% sure\r\nsecond line', hint: 'Fix it.' }],
      'github',
      summarise([], 1),
    );
    expect(line).toBe(
      '::error file=policy/a%2Cb%3Ac.mdx,line=3,col=1,title=front-matter/unknown-key::100%25 sure%0D%0Asecond line Fix it.\n',
    );
  });

  it('uses notice for info, and drops endColumn when the range spans lines', () => {
    const out = formatDiagnostics(
      [{ ...base, severity: 'info', endLine: 5, endColumn: 2 }],
      'github',
      summarise([], 1),
    );
    expect(out).toBe(
      '::notice file=policy/a.mdx,line=3,col=1,endLine=5,title=front-matter/unknown-key::Unexpected key `titel`.\n',
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
      { ...base, line: 9, column: 1, code: 'mdx/z' },
      { ...base, line: 9, column: 1, code: 'mdx/a' },
    ]);
    expect(sorted.map((d) => `${d.file}:${d.line}:${d.column}:${d.code}`)).toEqual([
      'policy/a.mdx:9:1:mdx/a',
      'policy/a.mdx:9:1:mdx/z',
      'policy/a.mdx:9:2:front-matter/unknown-key',
      'policy/b.mdx:1:1:front-matter/unknown-key',
    ]);
  });
});
