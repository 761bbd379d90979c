// The redline that matters most: AI 1-19 1.0 (from git) → 2.0 (the working
// tree). It must read as the policy reads (no Markdown or MDX syntax) and say
// that 1.0's comment rules continue, reworded, as 2.0's comment rules.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../src/core/document/load.ts';
import { diffSideOf, sourceOf } from '../../../src/core/versions/load-revision.ts';
import { diffVersions, type DiffVersion } from '../../../src/core/diff/index.ts';
import { PROJECT_ROOT } from '../../helpers/run-cli.ts';

const path = 'policy/ai-1-19.mdx';
const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' });

function versionOneText(): string {
  for (const commit of git('log', '--format=%H', '--', path).split('\n').filter(Boolean)) {
    const text = git('show', `${commit}:${path}`);
    if (/^version: "?1\.0"?$/m.test(text.slice(0, text.indexOf('\n---', 4)))) return text;
  }
  throw new Error(`No revision of ${path} with version 1.0 in the git history.`);
}

function side(text: string, version: string): DiffVersion {
  return diffSideOf(sourceOf(loadPolicy(path, new TextEncoder().encode(text))), version);
}

const model = diffVersions(side(versionOneText(), '1.0'), side(readFileSync(`${PROJECT_ROOT}${path}`, 'utf8'), '2.0'));
const lines = model.overview.map((line) => line.parts.map((part) => part.text).join(''));

describe('AI 1-19 1.0 → 2.0', () => {
  it('says that the comment rules K(a)–(l) continue as "Comment Rules for the Public", reworded', () => {
    expect(lines).toContain(
      "Version 1.0's “Rules and Responsibilities” K(a)–(l) continue as version 2.0's “Comment Rules for the Public”, reworded.",
    );
    const rules = model.sections.find((section) => section.newTitle === 'Comment Rules for the Public')!;
    expect(rules.movedIn).toContainEqual(
      expect.objectContaining({ title: 'Rules and Responsibilities', change: 'change-rules-and-responsibilities' }),
    );
    // Shown as moved and compared with the old clause, not as all new.
    expect(rules.html).toContain('[Moved from “Rules and Responsibilities” §K(c)]');
    expect(rules.wordsKept).toBeGreaterThan(40);
  });

  it('leads with the share kept, then what is new and what was removed, each linked to its change', () => {
    expect(lines[0]).toMatch(/^Version 2\.0 keeps \d+% of the words of version 1\.0\.$/);
    const removed = model.overview.find((line) => line.kind === 'removed')!;
    expect(removed.parts.filter((part) => part.change).map((part) => part.change)).toEqual([
      'change-policy',
      'change-glossary',
      'change-rules-and-responsibilities',
      'change-approval',
    ]);
    expect(model.overview.find((line) => line.kind === 'new')!.parts[0]!.text).toBe('New in version 2.0: ');
  });

  it('shows the text as published: no Markdown or MDX syntax, gaps and bold rendered', () => {
    const html = model.sections.map((section) => section.headingHtml + section.html).join('\n');
    for (const syntax of ['## ', '**', '<Gap', '</Gap>', '<Note', '](', '{/*', 'Approved:\\']) {
      expect(html, syntax).not.toContain(syntax);
    }
    expect(html).toContain('<strong>Blog:</strong>');
    expect(html).toContain(
      '<span class="gap">[Text missing: The rest of this sentence is missing from both source documents.]</span>',
    );
    // Plain marks: the screen-reader words come from the stylesheet.
    expect(html).toContain('<del>');
    expect(html).not.toContain('visually-hidden');
  });
});
