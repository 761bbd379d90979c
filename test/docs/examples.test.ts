// The examples in README.md, CONTRIBUTING.md and docs/ are true: every message
// code they name exists, every command line they show runs without a usage
// error, and every message or output they quote is what the tool prints for
// that case. A quote that looks like tool output must be listed below, so a new
// quote cannot slip in untested.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/core/diagnostics/codes/index.ts';
import { loadPolicy } from '../../src/core/document/load.ts';
import { flattenSections } from '../../src/core/document/sections.ts';
import { summarise } from '../../src/core/diff/summary.ts';
import { citationOf } from '../../src/core/publish/policy-page.ts';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.ts';

const docs = ['README.md', 'CONTRIBUTING.md', ...readdirSync(join(PROJECT_ROOT, 'docs')).map((name) => `docs/${name}`)]
  .filter((path) => path.endsWith('.md'))
  .map((path) => ({ path, text: readFileSync(join(PROJECT_ROOT, path), 'utf8') }));

const codes = new Set<string>(catalogue.map((info) => info.code));
const areas = new Set(catalogue.map((info) => info.code.split('/')[0]));

function isFixture(path: string): boolean {
  return existsSync(join(PROJECT_ROOT, 'test', 'fixtures', path));
}

/** The text of every fenced `sh` block of a document. */
function shellBlocks(text: string): string[] {
  return [...text.matchAll(/^\s*```sh\n([\s\S]*?)^\s*```/gm)].map((match) => match[1]!);
}

/** `npm run policy -- diff ai-1-19 1.0 2.0   # comment` → `['diff', 'ai-1-19', '1.0', '2.0']`. */
function policyCommand(line: string): string[] | undefined {
  const command = line
    .replace(/\s+#.*$/, '')
    .replace(/\s*>\s*\S+\s*$/, '')
    .trim();
  const match = /^npm run (?:policy --|check)(?:\s+(.*))?$/.exec(command);
  if (!match) return undefined;
  const words = [...(match[1] ?? '').matchAll(/"([^"]*)"|(\S+)/g)].map((word) => word[1] ?? word[2]!);
  return command.startsWith('npm run check') ? ['check', ...words.filter((word) => word !== '--')] : words;
}

const commandLines = docs.flatMap(({ path, text }) =>
  shellBlocks(text).flatMap((block) =>
    block
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('npm run policy --') || line.startsWith('npm run check'))
      // The "Use it for your organisation" walkthrough runs in a repository of its own:
      // test/workflows/use-it-for-your-organisation.test.ts runs that block as written.
      .filter((line) => !line.includes('../our-policies'))
      .map((line) => ({ path, line, argv: policyCommand(line)! })),
  ),
);

/**
 * Each quotation of tool output in the docs, with how to reproduce it. `text` must
 * appear in the document as written, and `produce` must print it.
 */
const quotes: { doc: string; text: string; produce: () => Promise<string> }[] = [
  {
    doc: 'CONTRIBUTING.md',
    text: 'Unexpected key `titel`',
    produce: async () => (await runCli(['check', '--root', 'test/fixtures/front-matter/unknown-key'])).stdout,
  },
  {
    doc: 'CONTRIBUTING.md',
    text: 'Did you mean `title`?',
    produce: async () => (await runCli(['check', '--root', 'test/fixtures/front-matter/unknown-key'])).stdout,
  },
  {
    doc: 'CONTRIBUTING.md',
    text: '↳ first defined at policy/duplicate-heading.mdx:11:1',
    produce: async () => (await runCli(['check', '--root', 'test/fixtures/sections/duplicate-heading'])).stdout,
  },
  {
    doc: 'README.md',
    text: '8 of 8 policy elements met',
    produce: async () => (await runCli(['compliance', 'ai-1-19', '--version', '2.0', '--format', 'json'])).stdout,
  },
  {
    doc: 'README.md',
    text: 'AI 1-19 §K(c) (version 1.0)',
    produce: async () => {
      const path = 'test/fixtures/mandates/ai-1-19-1.0/ai-1-19.mdx';
      const document = loadPolicy(path, readFileSync(join(PROJECT_ROOT, path)));
      const clause = flattenSections(document.sections).find((section) => section.anchor === 'k-c');
      return citationOf({ frontMatter: document.frontMatter! }, clause);
    },
  },
  {
    doc: 'README.md',
    text: 'Definitions §1',
    produce: async () => {
      const text = '---\nid: x\n---\n\n## Definitions\n\n1. One.\n2. Two.\n\n## Rules\n\n1. First.\n2. Second.\n';
      const document = loadPolicy('policy/x.md', new TextEncoder().encode(text));
      const clause = flattenSections(document.sections).find((section) => section.anchor === 'definitions-1');
      // README: "`#definitions-1`, cited "Definitions §1"": the anchor and the citation of one clause.
      return clause ? clause.citation : 'no clause #definitions-1';
    },
  },
  {
    doc: 'CONTRIBUTING.md',
    text: '1 section changed, 1 added; 15 words inserted, 0 deleted',
    produce: async () =>
      summarise(
        {
          changed: 1,
          added: 1,
          removed: 0,
          moved: 0,
          renamed: 0,
          unchanged: 3,
          wordsInserted: 15,
          wordsDeleted: 0,
          oldWords: 300,
          wordsKept: 300,
        },
        { wording: true, spacing: false },
      ),
  },
];

/** Quoted text that reads like something the tool prints: a code, an anchor, a clause or a word count. */
function looksLikeOutput(quote: string): boolean {
  return /`|§|#[a-z]|words? inserted|\b(met|partial|missing)\b/.test(quote);
}

describe('the documentation', () => {
  it('names only message codes that exist', () => {
    const unknown = docs.flatMap(({ path, text }) =>
      [...text.matchAll(/`([a-z][a-z-]*\/[a-z][a-z-]*)`/g)]
        .map((match) => match[1]!)
        // `mdx/heading-main` in the security notes is a fixture folder (test/fixtures/mdx/heading-main), not a code.
        .filter((code) => areas.has(code.split('/')[0]) && !codes.has(code) && !isFixture(code))
        .map((code) => `${path}: ${code}`),
    );
    expect(unknown).toEqual([]);
  });

  it('shows command lines (found in the docs)', () => {
    expect(commandLines.length).toBeGreaterThan(8);
  });

  it('quotes only output that is listed here and reproduced', () => {
    const unlisted = docs
      .filter(({ path }) => !path.startsWith('docs/'))
      .flatMap(({ path, text }) =>
        // Code spans that hold a `"` (`<a id="x">`) are markup, not quotation marks.
        [...text.replace(/`[^`\n]*"[^`\n]*`/g, '``').matchAll(/"([^"]{8,400})"/g)]
          .map((match) => match[1]!)
          .filter((quote) => !quote.includes('\n\n'))
          .map((quote) => quote.replace(/\s+/g, ' '))
          .filter(looksLikeOutput)
          .filter((quote) => !quotes.some((entry) => entry.doc === path && quote.includes(entry.text)))
          .map((quote) => `${path}: "${quote}"`),
      );
    expect(unlisted).toEqual([]);
  });

  for (const quote of quotes) {
    it(`${quote.doc} quotes what the tool prints: ${quote.text}`, async () => {
      expect(docs.find((doc) => doc.path === quote.doc)?.text.replace(/\s+/g, ' ')).toContain(quote.text);
      expect(await quote.produce()).toContain(quote.text);
    });
  }
});

describe('the documented command lines', () => {
  let clone: string;
  beforeAll(() => {
    // A clone of this repository, so commands that write (record-review,
    // new-version) change nothing here, and `--base main` has a main to compare with.
    clone = mkdtempSync(join(tmpdir(), 'doc-examples-'));
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', PROJECT_ROOT, clone]);
    // Cloned from a branch other than main (a feature branch or worktree), the clone has main only as origin/main.
    try {
      execFileSync('git', ['-C', clone, 'branch', '--quiet', '--track', 'main', 'origin/main'], { stdio: 'ignore' });
    } catch {
      // main is already there (cloned from main).
    }
    // The audit example names a file of another city: give it one (as text and as Markdown).
    const policy = '## Conduct\n\nEmployees who post for the City must be respectful and professional at all times.\n';
    for (const name of ['other-city-policy.md', 'other-city-policy.txt']) writeFileSync(join(clone, name), policy);
  });
  afterAll(() => rmSync(clone, { recursive: true, force: true }));

  for (const { path, line, argv } of commandLines) {
    it(`${path}: ${line}`, async () => {
      const result = await runCli(argv, { cwd: clone });
      expect(result.stderr).not.toMatch(/internal error|Usage:/);
      expect([0, 1]).toContain(result.code);
    });
  }
});
