import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { DiagnosticSink } from '../../src/core/diagnostics/diagnostic.ts';
import { parseMarkdown, type PolicyFormat } from '../../src/core/document/parse.ts';
import { buildSections } from '../../src/core/document/sections.ts';
import { renderPolicyHtml } from '../../src/core/document/render.ts';
import { loadPolicy } from '../../src/core/document/load.ts';
import { frontMatter } from '../helpers/fixtures.ts';

/** Renders a body directly, without the profile check: what the renderer does on its own. */
function render(body: string, format: PolicyFormat = 'mdx'): string {
  const sink = new DiagnosticSink(`policy/test.${format}`);
  const tree = parseMarkdown(body, format, sink);
  expect(sink.toDiagnostics()).toEqual([]);
  return renderPolicyHtml(tree!, buildSections(tree!, sink)).trim();
}

describe('renderPolicyHtml: anchors', () => {
  it('puts the slug anchor on headings, without a prefix', () => {
    expect(render('## Rules and Responsibilities\n\nText.\n\n### Who\n')).toBe(
      '<h2 id="rules-and-responsibilities">Rules and Responsibilities</h2>\n<p>Text.</p>\n<h3 id="who">Who</h3>',
    );
  });

  it('marks clauses and their lists, with the clause anchors', () => {
    expect(render('- K. Prohibited:\n  - c. Profane language;\n- L. Guidelines.\n')).toBe(
      [
        '<ul class="clauses">',
        '<li id="k" class="clause">K. Prohibited:',
        '<ul class="clauses">',
        '<li id="k-c" class="clause">c. Profane language;</li>',
        '</ul>',
        '</li>',
        '<li id="l" class="clause">L. Guidelines.</li>',
        '</ul>',
      ].join('\n'),
    );
  });

  it('numbers ordered-list clauses and keeps the start number', () => {
    expect(render('3. Third.\n4. Fourth.\n')).toBe(
      '<ol start="3" class="clauses">\n<li id="3" class="clause">Third.</li>\n<li id="4" class="clause">Fourth.</li>\n</ol>',
    );
  });

  it('leaves ordinary lists alone', () => {
    expect(render('- **Blog:** a diary.\n')).toBe('<ul>\n<li><strong>Blog:</strong> a diary.</li>\n</ul>');
  });
});

describe('renderPolicyHtml: components', () => {
  it('renders <Note> as an aside with role note and its title', () => {
    expect(render('<Note title="Draft">\n\nNot yet adopted.\n\n</Note>\n')).toBe(
      '<aside class="note" role="note" aria-label="Draft"><p class="note-title"><strong>Draft</strong></p><p>Not yet adopted.</p></aside>',
    );
  });

  it('renders a one-line <Note> as an aside, not inside a paragraph', () => {
    expect(render('<Note>Read **this**.</Note>\n')).toBe(
      '<aside class="note" role="note" aria-label="Note"><p class="note-title"><strong>Note</strong></p><p>Read <strong>this</strong>.</p></aside>',
    );
  });

  it('keeps a <Note> inside a sentence inline', () => {
    expect(render('Text <Note title="Aside">inline</Note> here.\n')).toBe(
      '<p>Text <span class="note" role="note" aria-label="Aside"><strong>Aside: </strong>inline</span> here.</p>',
    );
  });

  it('renders <Gap> as visible words, with or without an explanation', () => {
    expect(render('The City is <Gap>cut off in both sources</Gap> and <Gap />.\n')).toBe(
      '<p>The City is <span class="gap">[Text missing: cut off in both sources]</span> and <span class="gap">[Text missing]</span>.</p>',
    );
  });

  it('keeps <abbr title>, <sup>, <sub> and <br>', () => {
    expect(render('The <abbr title="City of Albuquerque">COA</abbr> m<sup>2</sup> H<sub>2</sub>O<br />next\n')).toBe(
      '<p>The <abbr title="City of Albuquerque">COA</abbr> m<sup>2</sup> H<sub>2</sub>O<br>next</p>',
    );
  });

  it('keeps <abbr title> written as raw HTML in a .md file', () => {
    expect(render('The <abbr title="City of Albuquerque">COA</abbr> said.\n', 'md')).toBe(
      '<p>The <abbr title="City of Albuquerque">COA</abbr> said.</p>',
    );
  });

  it('drops comments and the front matter', () => {
    expect(render('---\nid: x\n---\n\n{/* note to editors */}\n\nText {/* inline */} here.\n')).toBe(
      '<p>Text  here.</p>',
    );
  });

  it('renders GFM tables', () => {
    expect(render('| A | B |\n| - | - |\n| 1 | 2 |\n')).toBe(
      '<table>\n<thead>\n<tr>\n<th>A</th>\n<th>B</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>',
    );
  });
});

describe('renderPolicyHtml: sanitising even what the profile should have stopped', () => {
  // These trees would never reach the renderer through `loadPolicy` (the
  // profile rejects them); the sanitiser must still make them harmless.
  it('strips script, iframe, event attributes and javascript: URLs from MDX', () => {
    const html = render(
      '[link](javascript:alert(1)) <script>alert(1)</script> <Foo onClick="x" href="javascript:y">kept text</Foo> <iframe src="https://x.test/" />\n\n![i](data:text/html,x) <abbr onclick="x" title="t" style="color:red">A</abbr>\n',
    );
    expect(html).toBe('<p><a>link</a>  kept text </p>\n<p><img alt="i"> <abbr title="t">A</abbr></p>');
  });

  it('strips raw HTML that is not allowed from a .md file', () => {
    const html = render(
      'Text <img src=x onerror="alert(1)"> <a href="javascript:alert(1)">x</a>\n\n<script>alert(1)</script>\n\n<style>p{}</style>\n',
      'md',
    );
    expect(html).toBe('<p>Text <img src="x"> <a>x</a></p>');
  });

  it('never lets an on* attribute or a javascript: URL through, whatever the tree says', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          data: { hProperties: { onClick: 'alert(1)', style: 'x' } },
          children: [{ type: 'link', url: 'JavaScript:alert(1)', children: [{ type: 'text', value: 'x' }] }],
        },
      ],
    };
    expect(renderPolicyHtml(tree, [])).toBe('<p><a>x</a></p>');
  });

  it('does not change the tree it is given', () => {
    const sink = new DiagnosticSink('policy/test.mdx');
    const tree = parseMarkdown('<Note>Hi</Note>\n\n## Scope\n', 'mdx', sink)!;
    const before = structuredClone(tree);
    renderPolicyHtml(tree, buildSections(tree, sink));
    expect(tree).toEqual(before);
  });
});

describe('loadPolicy never renders a document with errors', () => {
  it.each([
    ['a <script> element', '<script>alert(1)</script>\n', 'mdx/forbidden-element'],
    ['an expression', 'Hello {alert(1)}\n', 'mdx/forbidden-expression'],
    ['an import', "import x from 'y'\n", 'mdx/forbidden-esm'],
  ])('%s', (_name, body, code) => {
    const document = loadPolicy('policy/bad.mdx', new TextEncoder().encode(`${frontMatter('bad')}\n${body}`));
    expect(document.diagnostics.map((d) => d.code)).toEqual([code]);
    expect(document.html).toBeUndefined();
  });

  it('renders a clean document, and skips rendering when asked to', () => {
    const bytes = new TextEncoder().encode(`${frontMatter('ok')}\n## Scope\n`);
    expect(loadPolicy('policy/ok.mdx', bytes).html).toBe('<h2 id="scope">Scope</h2>');
    expect(loadPolicy('policy/ok.mdx', bytes, { render: false }).html).toBeUndefined();
  });
});

describe('hints for HTML an author reached for', () => {
  it.each([
    ['<a href="https://www.cabq.gov/">City</a>\n', 'mdx', 'Write a link in Markdown: `[link text](https://…)`.'],
    ['<b>Bold</b>\n', 'md', 'Write bold text as `**bold**`.'],
    ['<note>Hi</note>\n', 'mdx', 'Did you mean `<Note>`? Component names are case-sensitive.'],
  ])('%j', (body, format, hint) => {
    const document = loadPolicy(`policy/x.${format}`, new TextEncoder().encode(`${frontMatter('x')}\n${body}`));
    expect(document.diagnostics.map((d) => d.hint)).toEqual([hint]);
  });
});

describe('the HTML tree: judged and published as one', () => {
  it('gives a heading that would take the page’s own id the `user-content-` prefix', () => {
    expect(render('## Main\n\n## Contents title\n\n## Scope\n')).toBe(
      '<h2 id="user-content-main">Main</h2>\n<h2 id="user-content-contents-title">Contents title</h2>\n<h2 id="scope">Scope</h2>',
    );
  });

  it('publishes nothing from the comment tricks: the hidden elements are refused, and comments never appear', () => {
    const cases = [
      'Text <!--> <img src="https://evil.example/c1.png"> -->\n',
      '<!-- x --!> <a href="https://evil.example/phish">Official login</a> -->\n',
      '<!---> <h1>Second</h1> -->\n',
      'A <abbr title="<!--">A</abbr> <input name="p"> <abbr title="-->">B</abbr>\n',
    ];
    for (const body of cases) {
      const document = loadPolicy('policy/trick.md', new TextEncoder().encode(`${frontMatter('trick')}\n${body}`));
      expect(document.diagnostics.length, body).toBeGreaterThan(0);
      expect(document.html, body).toBeUndefined();
    }
    const clean = loadPolicy(
      'policy/comment.md',
      new TextEncoder().encode(`${frontMatter('comment')}\nText <!-- a note for editors --> here.\n`),
    );
    expect(clean.diagnostics).toEqual([]);
    expect(clean.html).toBe('<p>Text  here.</p>');
  });

  it('takes an image from another site off the page, keeping its description', () => {
    expect(render('![City seal](https://evil.example/p.png) ![Map](/images/map.png)\n')).toBe(
      '<p><span>City seal</span> <img src="/images/map.png" alt="Map"></p>',
    );
  });
});

describe('ordinary Markdown in .mdx', () => {
  it('publishes anchors as ids, `<br>` as a line break, `3<4` as text and autolinks as links; comments never', () => {
    const document = loadPolicy(
      'policy/ordinary.mdx',
      new TextEncoder().encode(
        `${frontMatter('ordinary')}\n<!-- editors: check -->\n\n<a name="main"></a>Fees<br>apply when 3<4 days pass: <https://www.cabq.gov/>.\n`,
      ),
    );
    expect(document.diagnostics).toEqual([]);
    expect(document.html).toBe(
      '<p><a id="user-content-main"></a>Fees<br>apply when 3&#x3C;4 days pass: <a href="https://www.cabq.gov/">https://www.cabq.gov/</a>.</p>',
    );
  });
});
