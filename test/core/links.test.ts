// Links in policy text to policies, sections, clauses and versions of the site must resolve.
import { describe, expect, it } from 'vitest';
import { memoryFiles } from '../../src/core/repository/files.ts';
import { memoryHistory } from '../../src/core/versions/memory-history.ts';
import { buildSiteModel } from '../../src/core/publish/site-model.ts';
import { withExampleSite } from '../helpers/fixtures.ts';

function policy(id: string, version: string, body: string): string {
  return [
    '---',
    `id: ${id}`,
    'title: Test policy',
    'number: "AI 0-0"',
    'kind: policy',
    'owner: Department of Technology and Innovation',
    `version: "${version}"`,
    'status: draft',
    ...(version === '1.0' ? [] : ['change:', '  kind: substantive', '  summary: Rewrites the rules.']),
    '---',
    '',
    body,
  ].join('\n');
}

const rules = policy(
  'rules',
  '2.0',
  ['## Scope', '', 'Text.', '', '## Rules', '', '- K. Posts:', '  - c. Profane language.'].join('\n'),
);
const rulesV1 = policy('rules', '1.0', ['## Scope', '', 'Old text.', '', '## Old Rules', '', 'Old.'].join('\n'));

async function linkProblems(body: string): Promise<string[]> {
  const model = await buildSiteModel({
    files: withExampleSite(memoryFiles({ 'policy/rules.mdx': rules, 'policy/terms.md': policy('terms', '1.0', body) })),
    today: '2026-11-21',
    render: false,
    history: memoryHistory({
      'policy/rules.mdx': [{ commit: 'a'.repeat(40), text: rulesV1, date: '2026-01-01T00:00:00Z', message: 'v1' }],
    }),
  });
  return model.diagnostics
    .filter((d) => d.code.startsWith('links/'))
    .map((d) => `${d.code} ${d.file} ${d.line}:${d.column} ${d.message} | ${d.hint}`);
}

describe('links in policy text', () => {
  it('accepts links that resolve: own anchors, other policies, their sections, clauses, versions and comparisons', async () => {
    const body = [
      '## Links',
      '',
      '[here](#links), [rules](/policies/rules/), [K(c)](https://policy.example.gov/policies/rules/#k-c),',
      '[scope](/policies/rules/sections/scope/), [old](../rules/1.0/#old-rules), [diff](/policies/rules/diff/1.0..2.0/),',
      '[file](rules.mdx#rules), [other site](https://example.org/policies/nowhere/), [mail](mailto:a@example.gov)',
    ].join('\n');
    expect(await linkProblems(body)).toEqual([]);
  });

  it('reports each link that goes nowhere at its position, naming the nearest valid target', async () => {
    const body = [
      '## Links',
      '',
      'See [this](#linkz) and [that](/policies/rules/#k-d).',
      'Also [the policy](/policies/rule/) and [version 1.1](/policies/rules/1.1/).',
      'And [the file](./rulez.md) and [old K](/policies/rules/1.0/#k-c).',
    ].join('\n');
    expect(await linkProblems(body)).toEqual([
      'links/unknown-anchor policy/terms.md 13:5 The link `#linkz` goes nowhere: this policy has no section or clause `#linkz`. | The closest is `#links` (Links): link to it, or fix the heading the link was written for.',
      'links/unknown-anchor policy/terms.md 13:24 The link `/policies/rules/#k-d` goes nowhere: policy `rules` has no section or clause `#k-d`. | The closest is `#k-c` (§K(c)): link to it, or fix the heading the link was written for.',
      'links/unknown-policy policy/terms.md 14:6 The link `/policies/rule/` goes nowhere: there is no policy `rule`. | The closest policy is `rules`: link to `/policies/rules/`.',
      'links/unknown-version policy/terms.md 14:40 The link `/policies/rules/1.1/` goes nowhere: policy `rules` has no version 1.1. | The closest version is 1.0 (the versions are 1.0, 2.0).',
      'links/unknown-policy policy/terms.md 15:5 The link `./rulez.md` goes nowhere: there is no policy `rulez`. | The closest policy is `rules`: link to `/policies/rules/`.',
      'links/unknown-anchor policy/terms.md 15:32 The link `/policies/rules/1.0/#k-c` goes nowhere: version 1.0 of policy `rules` has no section or clause `#k-c`. | The closest is `#scope` (Scope): link to it, or fix the heading the link was written for.',
    ]);
  });
});
