import { describe, expect, it } from 'vitest';
import { diffVersions, reassemble, type DiffModel } from '../../../src/core/diff/index.ts';
import { coalesce } from '../../../src/core/diff/runs.ts';
import { fixtureCases, loadPair, versionOf } from './load-pair.ts';

function diffOf(name: string): DiffModel {
  const [from, to] = loadPair(name);
  return diffVersions(from, to, { policy: 'sample' });
}

const statuses = (model: DiffModel) =>
  model.sections.map((section) => [section.status, section.oldAnchor, section.newAnchor]);

describe('section-aware diff', () => {
  it('insertion: one section changed, the inserted words as one run', () => {
    const model = diffOf('insertion');
    expect(model.summary).toBe('1 section changed; 6 words inserted, 0 deleted.');
    const records = model.sections.find((section) => section.newAnchor === 'records')!;
    expect(records.status).toBe('changed');
    expect(records.runs.filter((run) => run.kind !== 'equal')).toEqual([
      { kind: 'insert', text: ', including deleted posts and their comments' },
    ]);
    expect(model.requirements).toEqual([{ mandate: 'r-24-89', requirement: 'records', anchors: ['records'] }]);
  });

  it('deletion: the deleted clause, and the requirement mapped to its section', () => {
    const model = diffOf('deletion');
    expect(model.summary).toBe('1 section changed; 0 words inserted, 7 deleted.');
    const rules = model.sections.find((section) => section.newAnchor === 'rules')!;
    expect(rules.runs.filter((run) => run.kind !== 'equal')).toEqual([
      { kind: 'delete', text: '- B. Staff must not delete public comments.\n' },
    ]);
    expect(model.requirements).toEqual([{ mandate: 'r-24-89', requirement: 'comment-moderation', anchors: ['rules'] }]);
  });

  it('a moved section is "moved", with no words changed', () => {
    const model = diffOf('moved-section');
    expect(statuses(model)).toEqual([
      ['moved', 'records', 'records'],
      ['unchanged', 'purpose', 'purpose'],
      ['unchanged', 'rules', 'rules'],
      ['unchanged', 'approval', 'approval'],
    ]);
    expect(model.summary).toBe('1 section moved.');
    expect(model.requirements).toEqual([]);
  });

  it('a renamed heading is matched by its text and "renamed"', () => {
    const model = diffOf('renamed-heading');
    const renamed = model.sections.find((section) => section.status === 'renamed')!;
    expect(renamed).toMatchObject({
      oldAnchor: 'records',
      newAnchor: 'record-keeping',
      oldTitle: 'Records',
      newTitle: 'Record Keeping',
      wordsInserted: 2,
      wordsDeleted: 1,
    });
    expect(model.summary).toBe('1 section renamed; 2 words inserted, 1 deleted.');
    // The crosswalk still points at #records, which no longer exists: the requirement is touched.
    expect(model.requirements).toEqual([{ mandate: 'r-24-89', requirement: 'records', anchors: ['records'] }]);
  });

  it('reordered clauses: the section changed, each clause deleted and inserted once', () => {
    const model = diffOf('reordered-clauses');
    expect(statuses(model).filter(([status]) => status !== 'unchanged')).toEqual([['changed', 'rules', 'rules']]);
    expect(model.totals.wordsInserted).toBe(6);
    expect(model.totals.wordsDeleted).toBe(6);
  });

  it('whitespace-only changes count as no change of wording', () => {
    const model = diffOf('whitespace-only');
    expect(model.sections.every((section) => section.status === 'unchanged')).toBe(true);
    expect(model.summary).toBe('No changes to the text as published (only spacing or markup changed).');
  });

  it('punctuation-only changes mark the section changed with no words', () => {
    const model = diffOf('punctuation-only');
    expect(statuses(model).filter(([status]) => status !== 'unchanged')).toEqual([
      ['changed', 'purpose', 'purpose'],
      ['changed', 'rules', 'rules'],
    ]);
    expect(model.summary).toBe('2 sections changed; no words inserted or deleted (punctuation only).');
  });

  it('a paragraph rewritten almost entirely is shown as the old text, then the new', () => {
    const model = diffOf('rewritten-paragraph');
    const purpose = model.sections.find((section) => section.newAnchor === 'purpose')!;
    expect(purpose.runs.filter((run) => run.kind !== 'equal')).toEqual([
      { kind: 'delete', text: "The purpose of this policy is to set rules for the City's social media accounts.\n" },
      {
        kind: 'insert',
        text: 'This document explains how departments run official channels and answer residents online.\n',
      },
    ]);
    expect(purpose.fallback).toBe(null);
  });

  it('identical texts: everything unchanged, one equal run per section', () => {
    const model = diffOf('identical');
    expect(model.summary).toBe('No changes.');
    expect(model.sections.every((section) => section.runs.length === 1 && section.runs[0]!.kind === 'equal')).toBe(
      true,
    );
    expect(model.requirements).toEqual([]);
  });

  it('an added and a removed section, the removed one where it used to be', () => {
    const model = diffOf('added-and-removed-section');
    expect(statuses(model)).toEqual([
      ['unchanged', 'purpose', 'purpose'],
      ['unchanged', 'rules', 'rules'],
      ['unchanged', 'records', 'records'],
      ['removed', 'approval', null],
      ['added', null, 'training'],
    ]);
    expect(model.summary).toBe('1 section added, 1 removed; 10 words inserted, 7 deleted.');
  });

  it('a huge rewrite hits the timeout and falls back to a whole-block replacement, saying so', () => {
    const words = (seed: number, count: number) => {
      let state = seed;
      const out: string[] = [];
      for (let index = 0; index < count; index++) {
        state = (state * 1103515245 + 12345) % 2147483648;
        out.push(`w${state % 5000}`);
      }
      return out.join(' ');
    };
    const front =
      '---\nid: sample\ntitle: Sample\nnumber: X 1\nkind: policy\nowner: Office\nversion: "1.0"\nstatus: draft\n---\n\n';
    const from = versionOf(`${front}## Text\n\n${words(1, 20000)}\n`, '1.0');
    const to = versionOf(`${front}## Text\n\n${words(2, 20000)}\n`, '2.0');
    const model = diffVersions(from, to, { timeoutMs: 20 });
    const section = model.sections[0]!;
    expect(section.fallback).toBe('timeout');
    expect(section.runs.map((run) => run.kind)).toEqual(['equal', 'delete', 'insert']);
    expect(model.notes).toEqual([
      '“Text” changed too much to compare word by word in the time allowed, so the old passage is shown deleted and the new one inserted as whole blocks.',
    ]);
    expect(reassemble(model, 'old')).toBe(from.text);
    expect(reassemble(model, 'new')).toBe(to.text);
  });

  it('passes both sides to the compliance evaluator', () => {
    const [from, to] = loadPair('deletion');
    const model = diffVersions(from, to, { evaluate: (subject) => subject.frontMatter?.version });
    expect(model.compliance).toEqual({ before: '1.0', after: '1.1' });
  });
});

describe('invariant: each side of a DiffModel reassembles to its text', () => {
  for (const name of fixtureCases()) {
    it(`${name}, both directions`, () => {
      const [a, b] = loadPair(name);
      for (const [from, to] of [
        [a, b],
        [b, a],
        [a, a],
      ] as const) {
        const model = diffVersions(from, to);
        expect(reassemble(model, 'old')).toBe(from.text);
        expect(reassemble(model, 'new')).toBe(to.text);
      }
    });
  }

  it('every pair of fixture texts, across cases', () => {
    const texts = fixtureCases().flatMap((name) => loadPair(name));
    for (const from of texts) {
      for (const to of texts) {
        const model = diffVersions(from, to);
        expect(reassemble(model, 'old')).toBe(from.text);
        expect(reassemble(model, 'new')).toBe(to.text);
      }
    }
  });
});

describe('coalesce', () => {
  it('joins changes separated only by spaces into one deletion and one insertion', () => {
    expect(
      coalesce([
        { kind: 'equal', text: 'Staff ' },
        { kind: 'delete', text: 'should' },
        { kind: 'insert', text: 'must' },
        { kind: 'equal', text: ' ' },
        { kind: 'delete', text: 'never' },
        { kind: 'insert', text: 'not' },
        { kind: 'equal', text: ' delete comments.' },
      ]),
    ).toEqual([
      { kind: 'equal', text: 'Staff ' },
      { kind: 'delete', text: 'should never' },
      { kind: 'insert', text: 'must not' },
      { kind: 'equal', text: ' delete comments.' },
    ]);
  });

  it('keeps changes apart when a word or a line break separates them', () => {
    const runs = [
      { kind: 'delete', text: 'a' },
      { kind: 'equal', text: ' b ' },
      { kind: 'insert', text: 'c' },
      { kind: 'equal', text: '\n' },
      { kind: 'insert', text: 'd' },
    ] as const;
    expect(coalesce(runs)).toEqual(runs);
  });
});
