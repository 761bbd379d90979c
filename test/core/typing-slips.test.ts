// Lines Markdown silently reads as something else are warnings at their position.
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/core/document/load.ts';

const frontMatter = [
  '---',
  'id: slips',
  'title: Test policy',
  'number: "AI 0-0"',
  'kind: policy',
  'owner: Department of Technology and Innovation',
  'version: "1.0"',
  'status: draft',
  '---',
  '',
].join('\n');

function warnings(body: string): string[] {
  const document = loadPolicy('policy/slips.md', new TextEncoder().encode(frontMatter + body));
  return document.diagnostics.map((d) => `${d.code} ${d.severity} ${d.line - 9}:${d.column} ${d.message} | ${d.hint}`);
}

describe('typing slips', () => {
  it('warns at a clause typed without a space after its dash, which Markdown joins to the clause above', () => {
    expect(warnings(['## Rules', '', '- B. Second rule.', '-C. Third rule.'].join('\n'))).toEqual([
      'sections/not-a-clause warning 4:1 `-C.` looks like clause C but is not one: without a space after `-`, it is joined to the text above. | Put a space after the `-`: `- C.`.',
    ]);
  });

  it('warns at a link that is never closed', () => {
    expect(warnings(['## Rules', '', 'Fill in [the form](https://example.org/form and send it.'].join('\n'))).toEqual([
      'sections/unclosed-link warning 3:9 The link `[the form](…` is never closed: it is published as typed, not as a link. | Add `)` right after the address.',
    ]);
  });

  it('warns at bold text that is never closed, but not at an escaped or a closed one', () => {
    expect(warnings(['## Rules', '', 'This is **important and \\*\\* escaped, **closed** too.'].join('\n'))).toEqual([
      'sections/unclosed-emphasis warning 3:9 `**` is never closed: the text after it is published with the `**`, not in bold. | Add `**` where the bold text ends, or write `\\*` to show the character itself.',
    ]);
    expect(
      warnings(['## Rules', '', 'A **closed** one and \\*\\* an escaped pair; a - B. in a sentence.'].join('\n')),
    ).toEqual([]);
  });
});
