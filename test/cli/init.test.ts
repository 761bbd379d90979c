// `policy init` writes a schema-valid policy/site.yaml from options or from answers at a terminal.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.ts';
import { readSiteConfig } from '../../src/core/repository/site-config.ts';
import { runCli } from '../helpers/run-cli.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'policy-init-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const site = () => readFileSync(join(root, 'policy', 'site.yaml'), 'utf8');

describe('policy init', () => {
  it('writes the settings from options, with email addresses as mailto: links', async () => {
    const result = await runCli([
      'init',
      '--root',
      root,
      '--organisation',
      'Riverside County',
      '--site-url',
      'https://policies.riverside.example',
      '--time-zone',
      'America/Chicago',
      '--feedback',
      'policies@riverside.example',
      '--report',
      'https://riverside.example/report',
    ]);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'Wrote policy/site.yaml for Riverside County.\nNext: add a policy (`policy import <file>` brings in one you already have), run `policy check`, then `npm run build` to build the site.\n',
    });
    expect(readSiteConfig(new TextEncoder().encode(site())).diagnostics).toEqual([]);
    expect(parse(site())).toMatchObject({
      title: 'Riverside County policies',
      organisation: { name: 'Riverside County' },
      baseUrl: 'https://policies.riverside.example/',
      timeZone: 'America/Chicago',
      feedback: { url: 'mailto:policies@riverside.example', label: 'Email feedback on a policy' },
      violationReport: { url: 'https://riverside.example/report', label: 'Report a possible violation' },
    });
  });

  it('asks at a terminal for what the options do not give', async () => {
    const asked: string[] = [];
    const answers = [
      'Lake Town',
      '',
      'https://policy.laketown.example/',
      '',
      'https://laketown.example/feedback',
      'report@laketown.example',
      '',
    ];
    let stdout = '';
    const code = await main(['init', '--root', root], {
      stdout: (text) => (stdout += text),
      stderr: () => {},
      color: false,
      env: {},
      cwd: root,
      now: () => new Date('2026-11-21T12:00:00Z'),
      ask: async (question) => {
        asked.push(question);
        return answers.shift() ?? '';
      },
    });
    expect(code).toBe(0);
    expect(asked[0]).toBe('Name of your organisation: ');
    expect(asked[3]).toMatch(/^Time zone for policy dates \[.+\]: $/);
    expect(asked).toHaveLength(7);
    expect(parse(site())).toMatchObject({
      organisation: { name: 'Lake Town' },
      feedback: { url: 'https://laketown.example/feedback', label: 'Send feedback on a policy' },
      violationReport: { url: 'mailto:report@laketown.example' },
    });
    expect(stdout.split('\n')[0]).toBe('Wrote policy/site.yaml for Lake Town.');
  });

  it('without a terminal, names the option that is missing', async () => {
    const result = await runCli(['init', '--root', root, '--organisation', 'Lake Town']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'policy init: Missing --site-url (web address where the policy site will be published). Give it as an option, or run `policy init` in a terminal to be asked.',
    );
  });

  it('writes nothing when an answer is wrong, and says which', async () => {
    const result = await runCli([
      'init',
      '--root',
      root,
      '--organisation',
      'Lake Town',
      '--site-url',
      'https://policy.laketown.example/',
      '--time-zone',
      'Mars/Olympus',
      '--feedback',
      'same@laketown.example',
      '--report',
      'same@laketown.example',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Unknown time zone `Mars/Olympus`.');
    expect(result.stderr).toContain('reports of violations must go to a separate, private channel');
    expect(result.stderr).toContain('Nothing was written');
    expect(() => site()).toThrow();
  });

  it('never overwrites existing settings', async () => {
    mkdirSync(join(root, 'policy'));
    writeFileSync(join(root, 'policy', 'site.yaml'), 'kept\n');
    const result = await runCli(['init', '--root', root, '--organisation', 'X']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'policy init: `policy/site.yaml` already exists, and init never overwrites it. Edit it instead.',
    );
    expect(site()).toBe('kept\n');
  });
});
