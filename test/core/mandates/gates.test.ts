import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../../src/core/publish/site-model.ts';
import { memoryFiles } from '../../../src/core/repository/files.ts';
import { PROJECT_ROOT } from '../../helpers/run-cli.ts';
import { fixturePath } from '../../helpers/fixtures.ts';
import {
  checkCompliance,
  complianceDiagnostics,
  complianceGates,
  deliveryStatus,
  evaluateCompliance,
  isGrandfathered,
  type VersionCompliance,
} from '../../../src/core/mandates/index.ts';
import type { PolicyDocument } from '../../../src/core/document/load.ts';
import type { SiteConfig } from '../../../src/core/schemas/types.ts';
import { fixturePolicy, r2489 } from './load-mandate.ts';

const mandate = await r2489();

function entry(document: PolicyDocument, changes: Partial<NonNullable<PolicyDocument['frontMatter']>> = {}) {
  const changed = { ...document, frontMatter: { ...document.frontMatter!, ...changes } };
  const report = evaluateCompliance(changed, mandate);
  return { version: changed.frontMatter.version, document: changed, report } satisfies VersionCompliance;
}

const only = (code: string) => (d: { code: string }) => d.code === code;

describe('complianceDiagnostics', () => {
  it('puts a partly met element on the heading of its section, naming the clause', () => {
    const { document, report } = entry(fixturePolicy('requirements', 'disciplinary-actions', 'partial.md'));
    const found = complianceDiagnostics(document, report, mandate, { grandfathered: false });
    const discipline = found.find((d) => d.message.includes('§1.A.6'))!;
    expect(discipline).toMatchObject({
      code: 'mandate/partial-element',
      severity: 'error',
      file: 'policy/partial.md',
      line: 15,
      column: 1,
      message:
        'R-24-89 §1.A.6 Disciplinary Actions is partial: mapped to #policy, which does not mention retraining, reprimand, suspension, the severity of the incident or repeated incidents. #policy has 37 words; a real rule needs at least 40.',
      hint: 'Add to the policy: retraining, reprimand, suspension, the severity of the incident, repeated incidents and at least 40 words of text.',
    });
  });

  it('puts an unmapped element on the crosswalk of the mandate', () => {
    const { document, report } = entry(fixturePolicy('requirements', 'disciplinary-actions', 'partial.md'));
    const found = complianceDiagnostics(document, report, mandate, { grandfathered: false });
    expect(found.filter(only('mandate/missing-element')).map((d) => [d.line, d.message.slice(0, 60)])).toEqual([
      [11, 'R-24-89 §1.A.1 Behavioral Expectations is missing: the cross'],
      [11, 'R-24-89 §1.A.2 Content Specifications is missing: the crossw'],
      [11, 'R-24-89 §1.A.3 Prohibition on Personal Attacks is missing: t'],
      [11, 'R-24-89 §1.A.4 Response Guidelines is missing: the crosswalk'],
      [11, 'R-24-89 §1.A.5 Monitoring and Review is missing: the crosswa'],
      [11, 'R-24-89 §1.A.7 Restorative Actions is missing: the crosswalk'],
      [11, 'R-24-89 §1.A.8 Policy Review is missing: the crosswalk maps '],
    ]);
  });

  it('reports the website requirements once, on policy/site.yaml, however many policies the site publishes', () => {
    const documents = ['partial.md', 'met.md'].map((name) =>
      fixturePolicy('requirements', 'disciplinary-actions', name),
    );
    // One channel for both feedback and violation reports: §1.B asks for a separate one.
    const site: SiteConfig = {
      organisation: { name: 'Example City' },
      baseUrl: 'https://policy.example.gov/',
      timeZone: 'America/Denver',
      feedback: { url: 'mailto:feedback@example.gov', label: 'Email feedback' },
      violationReport: { url: 'mailto:feedback@example.gov', label: 'Report a violation' },
      reviewWarningDays: 60,
    };
    const checked = checkCompliance(documents, { mandates: [mandate], texts: [] }, { site, today: '2026-11-21' });
    expect(
      checked.diagnostics.filter((d) => d.file === 'policy/site.yaml').map((d) => [d.code, d.message.slice(0, 75)]),
    ).toEqual([
      ['mandate/partial-element', 'R-24-89 §1.B Reporting potential violations (a website requirement) is part'],
    ]);
  });

  it('leaves an invalid or missing site.yaml to its own error: no website requirement errors', () => {
    const documents = [fixturePolicy('requirements', 'disciplinary-actions', 'met.md')];
    const checked = checkCompliance(
      documents,
      { mandates: [mandate], texts: [] },
      { site: undefined, today: '2026-11-21' },
    );
    expect(checked.diagnostics.filter((d) => d.file === 'policy/site.yaml')).toEqual([]);
    // The site model still shows them as not met.
    expect(checked.mandates[0]!.website.map((r) => r.status)).toEqual(['missing', 'missing', 'missing']);
  });

  it('names the nearest existing anchor for one that does not exist', () => {
    const { document, report } = entry(fixturePolicy('requirements', 'personal-attacks', 'missing.md'));
    const found = complianceDiagnostics(document, report, mandate, { grandfathered: false });
    expect(found.filter(only('mandate/unknown-anchor'))).toEqual([
      {
        code: 'mandate/unknown-anchor',
        url: '/messages/#mandate/unknown-anchor',
        severity: 'error',
        file: 'policy/missing.md',
        line: 12,
        column: 23,
        message:
          'R-24-89 §1.A.3 Prohibition on Personal Attacks is missing: mapped to `#personal-attack`, which is not a section of this policy.',
        hint: "The nearest existing anchor is `#personal-attacks`. Use the anchor shown after # in the section's web address.",
      },
    ]);
  });

  it('warns about a mapped heading with no text, at the heading', () => {
    const { document, report } = entry(fixturePolicy('requirements', 'behavioral-expectations', 'missing.md'));
    const found = complianceDiagnostics(document, report, mandate, { grandfathered: false });
    expect(found.filter(only('mandate/empty-section')).map((d) => [d.severity, d.line, d.message])).toEqual([
      [
        'warning',
        15,
        'R-24-89 §1.A.1 Behavioral Expectations is mapped to the heading "Behavioral Expectations", which has no text under it, so it does not count.',
      ],
    ]);
  });

  it('reports a missing crosswalk at line 1 when the front matter has no `mandates`', () => {
    const { document, report } = entry(fixturePolicy('requirements', 'policy-review', 'missing.md'));
    expect(complianceDiagnostics(document, report, mandate, { grandfathered: false })).toEqual([
      {
        code: 'mandate/missing-crosswalk',
        url: '/messages/#mandate/missing-crosswalk',
        severity: 'error',
        file: 'policy/missing.md',
        line: 1,
        column: 1,
        message:
          'R-24-89 applies to this policy (it is tagged `social-media`), but the front matter has no `mandates: r-24-89:` crosswalk.',
        hint: 'Add `mandates:` with `r-24-89:` and, for each requirement (`behavioral-expectations`, `content-specifications`, `personal-attacks`, `response-guidelines`, `monitoring-and-review`, `disciplinary-actions`, `restorative-actions` and `policy-review`), the anchor of the section that meets it.',
      },
    ]);
  });
});

describe('complianceGates', () => {
  const partial = fixturePolicy('requirements', 'disciplinary-actions', 'partial.md');
  const met = fixturePolicy('requirements', 'disciplinary-actions', 'met.md');

  it('grandfathers a version adopted before the enactment: gaps are info, never errors', () => {
    const old = entry(partial, {
      status: 'adopted',
      adopted: { date: '2022-08-23', by: 'A' },
      effective: '2022-08-23',
    });
    expect(isGrandfathered(old.document.frontMatter, mandate)).toBe(true);
    const found = complianceGates([old], mandate);
    expect(found.some((d) => d.severity === 'error')).toBe(false);
    expect(found.find((d) => d.message.includes('§1.A.6'))).toMatchObject({
      code: 'mandate/grandfathered-gap',
      severity: 'info',
      line: 15,
      message:
        'R-24-89 §1.A.6 Disciplinary Actions is partial (not an error: version 2.0 was adopted on 2022-08-23, before R-24-89 was enacted on 2024-12-05): mapped to #policy, which does not mention retraining, reprimand, suspension, the severity of the incident or repeated incidents. #policy has 37 words; a real rule needs at least 40.',
    });
  });

  it('holds drafts and versions adopted after the enactment to every requirement', () => {
    const adoptedLater = entry(partial, {
      status: 'adopted',
      adopted: { date: '2025-01-10', by: 'A' },
      effective: '2025-01-10',
    });
    expect(isGrandfathered(adoptedLater.document.frontMatter, mandate)).toBe(false);
    expect(complianceGates([adoptedLater], mandate).find((d) => d.message.includes('§1.A.6'))?.severity).toBe('error');
    expect(complianceGates([entry(partial)], mandate).find((d) => d.message.includes('§1.A.6'))?.code).toBe(
      'mandate/partial-element',
    );
  });

  it('rejects a new version that lowers compliance, and reports past versions as warnings', () => {
    const found = complianceGates([entry(met, { version: '2.0' }), entry(partial, { version: '2.1' })], mandate);
    expect(found.filter(only('mandate/lowered-compliance'))).toEqual([
      {
        code: 'mandate/lowered-compliance',
        url: '/messages/#mandate/lowered-compliance',
        severity: 'error',
        file: 'policy/partial.md',
        line: 12,
        column: 5,
        message:
          'Version 2.1 lowers compliance with R-24-89 §1.A.6 Disciplinary Actions: it was met in version 2.0 and is partial in version 2.1.',
        hint: 'Restore what version 2.0 had for Disciplinary Actions, or improve on it.',
      },
    ]);
    const past = found.filter((d) => d.file === 'policy/met.md');
    expect(past.length).toBeGreaterThan(0);
    expect(past.every((d) => d.severity === 'warning')).toBe(true);
    expect(past[0]!.message).toContain('in version 2.0');
  });
});

describe('deliveryStatus (R-24-89 Section 2: within 30 days of approval on 2024-11-18)', () => {
  const compliant = { version: '2.0', document: { frontMatter: undefined }, report: { compliant: true } };
  const versionWith = (version: string, status: 'draft' | 'adopted', adopted: string | undefined, ok: boolean) =>
    ({
      version,
      document: {
        frontMatter: { number: 'AI 1-19', status, ...(adopted ? { adopted: { date: adopted, by: 'A' } } : {}) },
      },
      report: { compliant: ok },
    }) as unknown as VersionCompliance;

  it('says how late a compliant adopted version was', () => {
    const [status] = deliveryStatus(
      mandate,
      [versionWith('1.0', 'adopted', '2022-08-23', false), versionWith('2.0', 'adopted', '2025-03-01', true)],
      '2026-11-21',
    );
    expect(status).toMatchObject({
      due: '2024-12-18',
      state: 'late',
      policy: 'AI 1-19',
      version: '2.0',
      adopted: '2025-03-01',
      daysLate: 73,
    });
    expect(status!.summary).toBe(
      'R-24-89 §2: AI 1-19 version 2.0 meets every policy element and was adopted on 2025-03-01, 73 days after the due date of 2024-12-18.',
    );
  });

  it('says that none exists yet, how overdue it is as of today, and whether a compliant draft exists', () => {
    expect(compliant.report.compliant).toBe(true);
    const [status] = deliveryStatus(
      mandate,
      [versionWith('1.0', 'adopted', '2022-08-23', false), versionWith('2.0', 'draft', undefined, true)],
      '2026-11-21',
    );
    expect(status).toMatchObject({ state: 'overdue', policy: 'AI 1-19', draft: '2.0', daysLate: 703 });
    expect(status!.summary).toBe(
      'R-24-89 §2: no version that meets every policy element has been adopted. It was due on 2024-12-18, 703 days ago as of 2026-11-21. A compliant draft, AI 1-19 version 2.0, exists but has not been adopted.',
    );
  });

  it('on time when adopted by the due date', () => {
    const [status] = deliveryStatus(mandate, [versionWith('2.0', 'adopted', '2024-12-18', true)], '2026-11-21');
    expect(status).toMatchObject({ state: 'on-time', daysLate: 0 });
  });
});

describe('crosswalk mistakes found by the check', () => {
  const crosswalk = (mandates: string) =>
    [
      '---',
      'id: sample',
      'title: Sample',
      'number: "AI 0-1"',
      'kind: policy',
      'owner: Department of Technology and Innovation',
      'tags: [social-media]',
      'version: "1.0"',
      'status: draft',
      'mandates:',
      mandates,
      '---',
      '',
      '## Purpose',
      '',
      'Text.',
      '',
    ].join('\n');

  async function check(mandates: string) {
    const files = memoryFiles({
      'policy/sample.md': crosswalk(mandates),
      'policy/site.yaml': readFileSync(`${PROJECT_ROOT}policy/site.yaml`),
      'policy/mandates/r-24-89.yaml': readFileSync(`${PROJECT_ROOT}policy/mandates/r-24-89.yaml`),
      'policy/mandates/r-24-89.md': readFileSync(`${PROJECT_ROOT}policy/mandates/r-24-89.md`),
    });
    const model = await buildSiteModel({ files, today: '2026-11-21', render: false });
    return model.diagnostics.filter((d) => /unknown-(mandate|requirement)/.test(d.code));
  }

  it('a mandate that does not exist, with the nearest id', async () => {
    expect(await check('  r-24-98:\n    purpose: purpose\n  r-24-89: {}')).toMatchObject([
      {
        code: 'mandate/unknown-mandate',
        line: 11,
        column: 3,
        message: 'Unexpected mandate `r-24-98` in the crosswalk, expected one of `r-24-89`.',
        hint: 'Did you mean `r-24-89`?',
      },
    ]);
  });

  it('a requirement that does not exist, and a site-level requirement mapped to a section', async () => {
    expect(await check('  r-24-89:\n    disciplinary-action: purpose\n    feedback-mechanism: purpose')).toMatchObject([
      { code: 'mandate/unknown-requirement', line: 12, column: 5, hint: 'Did you mean `disciplinary-actions`?' },
      {
        code: 'mandate/unknown-requirement',
        line: 13,
        column: 5,
        message:
          '`feedback-mechanism` is a site-level requirement of R-24-89: it is met by `policy/site.yaml`, not by a section of a policy.',
      },
    ]);
  });
});

describe('staff review of a verdict (policy/reviews/r-24-89.yaml)', () => {
  const policy = readFileSync(fixturePath('mandates', 'requirements', 'disciplinary-actions', 'partial.md'), 'utf8');
  const files = (text: string, reviews: string) =>
    memoryFiles({
      'policy/partial.md': text,
      'policy/site.yaml': readFileSync(`${PROJECT_ROOT}policy/site.yaml`),
      'policy/mandates/r-24-89.yaml': readFileSync(`${PROJECT_ROOT}policy/mandates/r-24-89.yaml`),
      'policy/mandates/r-24-89.md': readFileSync(`${PROJECT_ROOT}policy/mandates/r-24-89.md`),
      'policy/reviews/r-24-89.yaml': reviews,
    });
  const review = (hash: string, requirement = 'disciplinary-actions') =>
    [
      'mandate: r-24-89',
      'reviews:',
      '  - policy: partial',
      '    version: "2.0"',
      `    requirement: ${requirement}`,
      '    determination: met',
      '    by: Jane Doe, Council Services',
      '    date: 2026-11-20',
      '    note: The Personnel Rules it cites set out graduated discipline.',
      `    textHash: "${hash}"`,
    ].join('\n');
  const discipline = async (text: string, reviews: string) => {
    const model = await buildSiteModel({ files: files(text, reviews), today: '2026-11-21', render: false });
    const result = model.policies[0]!.compliance[0]!.requirements.find((r) => r.id === 'disciplinary-actions')!;
    return { model, result, found: model.diagnostics.filter((d) => d.message.includes('§1.A.6')) };
  };

  it('is shown next to the automated result, and the gate accepts it while the text is the one reviewed', async () => {
    const first = await discipline(policy, review('0000000000000000'));
    const hash = first.result.textHash;
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    const { result, found } = await discipline(policy, review(hash));
    expect(result).toMatchObject({
      status: 'partial',
      accepted: true,
      review: { determination: 'met', by: 'Jane Doe, Council Services', date: '2026-11-20', current: true },
    });
    expect(found.map((d) => [d.code, d.severity, d.message])).toEqual([
      [
        'mandate/review-accepted',
        'info',
        'R-24-89 §1.A.6 Disciplinary Actions is partial by automated reading, and accepted as met by council staff (Jane Doe, Council Services, 2026-11-20). Note: The Personnel Rules it cites set out graduated discipline.',
      ],
    ]);
  });

  it('needs review again when the mapped text changes: the automated result applies again', async () => {
    const { result: before } = await discipline(policy, review('0000000000000000'));
    const changed = policy.replace('may be grounds', 'can be grounds');
    expect(changed).not.toBe(policy);
    const { result, found } = await discipline(changed, review(before.textHash));
    expect(result).toMatchObject({ status: 'partial', accepted: false, review: { current: false } });
    expect(found.map((d) => [d.code, d.severity])).toEqual([
      ['mandate/partial-element', 'error'],
      ['mandate/review-outdated', 'warning'],
    ]);
    expect(found[1]!.hint).toBe(
      `Ask council staff to review the new text and record \`textHash: ${result.textHash}\` in \`policy/reviews/r-24-89.yaml\`.`,
    );
  });

  it('names a requirement the mandate does not have, at its line', async () => {
    const { model } = await discipline(policy, review('0000000000000000', 'disciplinary-action'));
    expect(model.diagnostics.filter((d) => d.code === 'mandate/review-unknown')).toMatchObject([
      { file: 'policy/reviews/r-24-89.yaml', line: 5, hint: 'Did you mean `disciplinary-actions`?' },
    ]);
  });
});

describe('binds: elements and publication', () => {
  const procedures = [
    '---',
    'id: procedures',
    'title: Social media procedures of the Parks Department',
    'number: "PD 1"',
    'kind: policy',
    'owner: Parks Department',
    'tags: [social-media-related]',
    'version: "1.0"',
    'status: draft',
    '---',
    '',
    '## Purpose',
    '',
    'How the Parks Department schedules its posts.',
    '',
  ].join('\n');

  it('holds a related policy to publication only: no elements to contain, no crosswalk needed', async () => {
    const files = memoryFiles({
      'policy/procedures.md': procedures,
      'policy/site.yaml': readFileSync(`${PROJECT_ROOT}policy/site.yaml`),
      'policy/mandates/r-24-89.yaml': readFileSync(`${PROJECT_ROOT}policy/mandates/r-24-89.yaml`),
      'policy/mandates/r-24-89.md': readFileSync(`${PROJECT_ROOT}policy/mandates/r-24-89.md`),
    });
    const model = await buildSiteModel({ files, today: '2026-11-21', render: false });
    expect(model.diagnostics.filter((d) => d.code.startsWith('mandate/'))).toEqual([]);
    expect(model.policies[0]!.compliance[0]).toMatchObject({
      binding: 'publication',
      requirements: [],
      compliant: true,
      summary: { met: 0, partial: 0, missing: 0, total: 0 },
    });
    expect(model.mandates[0]!.policies).toEqual(['procedures']);
    expect(model.mandates[0]!.website.map((r) => r.status)).toEqual(['met', 'met', 'met']);
  });
});
