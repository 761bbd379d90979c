// Random documents assembled from the pieces that trip parsers up (unclosed
// tags and braces, broken YAML, bad URLs, stray bytes). Seeded, so every run
// checks the same 1,000 documents: none may throw, and whatever is rendered
// must hold no script, no event attribute and no unsafe URL.
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/core/document/load.ts';
import { readSiteConfig } from '../../src/core/repository/site-config.ts';
import { frontMatter } from '../helpers/fixtures.ts';

const pieces = [
  '---\n',
  'id: t\n',
  'title: [\n',
  'title: "x\n',
  '\n',
  '\r\n',
  '## H\n',
  '# \n',
  '- A. x\n',
  '  - a. y\n',
  '1. z\n',
  '(a) q\n',
  '<Note>',
  '</Note>',
  '<Gap />',
  '<Note title="t">',
  '{',
  '}',
  '{/* c */}',
  '<',
  '>',
  '<script>',
  '<!-- c -->',
  '[x](javascript:1)',
  '![i](data:x)',
  '[r]: vbscript:x\n',
  '[x][r]',
  '<abbr title="x">',
  '</abbr>',
  'text ',
  '`code`',
  '```\ncode\n```\n',
  '| a | b |\n| - | - |\n',
  'import x from "y"\n',
  'export default 1\n',
  '\t',
  '\u0000',
  '\uFEFF',
  '&#106;',
  'é',
  '😀',
  '\\',
  '*',
  '_',
  '<>',
  '</>',
  '<Foo {...p} />',
  '<a href={x}>',
  '<img src=x onerror=alert(1)>',
  '<a href="java&#9;script:x">',
  'status: adopted\n',
  '  log:\n    - date: 2025-02-30\n',
];

/** A small linear congruential generator: the same sequence on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const unsafe =
  /<(script|style|iframe|object|embed|form)\b|\s(href|src)="\s*(javascript|vbscript|data):|<[a-z][^>]*\son[a-z]+=/i;

describe('loadPolicy on 1,000 random documents', () => {
  it('never throws and never renders anything unsafe', () => {
    const next = random(2026);
    let rendered = 0;
    for (let index = 0; index < 500; index++) {
      const count = 1 + Math.floor(next() * 30);
      const body = Array.from({ length: count }, () => pieces[Math.floor(next() * pieces.length)]!).join('');
      const text = next() < 0.7 ? `${frontMatter('t')}${body}` : body;
      let bytes = new TextEncoder().encode(text);
      if (next() < 0.05) bytes = new Uint8Array([...bytes, 0xff]);
      for (const path of ['policy/t.mdx', 'policy/t.md']) {
        let document;
        try {
          document = loadPolicy(path, bytes, { render: true });
        } catch (error) {
          throw new Error(`${path}: ${JSON.stringify(text)}: ${String(error)}`, { cause: error });
        }
        if (document.html === undefined) continue;
        rendered += 1;
        expect(document.html.match(unsafe)?.[0], `${path}: ${JSON.stringify(text)}`).toBeUndefined();
        expect(document.diagnostics.some((d) => d.severity === 'error')).toBe(false);
      }
    }
    // Enough documents got through to the renderer for the check to mean something.
    expect(rendered).toBeGreaterThan(50);
  });
});

const keys = ['id', 'title', 'version', 'status', 'tags', 'review', 'intervalMonths', 'log', 'date', 'decision'];
const moreKeys = ['mandates', 'R_1', 'r-1', 'sources', 'notes', 'feedback', 'url', 'timeZone', 'titel'];
const values = ['', ' x', ' 1', ' 1.0', ' "1.0"', ' 2025-02-30', ' []', ' [a, B]', ' {}', ' null', ' adopted', ' -1'];
const oddValues = [' |\n  block', ' &a x', ' *a', ' !!str 1', ' [', ' "', " '", ' {a: 1', ' - a', ' ~', ' "x: y"'];

describe('front matter and site settings from 500 random YAML blocks', () => {
  it('never throw', () => {
    const next = random(1989);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const block = (depth: number): string =>
      Array.from({ length: 1 + Math.floor(next() * 5) }, () => {
        const indent = '  '.repeat(depth);
        const key = pick([...keys, ...moreKeys]);
        if (depth < 3 && next() < 0.3) return `${indent}${key}:\n${block(depth + 1)}`;
        if (depth < 3 && next() < 0.15) return `${indent}${key}:\n${indent}  - ${pick(keys)}:${pick(values)}`;
        return `${indent}${key}:${pick([...values, ...oddValues])}`;
      }).join('\n');
    let reported = 0;
    for (let index = 0; index < 500; index++) {
      const yaml = block(0);
      const bytes = new TextEncoder().encode(`---\n${yaml}\n---\n\n## Scope\n`);
      try {
        reported += loadPolicy('policy/t.mdx', bytes).diagnostics.length;
        reported += readSiteConfig(new TextEncoder().encode(yaml)).diagnostics.length;
      } catch (error) {
        throw new Error(`${JSON.stringify(yaml)}: ${String(error)}`, { cause: error });
      }
    }
    expect(reported).toBeGreaterThan(500);
  });
});
