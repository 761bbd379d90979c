// The Markdown pieces of the pull-request report: escaping, and the short
// redline (context cut to a few words, a cap per section).
import { describe, expect, it } from 'vitest';
import { inline, prose, table } from '../../src/core/text/markdown.ts';
import { CONTEXT_WORDS, PASSAGE_WORDS, REDLINE_LIMIT, sectionRedline } from '../../src/core/report/redline.ts';
import type { WordRun } from '../../src/core/diff/index.ts';

const words = (count: number, word = 'word') => Array.from({ length: count }, (_, i) => `${word}${i + 1}`).join(' ');

describe('escaping', () => {
  it('policy text never becomes markup, HTML or a table cell break', () => {
    expect(inline('a | b *c* _d_ [e](f) <script> `g` # h ~~i~~ & j\nk')).toBe(
      'a \\| b \\*c\\* \\_d\\_ \\[e\\](f) &lt;script&gt; \\`g\\` \\# h \\~\\~i\\~\\~ &amp; j k',
    );
  });

  it('our own messages keep their code spans; a pipe inside one is escaped for tables', () => {
    expect(prose('Unexpected key `titel` in *front matter*, expected `a|b`.')).toBe(
      'Unexpected key `titel` in \\*front matter\\*, expected `a\\|b`.',
    );
  });

  it('tables', () => {
    expect(table(['A', 'B'], [['1', '2']])).toBe('| A | B |\n| --- | --- |\n| 1 | 2 |');
  });
});

describe('sectionRedline', () => {
  it('keeps a few unchanged words around each change and cuts the rest', () => {
    const runs: WordRun[] = [
      { kind: 'equal', text: `## Heading\n\n${words(20)} ` },
      { kind: 'delete', text: 'old' },
      { kind: 'insert', text: 'new' },
      { kind: 'equal', text: ` ${words(30, 'mid')} ` },
      { kind: 'insert', text: 'added words' },
      { kind: 'equal', text: ` ${words(20, 'end')}\n` },
    ];
    expect(CONTEXT_WORDS).toBe(8);
    expect(sectionRedline({ runs })).toBe(
      '… word13 word14 word15 word16 word17 word18 word19 word20 <del>old</del><ins>new</ins>' +
        ' mid1 mid2 mid3 mid4 mid5 mid6 mid7 mid8 … mid23 mid24 mid25 mid26 mid27 mid28 mid29 mid30 ' +
        '<ins>added words</ins> end1 end2 end3 end4 end5 end6 end7 end8 …',
    );
  });

  it('shows a short section whole, line breaks as <br>, without its unchanged heading line', () => {
    const runs: WordRun[] = [
      { kind: 'equal', text: '## Hours\n\nParks open at ' },
      { kind: 'delete', text: 'six' },
      { kind: 'insert', text: 'seven' },
      { kind: 'equal', text: '.\n\n- A. Gates close at ten.\n' },
    ];
    expect(sectionRedline({ runs })).toBe('Parks open at <del>six</del><ins>seven</ins>.<br>- A. Gates close at ten.');
  });

  it('cuts a long inserted or deleted passage after a few words and says how many are left out', () => {
    expect(PASSAGE_WORDS).toBe(40);
    expect(sectionRedline({ runs: [{ kind: 'delete', text: `## Old\n\n${words(45)}\n` }] })).toBe(
      `<del>\\#\\# Old<br>${words(38)} … (7 more words)</del>`,
    );
  });

  it('a hard line break (a backslash at the end of a line) shows as a line break only', () => {
    const runs: WordRun[] = [{ kind: 'delete', text: 'Approved:\\\nLawrence Rael\\\n8/23/2022 | 2:47 PM' }];
    expect(sectionRedline({ runs })).toBe('<del>Approved:<br>Lawrence Rael<br>8/23/2022 \\| 2:47 PM</del>');
  });

  it('caps a long redline and says it was shortened', () => {
    const runs: WordRun[] = Array.from({ length: 200 }, (_, i) => ({
      kind: i % 2 === 0 ? ('insert' as const) : ('equal' as const),
      text: i % 2 === 0 ? `inserted${i}` : ' ',
    }));
    const redline = sectionRedline({ runs });
    expect(redline.endsWith(' … *(shortened)*')).toBe(true);
    expect(redline.length).toBeLessThanOrEqual(REDLINE_LIMIT + ' … *(shortened)*'.length);
  });
});
