import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffVersions, countWords } from '../../src/core/diff/index.ts';
import {
  changedWordShare,
  checkAdoption,
  checkAdoptionCompliance,
  checkChangeDeclaration,
  classifyChange,
  LOOKS_SUBSTANTIVE_SHARE,
  nextVersion,
  type ComplianceLike,
  type VersionSnapshot,
} from '../../src/core/lifecycle/rules.ts';
import type { PolicyFrontMatter } from '../../src/core/schemas/types.ts';
import { memoryFiles } from '../../src/core/repository/files.ts';
import { buildSiteModel } from '../../src/core/publish/site-model.ts';
import { fixturePath, withExampleSite } from '../helpers/fixtures.ts';

const base: PolicyFrontMatter = {
  id: 'records-retention',
  title: 'Records Retention Policy',
  number: 'AI 2-7',
  kind: 'policy',
  owner: 'Office of the City Clerk',
  version: '1.0',
  status: 'adopted',
  adopted: { date: '2024-06-03', by: 'Jane Roe' },
  effective: '2024-07-01',
};

const snapshot = (version: string, extra: Partial<PolicyFrontMatter> = {}, text = 'Text.'): VersionSnapshot => ({
  version,
  frontMatter: { ...base, version, ...extra },
  text,
});

const codes = (findings: readonly { code: string }[]) => findings.map((finding) => finding.code);

describe('nextVersion', () => {
  it.each([
    ['1.0', 'editorial', '1.1'],
    ['1.9', 'editorial', '1.10'],
    ['1.3', 'substantive', '2.0'],
    ['2.10', 'substantive', '3.0'],
  ] as const)('%s after a %s change is %s', (version, kind, expected) => {
    expect(nextVersion(version, kind)).toBe(expected);
  });
});

describe('checkAdoption', () => {
  it('accepts a consistent adoption record', () => {
    expect(checkAdoption(base, '2026-11-21')).toEqual([]);
    expect(checkAdoption({ ...base, effective: '2024-06-03' }, '2026-11-21')).toEqual([]);
  });

  it('rejects an effective date before the adoption date', () => {
    expect(checkAdoption({ ...base, effective: '2024-06-02' }, '2026-11-21')).toEqual([
      {
        code: 'lifecycle/effective-before-adoption',
        message: 'The effective date 2024-06-02 is before the adoption date 2024-06-03.',
        hint: 'A policy takes effect on or after the day it is signed. Check both dates against the signed copy.',
        path: ['effective'],
        part: 'value',
      },
    ]);
  });

  it('rejects an adoption dated after today, but accepts one dated today', () => {
    const signed = { ...base, adopted: { date: '2026-11-22', by: 'Jane Roe' }, effective: '2026-12-01' };
    expect(checkAdoption(signed, '2026-11-21').map((f) => [f.code, f.message])).toEqual([
      ['lifecycle/adopted-in-future', 'The adoption date 2026-11-22 is after today (2026-11-21).'],
    ]);
    expect(checkAdoption(signed, '2026-11-22')).toEqual([]);
  });

  it('rejects an adoption record on a draft', () => {
    expect(checkAdoption({ ...base, status: 'draft' }, '2026-11-21').map((f) => [f.code, f.path])).toEqual([
      ['lifecycle/draft-has-adoption', ['adopted']],
      ['lifecycle/draft-has-adoption', ['effective']],
    ]);
  });
});

describe('checkAdoptionCompliance (adopting a non-compliant version)', () => {
  const report: ComplianceLike = {
    mandateId: 'r-24-89',
    citation: 'R-24-89',
    requirements: [
      { clause: '§1.A.6', title: 'Disciplinary Actions', status: 'partial' },
      { clause: '§1.A.8', title: 'Review Schedule', status: 'missing' },
      { clause: '§1.A.1', title: 'Purpose', status: 'met' },
    ],
  };

  it('refuses adoption while a requirement is partial or missing', () => {
    expect(checkAdoptionCompliance(base, [report])).toEqual([
      {
        code: 'lifecycle/adopted-with-gaps',
        message:
          'This version cannot be adopted: it does not yet meet 2 requirements of R-24-89: §1.A.6 Disciplinary Actions (partial); §1.A.8 Review Schedule (missing).',
        hint: 'Keep `status: draft` until every requirement of R-24-89 is met (see `policy compliance`), then adopt it.',
        path: ['status'],
        part: 'value',
      },
    ]);
  });

  it('lets a draft have gaps (the mandates engine reports them), and an adopted compliant version pass', () => {
    expect(checkAdoptionCompliance({ ...base, status: 'draft' }, [report])).toEqual([]);
    const met: ComplianceLike = { ...report, requirements: report.requirements.map((r) => ({ ...r, status: 'met' })) };
    expect(checkAdoptionCompliance(base, [met])).toEqual([]);
  });
});

describe('checkChangeDeclaration', () => {
  it('asks for the change summary when it is empty or blank', () => {
    for (const summary of ['', '   ']) {
      expect(checkChangeDeclaration({ ...base, change: { kind: 'editorial', summary } })).toEqual([
        {
          code: 'lifecycle/change-summary-missing',
          message: 'Write the change summary: `change.summary` is empty for this editorial change.',
          hint: 'Say in one or two plain sentences what this version changes and why, for the public.',
          path: ['change', 'summary'],
          part: 'value',
        },
      ]);
    }
    expect(checkChangeDeclaration({ ...base, change: { kind: 'editorial', summary: 'Fixes a typo.' } })).toEqual([]);
    expect(checkChangeDeclaration(base)).toEqual([]);
  });
});

describe('classifyChange', () => {
  const editorial = { change: { kind: 'editorial' as const, summary: 'Fixes typos.' } };
  const substantive = { change: { kind: 'substantive' as const, summary: 'Adds a review schedule.' } };

  it('accepts MAJOR+1.0 for a substantive change and MAJOR.MINOR+1 for an editorial one', () => {
    expect(classifyChange(snapshot('1.3'), snapshot('2.0', substantive), 0.4)).toEqual([]);
    expect(classifyChange(snapshot('1.3'), snapshot('1.4', editorial), 0.02)).toEqual([]);
    expect(classifyChange(snapshot('1.9'), snapshot('1.10', editorial), 0)).toEqual([]);
  });

  it('requires a substantive change to raise MAJOR', () => {
    expect(classifyChange(snapshot('1.3'), snapshot('1.4', substantive), 0.4)).toEqual([
      {
        code: 'lifecycle/substantive-needs-major',
        message: 'A substantive change after version 1.3 must be numbered 2.0, not 1.4.',
        hint: 'Set `version: "2.0"`, or declare `change.kind: editorial` if only wording or layout changed.',
        path: ['version'],
        part: 'value',
      },
    ]);
    expect(codes(classifyChange(snapshot('1.3'), snapshot('3.0', substantive), 0.4))).toEqual([
      'lifecycle/substantive-needs-major',
    ]);
  });

  it('requires an editorial change to raise MINOR by one', () => {
    expect(classifyChange(snapshot('1.3'), snapshot('2.0', editorial), 0.01).map((f) => f.message)).toEqual([
      'An editorial change after version 1.3 must be numbered 1.4, not 2.0.',
    ]);
    expect(codes(classifyChange(snapshot('1.3'), snapshot('1.5', editorial), 0.01))).toEqual([
      'lifecycle/editorial-needs-minor',
    ]);
  });

  it('leaves a missing `change` to the history rules, and the first version alone', () => {
    expect(classifyChange(snapshot('1.0'), snapshot('1.1'), 0.5)).toEqual([]);
    expect(classifyChange(undefined, snapshot('1.0'), 1)).toEqual([]);
    expect(classifyChange(snapshot('1.1'), snapshot('1.1', editorial), 1)).toEqual([]);
  });

  it(`warns when an editorial change changes more than ${LOOKS_SUBSTANTIVE_SHARE * 100}% of the words`, () => {
    expect(classifyChange(snapshot('1.0'), snapshot('1.1', editorial), 0.15)).toEqual([]);
    expect(classifyChange(snapshot('1.0'), snapshot('1.1', editorial), 0.16)).toEqual([
      {
        code: 'version/looks-substantive',
        message:
          'This editorial change changes 16% of the words, more than the 15% an editorial change usually does; it looks substantive.',
        hint: 'If what the policy requires has changed, declare `change.kind: substantive` and number it 2.0.',
        path: ['change', 'kind'],
        part: 'value',
      },
    ]);
    expect(classifyChange(snapshot('1.0'), snapshot('2.0', substantive), 0.9)).toEqual([]);
  });

  it('flags an editorial change that rewrites half the text (word share from the diff engine)', () => {
    // 20 words; the second sentence (10 words) is replaced by 10 new words.
    const before =
      'Departments keep records for the full period the State sets. Paper copies stay in locked rooms until their disposal date.';
    const after =
      'Departments keep records for the full period the State sets. Each director signs off on destruction with written approval first.';
    const source = (version: string, text: string) => ({ version, text, sections: [], bodyStart: 0 });
    const diff = diffVersions(source('1.0', before), source('1.1', after));
    const share = changedWordShare(diff.totals, countWords(before));
    expect(share).toBe(0.5);
    expect(codes(classifyChange(snapshot('1.0', {}, before), snapshot('1.1', editorial, after), share))).toEqual([
      'version/looks-substantive',
    ]);
  });
});

describe('changedWordShare', () => {
  it('takes the larger of inserted and deleted words over the previous word count, at most 1', () => {
    expect(changedWordShare({ wordsInserted: 10, wordsDeleted: 4 }, 100)).toBe(0.1);
    expect(changedWordShare({ wordsInserted: 0, wordsDeleted: 50 }, 100)).toBe(0.5);
    expect(changedWordShare({ wordsInserted: 300, wordsDeleted: 0 }, 100)).toBe(1);
    expect(changedWordShare({ wordsInserted: 0, wordsDeleted: 0 }, 0)).toBe(0);
    expect(changedWordShare({ wordsInserted: 5, wordsDeleted: 0 }, 0)).toBe(1);
  });
});

describe('adoption gate with the mandates engine (R-24-89)', () => {
  const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const files = (policy: string) =>
    withExampleSite(
      memoryFiles({
        'policy/ai-1-19.mdx': policy,
        'policy/mandates/r-24-89.yaml': read('policy/mandates/r-24-89.yaml'),
        'policy/mandates/r-24-89.md': read('policy/mandates/r-24-89.md'),
      }),
    );
  const lifecycleOf = async (policy: string) =>
    (await buildSiteModel({ files: files(policy), today: '2026-11-21', render: false })).diagnostics.filter(
      (d) => d.code === 'lifecycle/adopted-with-gaps',
    );

  it('grandfathers AI 1-19 1.0, adopted in 2022 before R-24-89 was enacted', async () => {
    expect(
      await lifecycleOf(
        readFileSync(fixturePath('lifecycle', 'ai-1-19-adopted-2022', 'policy', 'ai-1-19.mdx'), 'utf8'),
      ),
    ).toEqual([]);
  });

  it('refuses the same text adopted after R-24-89, on the `status` line', async () => {
    const adoptedLate = readFileSync(fixturePath('lifecycle', 'ai-1-19-adopted-2022', 'policy', 'ai-1-19.mdx'), 'utf8')
      .replace('  date: 2022-08-23', '  date: 2026-11-02')
      .replace('effective: 2022-08-23', 'effective: 2026-11-02');
    const found = await lifecycleOf(adoptedLate);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', file: 'policy/ai-1-19.mdx', line: 9, column: 9 });
    expect(found[0]!.message).toMatch(
      /^This version cannot be adopted: it does not yet meet \d+ requirements of R-24-89: §1\.A\.\d/,
    );
  });
});
