import { describe, expect, it } from 'vitest';
import { commentStatus } from '../../src/core/lifecycle/comment-period.ts';
import { memoryFiles } from '../../src/core/repository/files.ts';
import type { PolicyFrontMatter } from '../../src/core/schemas/types.ts';
import { buildSiteModel } from '../../src/core/publish/site-model.ts';
import { frontMatter, withExampleSite } from '../helpers/fixtures.ts';

const draft = (opens: string, closes: string): PolicyFrontMatter => ({
  id: 'records-retention',
  title: 'Records Retention Policy',
  number: 'AI 2-7',
  kind: 'policy',
  owner: 'Office of the City Clerk',
  version: '2.0',
  status: 'draft',
  comment: { opens, closes },
});

describe('commentStatus', () => {
  const period = draft('2026-11-02', '2026-12-01');
  it.each([
    ['2026-11-01', { state: 'upcoming', daysUntilOpens: 1, daysLeft: 0 }],
    ['2026-11-02', { state: 'open', daysUntilOpens: 0, daysLeft: 30 }], // the first day counts
    ['2026-11-21', { state: 'open', daysUntilOpens: 0, daysLeft: 11 }],
    ['2026-12-01', { state: 'open', daysUntilOpens: 0, daysLeft: 1 }], // the last day counts
    ['2026-12-02', { state: 'closed', daysUntilOpens: 0, daysLeft: 0 }],
  ])('on %s', (today, expected) => {
    expect(commentStatus(period, today)).toEqual({ opens: '2026-11-02', closes: '2026-12-01', ...expected });
  });

  it('is undefined without a comment period', () => {
    const withoutPeriod = { ...period };
    delete withoutPeriod.comment;
    expect(commentStatus(withoutPeriod, '2026-11-21')).toBeUndefined();
  });
});

async function diagnosticsOf(extra: string, today = '2026-11-21', status = 'draft') {
  const source =
    frontMatter('records-retention', extra).replace('status: draft', `status: ${status}`) +
    '\n## Scope\n\nAll departments.\n';
  const model = await buildSiteModel({
    files: withExampleSite(memoryFiles({ 'policy/records-retention.mdx': source })),
    today,
    render: false,
  });
  return model.diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    line: d.line,
    column: d.column,
    message: d.message,
  }));
}

describe('comment period checks', () => {
  it('accepts an open period on a draft', async () => {
    expect(await diagnosticsOf('comment:\n  opens: 2026-11-02\n  closes: 2026-12-01')).toEqual([]);
  });

  it('rejects a period that closes before it opens', async () => {
    expect(await diagnosticsOf('comment:\n  opens: 2026-12-01\n  closes: 2026-11-02')).toEqual([
      {
        code: 'comment/closes-before-opens',
        severity: 'error',
        line: 11,
        column: 11,
        message: 'The comment period closes on 2026-11-02, which is not after it opens (2026-12-01).',
      },
    ]);
  });

  it('rejects a period that closes the day it opens', async () => {
    expect((await diagnosticsOf('comment:\n  opens: 2026-11-02\n  closes: 2026-11-02')).map((d) => d.code)).toEqual([
      'comment/closes-before-opens',
    ]);
  });

  it('warns when the period of a draft has already closed', async () => {
    expect(await diagnosticsOf('comment:\n  opens: 2026-10-01\n  closes: 2026-11-20')).toEqual([
      {
        code: 'comment/closed-on-draft',
        severity: 'warning',
        line: 11,
        column: 11,
        message: 'The comment period of this draft closed on 2026-11-20; the site shows it as closed.',
      },
    ]);
  });

  it('warns when a version was adopted while its comment period was open', async () => {
    const extra =
      'comment:\n  opens: 2026-10-01\n  closes: 2026-11-20\nadopted:\n  date: 2026-11-18\n  by: Jane Roe\neffective: 2026-12-01';
    expect(await diagnosticsOf(extra, '2026-11-21', 'adopted')).toEqual([
      {
        code: 'comment/adopted-during-comment',
        severity: 'warning',
        line: 13,
        column: 9,
        message:
          'This version was adopted on 2026-11-18, while its comment period was still open (it closes on 2026-11-20, 3 days later).',
      },
    ]);
  });

  it('puts the comment status on the policy model', async () => {
    const source =
      frontMatter('records-retention', 'comment:\n  opens: 2026-11-02\n  closes: 2026-12-01') + '\nText.\n';
    const model = await buildSiteModel({
      files: withExampleSite(memoryFiles({ 'policy/records-retention.mdx': source })),
      today: '2026-11-21',
      render: false,
    });
    expect(model.policies[0]!.comment).toEqual({
      opens: '2026-11-02',
      closes: '2026-12-01',
      state: 'open',
      daysUntilOpens: 0,
      daysLeft: 11,
    });
  });
});
