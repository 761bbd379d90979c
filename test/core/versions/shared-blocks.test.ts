// The block-sharing parser of past revisions must give exactly the tree of the
// whole-file parse: on every policy text in the repository and the fixtures, on
// synthetic histories, and on the constructs that can reach across blank lines.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../src/core/diagnostics/diagnostic.ts';
import { formatOf, parseMarkdown, type PolicyFormat } from '../../../src/core/document/parse.ts';
import { blockStarts, SharedBlockParser } from '../../../src/core/versions/shared-blocks.ts';
import {
  prepareRevision,
  prepareRevisions,
  RevisionCache,
  sourceOf,
  type LoadedSource,
} from '../../../src/core/versions/load-revision.ts';
import { loadPolicy } from '../../../src/core/document/load.ts';
import { policyVersions } from '../../../scripts/bench/synthetic-repo.ts';

const root = join(import.meta.dirname, '..', '..', '..');

function whole(text: string, format: PolicyFormat) {
  const sink = new DiagnosticSink('policy/x.mdx');
  return { tree: parseMarkdown(text, format, sink), diagnostics: sink.toDiagnostics() };
}

function shared(text: string, format: PolicyFormat, parser = new SharedBlockParser()) {
  const sink = new DiagnosticSink('policy/x.mdx');
  return { tree: parser.parse(text, format, sink), diagnostics: sink.toDiagnostics() };
}

function policyTexts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && formatOf(entry.name) !== undefined)
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('SharedBlockParser', () => {
  const files = [...policyTexts(join(root, 'policy')), ...policyTexts(join(root, 'test', 'fixtures'))];

  it.each(files.map((file) => [relative(root, file), file]))('gives the whole-file tree for %s', (_, file) => {
    const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    const format = formatOf(file)!;
    expect(shared(text, format)).toEqual(whole(text, format));
  });

  it('gives the whole-file tree for every revision of synthetic histories, sharing unchanged blocks', () => {
    const parser = new SharedBlockParser();
    const texts = policyVersions('policy-001', { versions: 8, words: 2000, seed: 42 });
    for (const text of texts) expect(shared(text, 'mdx', parser)).toEqual(whole(text, 'mdx'));
    // 8 revisions of about 50 blocks, each revision changing a few percent of the words.
    expect(parser.stats.parsed + parser.stats.reused).toBe(texts.reduce((sum, t) => sum + blockStarts(t).length, 0));
    expect(parser.stats.reused).toBeGreaterThan(parser.stats.parsed / 2);
  });

  const cases: [string, PolicyFormat, string][] = [
    ['a loose list followed by a paragraph', 'mdx', '## A\n\n- one\n\n- two\n\nAfter the list.\n\nB. Clause\n'],
    ['a tight list followed by a paragraph', 'md', 'Intro\n\n1. one\n2. two\n\nText after.\n'],
    ['a code fence holding blank lines and text', 'md', 'Intro\n\n```\ncode\n\nnot a block\n```\n\nAfter.\n'],
    ['a tilde fence that a backtick fence does not close', 'md', '~~~\na\n\nb\n```\n\nc\n~~~\n\nd\n'],
    ['a Note spanning blank lines', 'mdx', 'Intro\n\n<Note title="T">\n\nInside the note.\n\n</Note>\n\nAfter.\n'],
    ['an HTML comment spanning blank lines', 'md', 'Intro\n\n<!--\n\nhidden\n\n-->\n\nAfter.\n'],
    ['a reference definition used before it', 'md', 'See [the law][law].\n\nMore.\n\n[law]: https://example.gov\n'],
    ['a footnote', 'md', 'Text[^1].\n\nMore.\n\n[^1]: The note.\n'],
    ['a comment expression', 'mdx', 'Intro\n\n{/* a\n\nb */}\n\nAfter.\n'],
    ['a front matter with a blank line', 'mdx', '---\nid: a\n\ntitle: b\n---\n\n## A\n\nText.\n'],
    ['a front matter that never closes', 'mdx', '---\nid: a\n\ntitle: b\n'],
    ['a blockquote and a table', 'md', '> quoted\n\nName | Value\n--- | ---\na | b\n\nEnd\n'],
    ['tabs and a setext heading', 'md', 'Intro\n\n\tcode\n\nTitle\n=====\n\nText\twith tab.'],
    ['an unclosed Note (an error, reported as by the whole-file parse)', 'mdx', 'Intro\n\n<Note>\n\nText\n'],
  ];
  it.each(cases)('gives the whole-file tree for %s', (_, format, text) => {
    expect(shared(text, format)).toEqual(whole(text, format));
  });

  it('starts blocks only after a blank line, at a letter or #, outside fences and the front matter', () => {
    const text = '---\nid: a\n\nb: c\n---\n\n## A\n\nText\n- item\n\n  indented\n\n```\n\nx\n```\n\nLast\n';
    expect(blockStarts(text).map((offset) => text.slice(offset).split('\n')[0])).toEqual([
      '---',
      '## A',
      'Text',
      'Last',
    ]);
  });
});

describe('prepareRevisions', () => {
  it('gives what prepareRevision gives for each revision', () => {
    const texts = policyVersions('policy-002', { versions: 4, words: 1500, seed: 7 });
    const revisions = texts.map((text) => ({ path: 'policy/policy-002.mdx', bytes: new TextEncoder().encode(text) }));
    const plain = (source: ReturnType<typeof prepareRevision>) => ({
      ...source,
      document: { ...source.document, locate: null },
    });
    expect(prepareRevisions(revisions).map(plain)).toEqual(
      revisions.map(({ path, bytes }) => plain(prepareRevision(path, bytes))),
    );
  });
});

describe('RevisionCache.load (past revisions read when first needed, as `policy check` reads them)', () => {
  it('gives the document of a whole-file load for each revision, sharing the blocks of one file', () => {
    const texts = policyVersions('policy-003', { versions: 4, words: 1500, seed: 11 });
    const cache = new RevisionCache();
    const path = 'policy/policy-003.mdx';
    const loaded = texts.map((text, index) => cache.load(`blob-${index}`, path, new TextEncoder().encode(text)));
    const alone = texts.map((text) =>
      sourceOf(loadPolicy(path, new TextEncoder().encode(text), { render: false, pastRevision: true })),
    );
    const plain = (source: LoadedSource) => ({ ...source, document: { ...source.document, locate: null } });
    expect(loaded.map(plain)).toEqual(alone.map(plain));
    expect(loaded.map((source) => source.document.locate(['version']))).toEqual(
      alone.map((source) => source.document.locate(['version'])),
    );
  });
});
