// Repository conventions under `.github/`: issue forms, the template chooser,
// CODEOWNERS and the pull-request template. The channels must agree with
// policy/site.yaml, so the public is never sent to a stale address.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const text = (path: string) => readFile(join(root, path), 'utf8');
const yaml = async <T>(path: string) => parse(await text(path)) as T;

interface SiteYaml {
  baseUrl: string;
  feedback: { url: string };
  violationReport: { url: string };
}
interface FormField {
  type: string;
  id?: string;
  attributes: { label?: string; value?: string; options?: { label: string; required?: boolean }[] };
  validations?: { required?: boolean };
}
interface IssueForm {
  name: string;
  description: string;
  body: FormField[];
}

const FORMS = ['.github/ISSUE_TEMPLATE/feedback.yml', '.github/ISSUE_TEMPLATE/violation.yml'];

describe('issue forms', () => {
  it.each(FORMS)('%s has a name, a description and fields with unique ids', async (path) => {
    const form = await yaml<IssueForm>(path);
    expect(form.name).toMatch(/\S/);
    expect(form.description).toMatch(/\S/);
    const ids = form.body.filter((field) => field.type !== 'markdown').map((field) => field.id);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z-]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const field of form.body) {
      expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(field.type);
      if (field.type !== 'markdown') expect(field.attributes.label).toMatch(/\S/);
    }
  });

  it('names the two forms as the issue asks', async () => {
    expect((await yaml<IssueForm>(FORMS[0]!)).name).toBe('Feedback on a policy');
    expect((await yaml<IssueForm>(FORMS[1]!)).name).toBe('Report a possible violation');
  });

  it('the violation form opens with a personal-data warning and the private channel from site.yaml', async () => {
    const site = await yaml<SiteYaml>('policy/site.yaml');
    const form = await yaml<IssueForm>(FORMS[1]!);
    const warning = form.body[0]!;
    expect(warning.type).toBe('markdown');
    expect(warning.attributes.value).toContain('Do not post personal data');
    expect(warning.attributes.value).toContain(`<${site.violationReport.url}>`);
    const confirm = form.body[1]!;
    expect(confirm.type).toBe('checkboxes');
    expect(confirm.attributes.options).toEqual([
      { label: 'My report contains no personal data about anyone, and I know it will be public.', required: true },
    ]);
  });

  it('the template chooser links to both channels of site.yaml and allows no blank issues', async () => {
    const site = await yaml<SiteYaml>('policy/site.yaml');
    const config = await yaml<{ blank_issues_enabled: boolean; contact_links: { name: string; url: string }[] }>(
      '.github/ISSUE_TEMPLATE/config.yml',
    );
    expect(config.blank_issues_enabled).toBe(false);
    const urls = config.contact_links.map((link) => link.url);
    expect(urls).toContain(site.violationReport.url);
    // The template chooser only accepts web addresses; a `mailto:` feedback
    // channel is reached through the site's feedback page, which shows it.
    const feedback = site.feedback.url.startsWith('http') ? site.feedback.url : new URL('feedback/', site.baseUrl).href;
    expect(urls).toContain(feedback);
  });
});

describe('CODEOWNERS', () => {
  it('makes the council-staff team the reviewer of policy/', async () => {
    const rules = (await text('.github/CODEOWNERS'))
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    expect(rules).toContain('/policy/ @cabq/council-staff');
    // One team name, used on every line: changing it is one search-and-replace in this file.
    expect(new Set(rules.map((line) => line.split(/\s+/)[1]))).toEqual(new Set(['@cabq/council-staff']));
  });
});

describe('pull-request template', () => {
  it('asks for the change kind, the summary, the comment period and a checklist', async () => {
    const template = await text('.github/pull_request_template.md');
    const headings = template.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## What kind of change is this?',
      '## Summary',
      '## Public comment period',
      '## Checklist',
    ]);
    expect(template).toContain('- [ ] **Substantive**');
    expect(template).toContain('- [ ] **Editorial**');
    expect(template.match(/^- \[ \] /gm)?.length).toBe(9);
  });
});
