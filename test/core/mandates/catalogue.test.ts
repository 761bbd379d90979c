import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMandates } from '../../../src/core/mandates/index.ts';
import { memoryFiles } from '../../../src/core/repository/files.ts';
import { flattenSections } from '../../../src/core/document/sections.ts';
import { fixturePath, located } from '../../helpers/fixtures.ts';
import { PROJECT_ROOT } from '../../helpers/run-cli.ts';

const realYaml = readFileSync(`${PROJECT_ROOT}policy/mandates/r-24-89.yaml`, 'utf8');
const realText = readFileSync(`${PROJECT_ROOT}policy/mandates/r-24-89.md`, 'utf8');
const seed = readFileSync(fixturePath('mandates', 'source', 'r-24-89-legislative-record.txt'), 'utf8');

describe('the R-24-89 catalogue', () => {
  it('loads with no diagnostics, its text rendered with citable anchors', async () => {
    const catalogue = await loadMandates(
      memoryFiles({ 'policy/mandates/r-24-89.yaml': realYaml, 'policy/mandates/r-24-89.md': realText }),
    );
    expect(catalogue.diagnostics).toEqual([]);
    const [mandate] = catalogue.mandates;
    expect(mandate).toMatchObject({
      id: 'r-24-89',
      citation: 'R-24-89',
      approved: '2024-11-18',
      enacted: '2024-12-05',
    });
    expect(mandate!.requirements.map((r) => [r.id, r.clause, r.anchor])).toEqual([
      ['behavioral-expectations', '§1.A.1', 'a-1'],
      ['content-specifications', '§1.A.2', 'a-2'],
      ['personal-attacks', '§1.A.3', 'a-3'],
      ['response-guidelines', '§1.A.4', 'a-4'],
      ['monitoring-and-review', '§1.A.5', 'a-5'],
      ['disciplinary-actions', '§1.A.6', 'a-6'],
      ['restorative-actions', '§1.A.7', 'a-7'],
      ['policy-review', '§1.A.8', 'a-8'],
      ['public-page', '§1.B', 'b'],
      ['feedback-mechanism', '§1.B', 'b'],
      ['violation-reporting', '§1.B', 'b'],
    ]);
    const text = catalogue.texts[0]!;
    expect(flattenSections(text.sections).map((section) => section.anchor)).toEqual([
      'legislative-record',
      'actions',
      'council-bill',
      'section-1',
      'a',
      ...['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6', 'a-7', 'a-8'],
      'b',
      'section-2',
      'section-3',
      'section-4',
      'about-this-text',
    ]);
    expect(text.html).toContain(
      '<li id="a-6" class="clause">Disciplinary Actions: Define specific disciplinary actions',
    );
  });

  it('quotes every requirement word for word from the resolution', async () => {
    const catalogue = await loadMandates(
      memoryFiles({ 'policy/mandates/r-24-89.yaml': realYaml, 'policy/mandates/r-24-89.md': realText }),
    );
    const flatSeed = seed.replace(/\s+/g, ' ');
    for (const requirement of catalogue.mandates[0]!.requirements) expect(flatSeed).toContain(requirement.text);
    for (const deadline of catalogue.mandates[0]!.deadlines ?? []) expect(flatSeed).toContain(deadline.text);
  });

  it('keeps the WHEREAS clauses and Sections 1 to 4 of the seed, word for word', () => {
    const body = seed.slice(seed.indexOf('WHEREAS, when used'), seed.indexOf('X:\\CL'));
    const paragraphs = body
      .split(/\n\s*\n/)
      .map((part) =>
        part
          .replace(/^\d\.\s+|^[AB]\.\s+/, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((part) => part !== '' && !/^SECTION \d\.$/.test(part));
    const flatText = realText.replace(/\s+/g, ' ');
    for (const paragraph of paragraphs) {
      const words = paragraph.replace(/^SECTION \d\. /, '');
      expect(flatText).toContain(words);
    }
  });
});

describe('mandate file problems are positioned', () => {
  const base = `id: x-1
title: A test mandate
citation: X-1
approved: 2024-01-01
enacted: 2024-01-05
binds: { elements: { tags: [social-media] } }
requirements:
  - id: a
    clause: §1
    title: A
    text: A.
    scope: policy
    checks: {}
`;

  it('an unknown key, with the expected keys', async () => {
    const { diagnostics, mandates } = await loadMandates(
      memoryFiles({ 'policy/mandates/x-1.yaml': base.replace('citation:', 'citaton: X\ncitation:') }),
    );
    expect(mandates).toEqual([]);
    expect(diagnostics.map(located)).toEqual([{ code: 'mandate/unknown-key', line: 3, column: 1 }]);
    expect(diagnostics[0]!.hint).toBe('Did you mean `citation`?');
  });

  it('an id that is not the file name', async () => {
    const { diagnostics } = await loadMandates(memoryFiles({ 'policy/mandates/x-2.yaml': base }));
    expect(diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ['mandate/id-mismatch', 1, 'The id `x-1` does not match the file name `x-2`.'],
    ]);
  });

  it('a requirement id used twice, at the second, with the first as the related place', async () => {
    const twice = `${base}  - id: a
    clause: §2
    title: B
    text: B.
    scope: policy
    checks: {}
`;
    const { diagnostics } = await loadMandates(memoryFiles({ 'policy/mandates/x-1.yaml': twice }));
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.message, d.related])).toEqual([
      [
        'mandate/duplicate-requirement',
        14,
        9,
        'The requirement id `a` is used twice.',
        [{ file: 'policy/mandates/x-1.yaml', line: 8, column: 9, message: 'first used' }],
      ],
    ]);
  });

  it('a key written twice, with where it is first written', async () => {
    const { diagnostics } = await loadMandates(
      memoryFiles({ 'policy/mandates/x-1.yaml': base.replace('enacted:', 'title: Again\nenacted:') }),
    );
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.related])).toEqual([
      [
        'mandate/duplicate-key',
        5,
        1,
        [{ file: 'policy/mandates/x-1.yaml', line: 2, column: 1, message: 'first written' }],
      ],
    ]);
  });

  it('a missing document and an anchor the document does not have', async () => {
    const withDocument = base
      .replace('binds:', 'document: x-1.md\nbinds:')
      .replace('    clause: §1', '    clause: §1\n    anchor: sectoin-1');
    const missing = await loadMandates(memoryFiles({ 'policy/mandates/x-1.yaml': withDocument }));
    expect(missing.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ['mandate/missing-document', 6, 'The mandate text `policy/mandates/x-1.md` was not found.'],
    ]);
    const present = await loadMandates(
      memoryFiles({ 'policy/mandates/x-1.yaml': withDocument, 'policy/mandates/x-1.md': '## Section 1\n\nText.\n' }),
    );
    expect(present.diagnostics.map((d) => [d.code, d.line, d.message, d.hint])).toEqual([
      [
        'mandate/unknown-clause',
        11,
        'Unexpected anchor `sectoin-1`: `policy/mandates/x-1.md` has no such section or clause.',
        'Did you mean `section-1`?',
      ],
    ]);
  });
});
