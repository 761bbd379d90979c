// The first real policy, AI 1-19: the file in the working tree loads cleanly,
// and version 1.0 (adopted 2022-08-23, read from git, since the working tree
// may hold a newer draft) keeps every citable clause.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/core/document/load.ts';
import { flattenSections } from '../../src/core/document/sections.ts';
import { PROJECT_ROOT } from '../helpers/run-cli.ts';

const path = 'policy/ai-1-19.mdx';
const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' });

/** The text of version 1.0: the newest committed revision whose front matter says `version: "1.0"`. */
function versionOneText(): string {
  for (const commit of git('log', '--format=%H', '--', path).split('\n').filter(Boolean)) {
    const text = git('show', `${commit}:${path}`);
    if (/^version: "?1\.0"?$/m.test(text.slice(0, text.indexOf('\n---', 4)))) return text;
  }
  throw new Error(`No revision of ${path} with version 1.0 in the git history.`);
}

const document = loadPolicy(path, new TextEncoder().encode(versionOneText()));
const sections = flattenSections(document.sections);
const byAnchor = new Map(sections.map((section) => [section.anchor, section]));

describe('policy/ai-1-19.mdx in the working tree', () => {
  it('loads with zero diagnostics and is rendered', () => {
    const current = loadPolicy(path, readFileSync(`${PROJECT_ROOT}${path}`));
    expect(current.diagnostics).toEqual([]);
    expect(current.html).toBeDefined();
  });
});

describe('AI 1-19 version 1.0, from git', () => {
  it('loads with zero diagnostics and is rendered', () => {
    expect(document.diagnostics).toEqual([]);
    expect(document.html).toBeDefined();
  });

  it('has the front matter of version 1.0, adopted 2022-08-23', () => {
    expect(document.frontMatter).toMatchObject({
      id: 'ai-1-19',
      number: 'AI 1-19',
      title: 'Social Media Policy',
      version: '1.0',
      status: 'adopted',
      adopted: { date: '2022-08-23', by: 'Lawrence Rael, Acting Chief Administrative Officer' },
      effective: '2022-08-23',
      owner: 'Department of Technology and Innovation',
    });
  });

  it('has the sections and every clause from A to U(d)(I), in order', () => {
    expect(sections.map((section) => section.anchor)).toEqual([
      'purpose',
      'policy',
      'glossary',
      'rules-and-responsibilities',
      ...['a', 'b', 'c', 'd', 'd-a', 'd-b', 'd-c', 'e', 'f', 'f-a', 'f-b', 'f-c', 'f-d', 'g', 'h', 'i', 'j'],
      ...['k', 'k-a', 'k-b', 'k-c', 'k-d', 'k-e', 'k-f', 'k-g', 'k-h', 'k-i', 'k-j', 'k-k', 'k-l', 'l'],
      ...['m', 'm-a', 'm-b', 'm-c', 'n', 'o', 'o-a', 'o-b', 'o-c', 'p', 'p-a', 'p-b', 'p-c', 'q', 'r'],
      ...['s', 's-a', 's-b', 't', 't-a', 't-b', 't-b-i', 't-b-ii', 't-c', 't-d'],
      ...['u', 'u-a', 'u-b', 'u-c', 'u-d', 'u-d-i'],
      'approval',
    ]);
  });

  it('cites clauses the way the City does', () => {
    expect(byAnchor.get('k-c')).toMatchObject({ citation: '§K(c)', title: 'Profane language or content;' });
    expect(byAnchor.get('t-b-ii')?.citation).toBe('§T(b)(ii)');
    expect(byAnchor.get('u-d-i')?.citation).toBe('§U(d)(I)');
    expect(byAnchor.get('u-d-i')?.text).toBe(
      'I. City officials will only use logos, slogans, signs, graphics, and other media, consistent with Article XII, Section 6 of the City Charter.',
    );
  });

  it('renders every anchor as an id, and clause A with its visible gap', () => {
    for (const section of sections) expect(document.html).toContain(` id="${section.anchor}"`);
    // The source's bare `www.cabq.gov` is published as an `https://` link (the one URL policy, `web-address.ts`).
    expect(document.html).toContain(
      '<li id="a" class="clause">A. The City of Albuquerque\'s website (<a href="https://www.cabq.gov">www.cabq.gov</a>) will remain the City\'s primary and <span class="gap">[Text missing: The rest of this sentence is missing from both source documents.]</span></li>',
    );
  });

  it('records the unclear points of its sources against existing anchors', () => {
    const notes = document.frontMatter?.sources?.notes ?? [];
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) if (note.anchor !== undefined) expect(byAnchor.has(note.anchor), note.anchor).toBe(true);
  });
});
