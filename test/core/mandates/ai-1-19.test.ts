// AI 1-19 against R-24-89: version 1.0 (adopted 2022-08-23, grandfathered) has
// gaps; the draft version 2.0 in the working tree meets every requirement; and
// deleting its disciplinary section makes the check fail at the crosswalk.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../../src/core/publish/site-model.ts';
import { memoryFiles } from '../../../src/core/repository/files.ts';
import { loadPolicy } from '../../../src/core/document/load.ts';
import { complianceGates, evaluateCompliance } from '../../../src/core/mandates/index.ts';
import { fixturePath } from '../../helpers/fixtures.ts';
import { PROJECT_ROOT } from '../../helpers/run-cli.ts';
import { r2489 } from './load-mandate.ts';

const path = 'policy/ai-1-19.mdx';
const mandate = await r2489();
const versionOne = readFileSync(fixturePath('mandates', 'ai-1-19-1.0', 'ai-1-19.mdx'), 'utf8');
const versionTwo = readFileSync(`${PROJECT_ROOT}${path}`, 'utf8');
const statuses = (text: string) =>
  Object.fromEntries(
    evaluateCompliance(loadPolicy(path, new TextEncoder().encode(text)), mandate).requirements.map((r) => [
      r.id,
      r.status,
    ]),
  );

describe('AI 1-19 version 1.0', () => {
  it('is the last committed revision of version 1.0 (the fixture is a faithful copy)', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' });
    const revisions = git('log', '--format=%H', '--', path).split('\n').filter(Boolean);
    const lastOne = revisions
      .map((commit) => git('show', `${commit}:${path}`))
      .find((text) => /^version: "1\.0"$/m.test(text));
    expect(lastOne).toBe(versionOne);
  });

  it('has gaps: six elements partial, restorative actions and policy review missing', () => {
    expect(statuses(versionOne)).toEqual({
      'behavioral-expectations': 'partial',
      'content-specifications': 'partial',
      'personal-attacks': 'partial',
      'response-guidelines': 'partial',
      'monitoring-and-review': 'partial',
      'disciplinary-actions': 'partial',
      'restorative-actions': 'missing',
      'policy-review': 'missing',
    });
  });

  it('is grandfathered: its gaps are information, never errors', () => {
    const document = loadPolicy(path, new TextEncoder().encode(versionOne));
    const report = evaluateCompliance(document, mandate);
    const found = complianceGates([{ version: '1.0', document, report }], mandate);
    expect(found.map((d) => d.severity)).toEqual(Array(8).fill('info'));
    expect(found.find((d) => d.message.includes('§1.A.6'))?.message).toBe(
      'R-24-89 §1.A.6 Disciplinary Actions is partial (not an error: version 1.0 was adopted on 2022-08-23, before R-24-89 was enacted on 2024-12-05): mapped to #policy, which does not mention retraining, reprimand, suspension, the severity of the incident or repeated incidents.',
    );
  });
});

describe('AI 1-19 version 2.0 (the draft in the working tree)', () => {
  it("meets all eight policy elements (the website requirements are the site's, not the text's)", () => {
    expect(Object.values(statuses(versionTwo))).toEqual(Array(8).fill('met'));
  });

  it('quotes, for every concept of every element, the sentence of the policy that meets it, with its line', () => {
    const report = evaluateCompliance(loadPolicy(path, new TextEncoder().encode(versionTwo)), mandate);
    const lines = versionTwo.split('\n');
    for (const requirement of report.requirements) {
      for (const concept of requirement.concepts.filter((c) => !c.optional)) {
        const evidence = concept.evidence!;
        expect(requirement.anchors).toContain(evidence.anchor);
        // The quoted sentence starts on the line given (Markdown emphasis aside), and holds the credited words.
        const line = lines[evidence.line - 1]!.replace(/\*\*/g, '');
        expect(line).toContain(evidence.sentence.split(' ').slice(0, 4).join(' '));
        expect(evidence.sentence).toContain(evidence.words);
      }
    }
    const discipline = report.requirements.find((r) => r.id === 'disciplinary-actions')!;
    expect(discipline.concepts.find((c) => c.name === 'suspension')!.evidence).toEqual({
      anchor: 'disciplinary-actions',
      line: lines.findIndex((text) => text.startsWith('- **A serious incident')) + 1,
      sentence:
        "A serious incident, or a second incident within two years: a written reprimand, retraining, and suspension of the employee's posting access.",
      words: 'suspension',
    });
  });

  it('is a draft open for comment, marked as not adopted', () => {
    const { frontMatter } = loadPolicy(path, new TextEncoder().encode(versionTwo));
    expect(frontMatter).toMatchObject({ version: '2.0', status: 'draft', review: { intervalMonths: 12 } });
    expect(frontMatter?.adopted).toBeUndefined();
    expect(frontMatter?.notice).toContain('has not been adopted by the City of Albuquerque');
  });

  it('passes the check; without its disciplinary section the check fails at the crosswalk, naming §1.A.6', async () => {
    const files = (text: string) =>
      memoryFiles({
        [path]: text,
        'policy/site.yaml': readFileSync(`${PROJECT_ROOT}policy/site.yaml`),
        'policy/mandates/r-24-89.yaml': readFileSync(`${PROJECT_ROOT}policy/mandates/r-24-89.yaml`),
        'policy/mandates/r-24-89.md': readFileSync(`${PROJECT_ROOT}policy/mandates/r-24-89.md`),
      });
    const clean = await buildSiteModel({ files: files(versionTwo), today: '2026-11-21', render: false });
    expect(clean.diagnostics.filter((d) => d.code.startsWith('mandate/'))).toEqual([]);
    expect(clean.policies[0]!.compliance[0]!.compliant).toBe(true);

    const start = versionTwo.indexOf('## Disciplinary Actions');
    const withoutDiscipline =
      versionTwo.slice(0, start) + versionTwo.slice(versionTwo.indexOf('## Restorative Actions'));
    const broken = await buildSiteModel({ files: files(withoutDiscipline), today: '2026-11-21', render: false });
    const line = versionTwo.split('\n').findIndex((text) => text.startsWith('    disciplinary-actions:')) + 1;
    // One error on the crosswalk line, not two: the unknown anchor is why the element is missing.
    expect(broken.diagnostics.filter((d) => d.severity === 'error')).toMatchObject([
      {
        code: 'mandate/unknown-anchor',
        file: path,
        line,
        column: 27,
        message:
          'R-24-89 §1.A.6 Disciplinary Actions is missing: mapped to `#disciplinary-actions`, which is not a section of this policy.',
        hint: "The nearest existing anchor is `#restorative-actions`. Use the anchor shown after # in the section's web address.",
      },
    ]);
  });
});
