// A past revision is published as it was, so a control character committed in
// its change summary long ago cannot be refused any more. The history path
// removes it with a warning, and the Atom feeds stay well-formed XML for good
// (issue 16 item 5: one such version used to break /feed.xml forever).
import { describe, expect, it } from 'vitest';
import { memoryFiles } from '../../src/core/repository/files.ts';
import { memoryHistory } from '../../src/core/versions/memory-history.ts';
import { buildSiteModel } from '../../src/core/publish/site-model.ts';
import { policyFeed, siteFeed } from '../../src/core/publish/feed/entries.ts';
import { withExampleSite } from '../helpers/fixtures.ts';
import { BODY_V1, policyText } from './git-repo.ts';

const PATH = 'policy/social-media.mdx';
// Written raw (U+0001, U+001B) and as YAML escapes (\x0b, \x00): both reach the value.
const pastSummary = 'Clarifies\u0001 clause C.\u001b[31m \\x0b\\x00';
const past = policyText({
  version: '1.1',
  status: 'adopted',
  adopted: '2024-03-01',
  change: pastSummary,
  body: BODY_V1.replace('may be hidden', 'may be hidden from view'),
});
const current = policyText({
  version: '2.0',
  status: 'draft',
  change: 'Adds a records section.',
  body: `${BODY_V1.replace('may be hidden', 'may be hidden from view')}\n\n## Records\n\nKeep every post for five years.`,
});
const v1 = policyText({ version: '1.0', status: 'adopted', adopted: '2024-01-15', body: BODY_V1 });

/**
 * What XML 1.0 cannot hold at all: C0 controls other than tab, line feed and
 * carriage return, lone surrogates, and U+FFFE/U+FFFF. One of them anywhere
 * makes the whole feed unreadable to a feed reader.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** A strict well-formedness check for the feeds we write: legal characters, and every element closed in order. */
function expectWellFormedXml(xml: string): void {
  expect(NOT_XML.exec(xml)?.[0]).toBeUndefined();
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
  const open: string[] = [];
  for (const tag of xml.slice(xml.indexOf('?>') + 2).matchAll(/<(\/?)([A-Za-z][\w:-]*)[^<>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = tag;
    if (selfClosing) continue;
    if (closing) expect(open.pop(), `</${name}> closes the element that is open`).toBe(name);
    else open.push(name!);
  }
  expect(open).toEqual([]);
  // No markup character outside a tag: every `&` starts an entity, and no stray `<`.
  expect(xml.replace(/<[^<>]*>/g, '').match(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)|</gi)).toBeNull();
}

/** The one warning for a past revision whose control characters were removed, placed on the policy file. */
function removedWarning(line: number): unknown[] {
  return [
    'history/control-character',
    'warning',
    PATH,
    1,
    1,
    `The revision of \`${PATH}\` in commit bbbbbbb (2024-01-01, "Clarify clause C") held a control character on line ${line}; it was removed before publishing.`,
  ];
}

async function modelWithPast(pastText: string) {
  return buildSiteModel({
    files: withExampleSite(memoryFiles({ [PATH]: current })),
    today: '2024-06-01',
    history: memoryHistory({
      [PATH]: [
        { commit: 'a'.repeat(40), text: v1, message: 'Adopt 1.0' },
        { commit: 'b'.repeat(40), text: pastText, message: 'Clarify clause C' },
      ],
    }),
  });
}

describe('a past change summary with control characters', () => {
  it.each([
    ['written raw and as YAML escapes', past, 15],
    // Escapes only: the file's bytes are clean, the value is not. This version used to be dropped.
    ['written as YAML escapes only', past.replace('\u0001', '').replace('\u001b', ''), 15],
  ])('%s: is cleaned with a warning, the version kept, and both feeds stay well-formed XML', async (_, text, line) => {
    const model = await modelWithPast(text);
    const policy = model.policies[0]!;
    expect(policy.versions.map((version) => version.version)).toEqual(['1.0', '1.1', '2.0']);
    const summary = policy.versions[1]!.frontMatter.change?.summary ?? '';
    expect(NOT_XML.test(summary)).toBe(false);
    expect(summary).toContain('Clarifies clause C.');
    expect(model.diagnostics.map((d) => [d.code, d.severity, d.file, d.line, d.column, d.message])).toEqual([
      removedWarning(line),
    ]);

    const site = model.site!;
    expect(site).toBeDefined();
    for (const xml of [siteFeed(model.policies, site, model.today), policyFeed(policy, site, model.today)]) {
      expectWellFormedXml(xml);
      expect(xml).toContain('Clarifies clause C.');
    }
  });

  it('the check is strict: a raw control character in a feed fails it', () => {
    expect(() => expectWellFormedXml('<?xml version="1.0" encoding="utf-8"?>\n<feed>a\u0001</feed>')).toThrow();
    expect(() => expectWellFormedXml('<?xml version="1.0" encoding="utf-8"?>\n<feed><title></feed>')).toThrow();
  });
});
