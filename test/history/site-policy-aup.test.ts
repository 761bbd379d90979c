// The real history of GitHub's Acceptable Use Policies (37 revisions, CC0; see
// test/fixtures/history/site-policy-aup/cases.md for the facts pinned here),
// replayed into a git repository: versions, redlines and section histories.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { buildSiteModel, type PolicyModel } from '../../src/core/publish/site-model.ts';
import { diskFiles } from '../../src/io/fs-files.ts';
import { gitHistory } from '../../src/io/git-history.ts';
import { headingWords } from '../../src/core/diff/similarity.ts';
import type { PublishedDiff } from '../../src/core/diff/types.ts';
import { aupRepo } from './site-policy-repo.ts';
import { parseFragment } from 'parse5';
import { fromParse5 } from 'hast-util-from-parse5';
import { toHtml } from 'hast-util-to-html';
import type { TestRepo } from './git-repo.ts';

let repo: TestRepo;
let policy: PolicyModel;

beforeAll(async () => {
  repo = aupRepo();
  cpSync(
    join(import.meta.dirname, '../fixtures/site/small-repo/policy/site.yaml'),
    join(repo.root, 'policy/site.yaml'),
  );
  const model = await buildSiteModel({
    files: diskFiles(repo.root),
    today: '2026-11-21',
    history: gitHistory(repo.root),
  });
  policy = model.policies.find((entry) => entry.id === 'github-aup')!;
});
afterAll(() => repo.remove());

const pair = (from: string, to: string): PublishedDiff =>
  policy.diffs.find((diff) => diff.from.version === from && diff.to.version === to)!;
const titled = (diff: PublishedDiff, title: string) =>
  diff.sections.find((section) => (section.newTitle ?? section.oldTitle) === title)!;

describe('a real history: GitHub Acceptable Use Policies, 37 revisions', () => {
  it('has one version per revision, and publishes each consecutive pair and each against the newest', () => {
    expect(policy.versions).toHaveLength(37);
    expect(policy.versions[0]!.version).toBe('1.0');
    expect(policy.versions.at(-1)!.version).toBe('1.36');
    expect(policy.diffs).toHaveLength(36 + 35);
  });

  it('reports the renamed heading of revision 10 → 11 as renamed, in place', () => {
    const section = titled(pair('1.9', '1.10'), '5. Information Usage Restrictions');
    expect(section).toMatchObject({
      status: 'renamed',
      oldTitle: '5. Scraping and API Usage Restrictions',
      renamed: true,
      moved: false,
    });
  });

  it('reports the Spam section of revision 15 → 16 as moved up (and renumbered), the others as renumbered only', () => {
    const diff = pair('1.14', '1.15');
    const spam = titled(diff, '4. Spam and Inauthentic Activity on GitHub');
    expect(spam).toMatchObject({
      oldTitle: '9. Spam and Inauthentic Activity on GitHub',
      moved: true,
      renamed: false,
      renumbered: true,
    });
    expect(diff.sections.filter((section) => section.moved).map((section) => section.newTitle)).toEqual([
      '4. Spam and Inauthentic Activity on GitHub',
    ]);
    expect(
      diff.sections.filter((section) => section.renumbered).map((section) => [section.oldTitle, section.newTitle]),
    ).toContainEqual(['8. Advertising on GitHub', '9. Advertising on GitHub']);
    const moved = diff.overview.find((line) => line.kind === 'moved')!;
    expect(moved.parts.map((part) => part.text).join('')).toBe(
      'Moved: “4. Spam and Inauthentic Activity on GitHub” (was after “8. Advertising on GitHub”, now after “3. Conduct Restrictions”).',
    );
  });

  it('keeps "User Protection" renumbered 10 → 11 and grown at revision 19 → 20 as one changed section', () => {
    const diff = pair('1.18', '1.19');
    const section = titled(diff, '11. User Protection');
    expect(section).toMatchObject({ status: 'changed', oldTitle: '10. User Protection', renumbered: true });
    expect(section.wordsInserted).toBeGreaterThan(section.wordsDeleted);
    expect(diff.sections.filter((s) => s.status === 'removed').map((s) => s.oldTitle)).toEqual([
      '3. Conduct Restrictions',
    ]);
  });

  it('names heading-level changes (revisions 16 → 17 and 17 → 18) without counting words', () => {
    const diff = pair('1.15', '1.16');
    expect(diff.summary).toBe('4 sections changed; no words inserted or deleted (formatting only).');
    expect(titled(diff, '10. User Protection').formatChanges).toEqual(['heading level changed']);
    expect(pair('1.16', '1.17').totals).toMatchObject({ wordsInserted: 0, wordsDeleted: 0, changed: 6 });
  });

  it('shows and counts nothing for the comment-only revision 36 → 37', () => {
    const diff = pair('1.35', '1.36');
    expect(diff.totals).toMatchObject({ wordsInserted: 0, wordsDeleted: 0, changed: 0, added: 0, removed: 0 });
    expect(diff.summary).toBe('No changes to the text as published (only spacing or markup changed).');
    expect(diff.sections.every((section) => section.status === 'unchanged')).toBe(true);
    expect(diff.sections.map((section) => section.html).join('')).not.toContain('localization');
  });

  it('never reports a section that persists under a renumbered heading as removed plus added', () => {
    for (const diff of policy.diffs.filter((entry) => entry.from.version !== entry.to.version)) {
      const removed = diff.sections.filter((s) => s.status === 'removed').map((s) => headingWords(s.oldTitle!));
      const added = diff.sections.filter((s) => s.status === 'added').map((s) => headingWords(s.newTitle!));
      expect(
        removed.filter((title) => added.includes(title)),
        `${diff.from.version}..${diff.to.version}`,
      ).toEqual([]);
    }
  });

  it('gives each section one history, across renames, moves and renumbering, in document order', () => {
    const current = policy.sectionHistories.filter((history) => history.current);
    expect(current.map((history) => history.title)).toEqual([
      'Opening text',
      '1. Compliance with Laws and Regulations',
      '2. User Safety',
      '3. Intellectual Property, Authenticity, and Private Information',
      '4. Spam and Inauthentic Activity on GitHub',
      '5. Site Access and Safety',
      '6. Services Usage Limits',
      '7. Information Usage Restrictions',
      '8. Privacy',
      '9. Excessive Bandwidth Use',
      '10. Advertising on GitHub',
      '11. User Protection',
    ]);
    const bandwidth = current.find((history) => history.title === '9. Excessive Bandwidth Use')!;
    expect(bandwidth.changes[0]).toMatchObject({
      version: '1.0',
      status: 'first',
      title: '7. Excessive Bandwidth Use',
    });
    expect(bandwidth.anchors['1.15']).toBe('8-excessive-bandwidth-use');
    const removed = policy.sectionHistories.filter((history) => !history.current);
    expect(removed.map((history) => [history.title, history.removedIn])).toEqual([['3. Conduct Restrictions', '1.19']]);
    // The title heading removed at revision 4 lives on as the opening text: one lineage, not a removal.
    const opening = current[0]!;
    expect(opening.slug).toBe('opening-text');
    expect(opening.changes[0]).toMatchObject({ version: '1.0', title: 'Acceptable Use Policies' });
    expect(opening.changes.find((change) => change.version === '1.3')).toMatchObject({
      oldTitle: 'Acceptable Use Policies',
      title: 'Opening text',
      renamed: true,
    });
  });

  it('publishes HTML that a browser reads exactly as written: every version page, redline section and section change', () => {
    // Spliced HTML (reading tools, folded histories) and the redline writer are ours: a browser's parser would
    // silently move what is misplaced (a list item inside a paragraph), so the page would not be what we tested.
    const pieces = [
      ...Object.values(policy.versionHtml),
      ...policy.diffs.flatMap((diff) => diff.sections.flatMap((section) => [section.headingHtml, section.html])),
      ...policy.sectionHistories.flatMap((history) =>
        history.changes.flatMap((change) => [change.headingHtml, change.html]),
      ),
    ];
    expect(pieces.length).toBeGreaterThan(1000);
    const misread = pieces.filter((html) => toHtml(fromParse5(parseFragment(html))) !== html);
    expect(misread).toEqual([]);
  });
});
