// Shared helpers for tests that read fixture repositories.
//
// Fixture layout: `test/fixtures/<area>/<case-name>/policy/…`. Each case folder
// is a tiny policy repository named after the case it shows, so the same folder
// works with `loadRepository(diskFiles(dir))` and with `policy check --root dir`.
// Policy cases usually carry no `site.yaml`: `withExampleSite` supplies one, so a
// case's diagnostics are only those of its own files.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.ts';
import type { PolicyFiles } from '../../src/core/ports.ts';
import { SITE_CONFIG_PATH } from '../../src/core/repository/site-config.ts';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Absolute path of a fixture folder or file: `fixturePath('mdx', 'script')`. */
export function fixturePath(...parts: string[]): string {
  return join(FIXTURES_DIR, ...parts);
}

/** A valid `policy/site.yaml` for tests that need one. */
export const exampleSiteYaml = `title: Example City Policies
organisation:
  name: Example City
baseUrl: https://policy.example.gov/
timeZone: America/Denver
feedback:
  url: mailto:feedback@example.gov
  label: Email feedback on a policy
violationReport:
  url: https://www.cabq.gov/311
  label: Report a possible violation
reviewWarningDays: 60
`;

/** Serves `exampleSiteYaml` as `policy/site.yaml` when the repository has none. */
export function withExampleSite(files: PolicyFiles): PolicyFiles {
  return {
    listPolicies: () => files.listPolicies(),
    listMandates: () => files.listMandates(),
    refused: async () => (await files.refused?.()) ?? [],
    read: async (path) =>
      (await files.read(path)) ?? (path === SITE_CONFIG_PATH ? new TextEncoder().encode(exampleSiteYaml) : undefined),
  };
}

/** The part of a diagnostic most assertions compare: code and place. */
export interface Located {
  code: string;
  line: number;
  column: number;
}

export function located(diagnostic: Diagnostic): Located {
  return { code: diagnostic.code, line: diagnostic.line, column: diagnostic.column };
}

/** Front matter of a valid draft policy with the given id (9 lines: the body starts on line 10). */
export function frontMatter(id: string, extra = ''): string {
  return [
    '---',
    `id: ${id}`,
    'title: Test policy',
    'number: "AI 0-0"',
    'kind: policy',
    'owner: Department of Technology and Innovation',
    'version: "1.0"',
    'status: draft',
    ...(extra ? [extra.replace(/\n$/, '')] : []),
    '---',
    '',
  ].join('\n');
}
