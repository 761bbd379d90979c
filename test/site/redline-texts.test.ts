// The texts file and the comparisons worked out from it (issue 15), on a real
// history: GitHub's Acceptable Use Policies, 37 revisions (CC0). The texts file
// gives every version's body back exactly, and the redline worked out from it
// by the browser's code is the published redline, byte for byte, for every
// published pair.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ajv } from '../../src/core/schemas/validate.ts';
import schema from '../../schemas/version-texts.schema.json' with { type: 'json' };
import type { VersionTexts } from '../../src/core/schemas/types.ts';
import { textOf } from '../../src/core/publish/version-texts.ts';
import { onDemandRedline } from '../../src/browser/redline-on-demand.ts';
import { builtSite, type BuiltSite } from './built-site.ts';

let site: BuiltSite;
let texts: VersionTexts;
beforeAll(async () => {
  site = await builtSite('aup');
  const file = readFileSync(join(site.dist, 'policies/github-aup/diff/texts.json.gz'));
  texts = JSON.parse(gunzipSync(file).toString('utf8')) as VersionTexts;
});

describe('the texts file of a 37-revision history', () => {
  it('follows its schema', () => {
    const validate = ajv.compile(schema);
    expect(validate(texts), JSON.stringify(validate.errors)).toBe(true);
    expect(texts.format).toBe('md');
  });

  it('gives back every version body exactly: the text whose SHA-256 the API publishes', () => {
    const api = JSON.parse(site.read('/api/policies/github-aup/versions.json')) as {
      versions: { version: string; sha256: string }[];
    };
    expect(texts.versions.map((version) => version.version)).toEqual(api.versions.map((version) => version.version));
    for (const [index, version] of texts.versions.entries()) {
      const sha256 = createHash('sha256').update(textOf(texts, version), 'utf8').digest('hex');
      expect(sha256, version.version).toBe(api.versions[index]!.sha256);
    }
  });

  it('stores each distinct line once, compressed: under a thirtieth of the texts one by one', () => {
    const bodies = texts.versions.reduce((sum, version) => sum + textOf(texts, version).length, 0);
    const file = statSync(join(site.dist, 'policies/github-aup/diff/texts.json.gz')).size;
    expect(file / bodies).toBeLessThan(1 / 30);
  });
});

describe('a comparison worked out from the texts file', () => {
  it('is the published redline, byte for byte, for every published pair', () => {
    const pairs = site
      .htmlFiles()
      .map((file) => /^policies\/github-aup\/diff\/([^/]+)\/index\.html$/.exec(file)?.[1])
      .filter((slug): slug is string => slug !== undefined);
    expect(pairs).toHaveLength(36 + 35);
    for (const slug of pairs) {
      const [from, to] = slug.split('..') as [string, string];
      const redline = onDemandRedline(texts, to, from);
      if ('message' in redline) throw new Error(redline.message);
      expect(redline.from).toBe(from);
      const page = site.read(`/policies/github-aup/diff/${slug}/`);
      // No mandate binds this policy, so the page has no requirements between the two parts.
      expect(page, slug).toContain(
        `<div class="redline" data-redline>${redline.openingHtml}${redline.changesHtml}</div>`,
      );
    }
  });

  it('compares a pair that has no page of its own', () => {
    const redline = onDemandRedline(texts, '1.3', '1.20');
    if ('message' in redline) throw new Error(redline.message);
    expect(site.htmlFiles()).not.toContain('policies/github-aup/diff/1.3..1.20/index.html');
    expect(redline.summary).toMatch(/^\d+ sections? changed/);
    expect(redline.changesHtml).toContain('<section class="diff-section"');
  });

  it('says why when the versions cannot be compared', () => {
    expect(onDemandRedline(texts, '1.3', '1.3')).toEqual({ message: 'Choose two different versions to compare.' });
    expect(onDemandRedline(texts, '1.3', '9.9')).toEqual({
      message: 'There is no version 9.9 of this policy. Its versions run from 1.0 to 1.36.',
    });
  });
});
