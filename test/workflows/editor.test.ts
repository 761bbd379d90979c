// The VS Code workspace files: the schema mappings point at real schemas, and
// the "Check policies" task's problem matcher really reads `--format github`.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics, summarise } from '../../src/core/diagnostics/format.ts';
import { diagnostic } from '../../src/core/diagnostics/diagnostic.ts';

const root = join(import.meta.dirname, '..', '..');

/** VS Code's settings files are JSON with `//` comment lines. */
async function jsonc<T>(path: string): Promise<T> {
  const text = await readFile(join(root, path), 'utf8');
  return JSON.parse(text.replace(/^\s*\/\/.*$/gm, '')) as T;
}

interface ProblemPattern {
  regexp: string;
  severity: number;
  file: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: number;
  message: number;
}

describe('.vscode/settings.json', () => {
  it('maps each YAML file kind to a schema that exists, front matter drafts to the policy schema', async () => {
    const settings = await jsonc<{ 'yaml.schemas': Record<string, string[]> }>('.vscode/settings.json');
    expect(settings['yaml.schemas']).toEqual({
      './schemas/policy.schema.json': ['*.frontmatter.yaml'],
      './schemas/site.schema.json': ['policy/site.yaml'],
      './schemas/mandate.schema.json': ['policy/mandates/*.yaml'],
    });
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(join(root, schema))).toBe(true);
  });

  it('recommends the YAML and MDX extensions', async () => {
    const extensions = await jsonc<{ recommendations: string[] }>('.vscode/extensions.json');
    expect(extensions.recommendations).toEqual(['redhat.vscode-yaml', 'unifiedjs.vscode-mdx']);
  });
});

describe('.vscode/tasks.json', () => {
  it('the problem matcher reads a line of `policy check --format github`', async () => {
    const tasks = await jsonc<{
      tasks: { label: string; command: string; problemMatcher: { pattern: ProblemPattern } }[];
    }>('.vscode/tasks.json');
    const task = tasks.tasks.find((candidate) => candidate.label === 'Check policies')!;
    expect(task.command).toBe('npm run --silent check -- --format github');
    const found = diagnostic(
      'front-matter/unknown-key',
      'policy/ai-1-19.mdx',
      'Unexpected key `titel`, expected `title`.',
      {
        place: { start: { line: 3, column: 1 }, end: { line: 3, column: 6 } },
        hint: 'Rename it.',
      },
    );
    const output = formatDiagnostics([found], 'github', summarise([found], 1));
    const pattern = task.problemMatcher.pattern;
    const match = new RegExp(pattern.regexp).exec(output.trimEnd());
    expect(match).not.toBeNull();
    expect({
      severity: match![pattern.severity],
      file: match![pattern.file],
      line: match![pattern.line],
      column: match![pattern.column],
      endLine: match![pattern.endLine],
      endColumn: match![pattern.endColumn],
      code: match![pattern.code],
      message: match![pattern.message],
    }).toEqual({
      severity: 'error',
      file: 'policy/ai-1-19.mdx',
      line: '3',
      column: '1',
      endLine: '3',
      endColumn: '6',
      code: 'front-matter/unknown-key',
      message: 'Unexpected key `titel`, expected `title`. Rename it. See /messages/#front-matter/unknown-key',
    });
  });
});
