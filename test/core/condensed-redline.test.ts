// A section's history shows each change with the changed paragraphs and their marks; every run of unchanged
// paragraphs is one plain line.
import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../src/core/diff/index.ts';
import { condensedRedline } from '../../src/core/publish/condensed-redline.ts';
import { sectionHistories } from '../../src/core/publish/section-history.ts';
import { versionOf } from './diff/load-pair.ts';

const front = (version: string, body: string) =>
  `---\nid: sample\ntitle: Sample\nnumber: AI 1-1\nkind: administrative-instruction\nowner: City\nversion: "${version}"\nstatus: draft\n---\n\n${body}\n`;

const section = (paragraphs: readonly string[]) => ['## Conduct', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
const kept = ['Staff are polite.', 'Staff answer within two days.', 'Staff sign their posts.'];

function redlineOf(before: string, after: string) {
  const model = diffVersions(versionOf(front('1.0', before), '1.0'), versionOf(front('1.1', after), '1.1'));
  return model.sections.find((entry) => entry.oldTitle === 'Conduct')!;
}

describe('condensedRedline', () => {
  it('keeps the changed paragraph with its marks and folds the unchanged ones around it', () => {
    const change = redlineOf(
      section([...kept, 'Posts are removed after a warning.', 'Comments are public records.']),
      section([...kept, 'Posts are removed after one warning.', 'Comments are public records.']),
    );
    expect(condensedRedline(change.html)).toBe(
      '<p class="redline-unchanged">[3 paragraphs unchanged]</p>' +
        '<p>Posts are removed after <del>a</del><ins>one</ins> warning.</p>' +
        '<p class="redline-unchanged">[1 paragraph unchanged]</p>',
    );
  });

  it('names lists apart from paragraphs', () => {
    const change = redlineOf(
      section(['Staff are polite.', '- A. Posts may be removed.\n- B. Accounts may be closed.', 'Old rule.']),
      section(['Staff are polite.', '- A. Posts may be removed.\n- B. Accounts may be closed.', 'New rule.']),
    );
    expect(condensedRedline(change.html)).toMatch(
      /^<p class="redline-unchanged">\[1 paragraph and 1 list unchanged\]<\/p><p><del>Old<\/del><ins>New<\/ins> rule\.<\/p>$/,
    );
  });

  it('shows a whole inserted paragraph, and folds everything when only the heading changed', () => {
    const inserted = redlineOf(section(kept), section([kept[0]!, 'Staff log each reply.', ...kept.slice(1)]));
    expect(condensedRedline(inserted.html)).toBe(
      '<p class="redline-unchanged">[1 paragraph unchanged]</p>' +
        '<p><ins>Staff log each reply.</ins></p>' +
        '<p class="redline-unchanged">[2 paragraphs unchanged]</p>',
    );
    const renamed = redlineOf(section(kept), section(kept).replace('## Conduct', '## Conduct of staff'));
    expect(renamed.renamed).toBe(true);
    expect(condensedRedline(renamed.html)).toBe('<p class="redline-unchanged">[3 paragraphs unchanged]</p>');
  });
});

describe('section histories', () => {
  it('fold unchanged paragraphs, but show a section whole when only its form changed', () => {
    const v1 = versionOf(front('1.0', section(kept)), '1.0');
    const v2 = versionOf(front('1.1', section(['Staff are always polite.', ...kept.slice(1)])), '1.1');
    const v3 = versionOf(front('1.2', section(['Staff are **always** polite.', ...kept.slice(1)])), '1.2');
    const diffs = [diffVersions(v1, v2), diffVersions(v2, v3)];
    const [history] = sectionHistories([v1, v2, v3], diffs).filter((entry) => entry.title === 'Conduct');
    const [, reworded, madeBold] = history!.changes;
    expect(reworded!.html).toBe(
      '<p>Staff are <ins>always</ins> polite.</p><p class="redline-unchanged">[2 paragraphs unchanged]</p>',
    );
    expect(madeBold!.formatChanges).toEqual(['made bold']);
    expect(madeBold!.html).toBe(diffs[1]!.sections.find((entry) => entry.newTitle === 'Conduct')!.html);
  });
});

describe('section histories of a version with a duplicate anchor', () => {
  // GitHub's Terms of Service had "1. GitHub Pages" twice, under two parts, for three versions (an error our check
  // reports, but a real history holds): each of the two sections keeps its own history, with one entry per version.
  it('give each of two sections with the same anchor its own history, and each removal to its own section', () => {
    const v1 = versionOf(front('1.0', '## Terms\n\n### 1. Pages\n\nOne.\n\n## Lab\n\nTwo.'), '1.0');
    const v2 = versionOf(front('1.1', '## Terms\n\n### 1. Pages\n\nOne.\n\n## Lab\n\n### 1. Pages\n\nThree.'), '1.1');
    const v3 = versionOf(front('1.2', '## Terms\n\nNone.\n\n## Lab\n\nTwo.'), '1.2');
    const histories = sectionHistories([v1, v2, v3], [diffVersions(v1, v2), diffVersions(v2, v3)]);
    expect(
      histories
        .filter((history) => history.title === '1. Pages')
        .map((history) => [history.slug, history.changes.map((change) => `${change.version} ${change.status}`)]),
    ).toEqual([
      ['1-pages', ['1.0 first', '1.2 removed']],
      ['1-pages-2', ['1.1 added', '1.2 removed']],
    ]);
  });
});
