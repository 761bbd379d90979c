// The Nu HTML Checker (vnu.jar) over every built page, in one Java process.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite, projectRoot, type BuiltSite } from './built-site.ts';

const run = promisify(execFile);

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

describe('the Nu HTML Checker', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await builtSite('repo');
  });

  it('finds no errors on any page', async () => {
    const files = site.htmlFiles().map((file) => join(site.dist, file));
    const jar = join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');
    // vnu exits non-zero when it finds errors; the JSON report on stderr is what we assert on.
    const output = await run('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stderr?: string; stdout?: string }) => ({
      stderr: error.stderr ?? '',
      stdout: error.stdout ?? '',
    }));
    const report = JSON.parse(output.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
    const errors = report.messages.map(
      (message) =>
        `${message.url.slice(message.url.indexOf(site.dist) + site.dist.length)}:${message.lastLine ?? '?'} ${message.message} ${message.extract ?? ''}`,
    );
    expect(files.length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  });
});
