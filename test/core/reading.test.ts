// What a policy's address shows, decided in the core (publish/reading.ts), and
// the site views built around it: the review the version in force sets, what
// the mandate asks when it sets none, the channels written out, the calendar.
// Built from this repository's own policies and git history, for 2026-11-21.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteModel, type PolicyModel, type SiteModel } from '../../src/core/publish/site-model.ts';
import { diskFiles } from '../../src/io/fs-files.ts';
import { gitHistory } from '../../src/io/git-history.ts';
import { PROJECT_ROOT } from '../helpers/run-cli.ts';

let model: SiteModel;
let policy: PolicyModel;
beforeAll(async () => {
  model = await buildSiteModel({
    files: diskFiles(PROJECT_ROOT),
    history: gitHistory(PROJECT_ROOT),
    today: '2026-11-21',
    render: true,
    diffs: false,
  });
  policy = model.policies.find((entry) => entry.id === 'ai-1-19')!;
}, 60_000);

describe('the policy address', () => {
  it('shows version 1.0, in force, with its own front matter, sections and decorated text', () => {
    const reading = policy.views.reading;
    expect([reading.version, reading.status, reading.basis, reading.latest]).toEqual([
      '1.0',
      'adopted',
      'in-force',
      false,
    ]);
    expect(reading.frontMatter.adopted?.date).toBe('2022-08-23');
    expect(reading.sections.map((section) => section.anchor)).toEqual([
      'purpose',
      'policy',
      'glossary',
      'rules-and-responsibilities',
      'approval',
    ]);
    expect(reading.html).toContain('<span class="citation">AI 1-19 §K(c) (version 1.0)</span>');
    expect(reading.html).toContain('href="1.0/#k-c"');
  });

  it('announces draft 2.0 with its change summary, comment period and redline', () => {
    const draft = policy.views.newerDraft!;
    expect(draft.version).toBe('2.0');
    expect(draft.kind).toBe('substantive');
    expect(draft.summary).toMatch(/^Rewrites AI 1-19 in plain language/);
    expect(draft.comment).toMatchObject({ state: 'open', closes: '2026-12-31', daysLeft: 41 });
  });

  it('gives each version page the same tools, citing its own address', () => {
    expect(policy.versionHtml['1.0']).toContain(
      'AI 1-19, Purpose (version 1.0), https://cabq.github.io/policy/policies/ai-1-19/1.0/#purpose',
    );
    expect(policy.versionHtml['1.0']).toContain('href="#k-c"');
    expect(policy.versionHtml['2.0']).toContain(
      'AI 1-19, Purpose (version 2.0), https://cabq.github.io/policy/policies/ai-1-19/2.0/#purpose',
    );
  });
});

describe('honest status', () => {
  it('says version 1.0 sets no review schedule, and what R-24-89 §1.A.8 asks', () => {
    expect(policy.views.reading.review).toMatchObject({ status: 'no-schedule', reason: 'no-review-block' });
    expect(policy.views.reviewAsk).toEqual({
      citation: 'R-24-89 §1.A.8',
      text: 'Set a regular schedule for reviewing and updating social media policies to ensure they remain relevant and effective.',
    });
  });

  it('puts the comment period’s close and the §2 deadline in the calendar, and no review (none is scheduled)', () => {
    expect(model.calendar.map((event) => `${event.date} ${event.summary}`)).toEqual([
      '2024-12-18 Deadline: R-24-89 §2, Compliant policy delivered to the Council within 30 days of approval',
      '2026-12-31 Last day to comment: AI 1-19 Social Media Policy, draft version 2.0',
    ]);
    expect(model.calendar[1]!.url).toBe('https://cabq.github.io/policy/policies/ai-1-19/2.0/');
  });

  it('holds the §2 deadline for the home page', () => {
    expect(model.deadlines).toEqual([
      {
        mandateId: 'r-24-89',
        mandateCitation: 'R-24-89',
        citation: 'R-24-89 §2',
        title: 'Compliant policy delivered to the Council within 30 days of approval',
        due: '2024-12-18',
        state: 'overdue',
        daysLate: 703,
        version: undefined,
        adopted: undefined,
        draft: '2.0',
      },
    ]);
  });
});

describe('channels', () => {
  it('write the addresses out and carry what a report needs, from site.yaml', () => {
    const [feedback, report] = model.channels;
    expect(feedback).toMatchObject({ kind: 'email', address: 'socialmediapolicy@cabq.gov', include: [] });
    expect(report).toMatchObject({
      kind: 'web',
      address: 'www.cabq.gov/311',
      phone: '311, or 505-768-2000 from outside Albuquerque',
    });
    expect(report!.include).toHaveLength(5);
    expect(report!.responseTime).toBe(
      'You get a reference number at once. The department aims to answer within 10 working days.',
    );
  });
});
