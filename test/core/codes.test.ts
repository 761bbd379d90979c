// The message catalogue is data that authors read (the site's message
// reference page is built from it), so every entry must be complete, and every
// code the code base reports must be in it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, codeInfo } from '../../src/core/diagnostics/codes/index.ts';
import { PROJECT_ROOT } from '../helpers/run-cli.ts';

/** Every `.ts` file under a folder, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the message catalogue', () => {
  it('has no code twice', () => {
    const codes = catalogue.map((info) => info.code);
    const twice = codes.filter((code, index) => codes.indexOf(code) !== index);
    expect(twice).toEqual([]);
  });

  it.each(catalogue.map((info) => [info.code, info] as const))('%s has a title, help and a severity', (_code, info) => {
    expect(info.code).toMatch(/^[a-z]+(-[a-z]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(['error', 'warning', 'info']).toContain(info.severity);
    expect(info.title.trim()).not.toBe('');
    expect(info.help.trim()).not.toBe('');
    // Help is written in sentences for people: it ends like one.
    expect(info.help.trim()).toMatch(/[.)`]$/);
  });

  it('knows every code the source reports by name', () => {
    const reported = sourceFiles(join(PROJECT_ROOT, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:report|diagnostic)\(\s*'([a-z-]+\/[a-z0-9-]+)'/g)].map(
        (match) => match[1]!,
      ),
    );
    expect(reported.length).toBeGreaterThan(20);
    const unknown = [...new Set(reported)].filter((code) => !catalogue.some((info) => info.code === code));
    expect(unknown).toEqual([]);
  });

  it('refuses a code that is not in the catalogue', () => {
    expect(() => codeInfo('front-matter/no-such-code')).toThrow(
      'Unknown diagnostic code "front-matter/no-such-code": add it to src/core/diagnostics/codes/.',
    );
  });
});
