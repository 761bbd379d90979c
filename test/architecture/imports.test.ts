// The layering rules of docs/architecture.md, checked on the source itself:
// no import cycle anywhere in src/, a pure core (no Astro, no disk, no
// processes, no `process`), and pages that take only types from the core's
// publishing layer (they render the model; they do not compute it).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

interface Import {
  /** The specifier as written. */
  specifier: string;
  /** True for `import type …` and `export type … from`: erased at run time. */
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The script part of a file: an `.astro` file's front matter, a `.ts` file whole. */
function scriptOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.astro')) return text;
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [match?.[1] ?? '', ...scripts].join('\n');
}

function importsOf(path: string): Import[] {
  const script = scriptOf(path);
  const found: Import[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const match of script.matchAll(statement)) {
    found.push({ specifier: match[3]!, typeOnly: match[2] !== undefined });
  }
  for (const match of script.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push({ specifier: match[1]!, typeOnly: false });
  }
  return found;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  return specifier.startsWith('.') ? resolve(dirname(from), specifier) : undefined;
}

const files = sourceFiles(src);
const graph = new Map(
  files.map((file) => [
    file,
    // Type-only imports count too: a cycle of types is still two modules that
    // cannot be understood one without the other.
    importsOf(file)
      .map((entry) => resolveLocal(file, entry.specifier))
      .filter((target): target is string => target !== undefined),
  ]),
);

/** Every cycle of imports, each as the list of files around it. */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found.map((cycle) => cycle.map((file) => relative(root, file)));
}

describe('the layering of src/', () => {
  it('finds the source files it checks', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('has no import cycle', () => {
    expect(cycles()).toEqual([]);
  });

  it('keeps the core pure: no Astro, disk, processes or `process` in src/core', () => {
    const forbidden = /^(astro($|\/|:)|node:fs|fs$|fs\/|node:child_process|child_process$|node:process|process$)/;
    const offences = files
      .filter((file) => file.startsWith(join(src, 'core')))
      .flatMap((file) => [
        ...importsOf(file)
          .filter((entry) => forbidden.test(entry.specifier))
          .map((entry) => `${relative(root, file)} imports ${entry.specifier}`),
        ...(/\bprocess\.(env|argv|exit|cwd|stdout|stderr)\b/.test(readFileSync(file, 'utf8'))
          ? [`${relative(root, file)} reads the global process`]
          : []),
      ]);
    expect(offences).toEqual([]);
  });

  it('lets pages take only types from the publishing layer: they render the model', () => {
    const publish = join(src, 'core', 'publish');
    const offences = files
      .filter((file) => file.endsWith('.astro'))
      .flatMap((file) =>
        importsOf(file)
          .filter((entry) => !entry.typeOnly && resolveLocal(file, entry.specifier)?.startsWith(publish))
          .map((entry) => `${relative(root, file)} imports ${entry.specifier}`),
      );
    expect(offences).toEqual([]);
  });

  it('builds site addresses only in the routes module', () => {
    const offences = files
      .filter((file) => !file.endsWith(join('core', 'routes.ts')))
      .filter((file) => /\/policies\/\$\{|\/mandates\/\$\{/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offences).toEqual([]);
  });
});
