// The one URL policy (`src/core/text/web-address.ts`), case by case.
import { describe, expect, it } from 'vitest';
import { addressProblem, linkProblem } from '../../src/core/text/web-address.ts';

describe('addressProblem', () => {
  it.each([
    ['https://www.cabq.gov/', 'web'],
    ['https://github.com/cabq/policy', 'web'],
    ['https://cabq.github.io/policy/', 'site'],
    ['mailto:socialmediapolicy@cabq.gov', 'channel'],
    ['https://www.cabq.gov/311', 'channel'],
  ] as const)('accepts %s as a %s address', (address, use) => {
    expect(addressProblem(address, use)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(document.domain)', 'web', 'which is not a web address starting with `https://`'],
    ['JavaScript://x/%0aalert(1)//', 'site', 'which is not a web address starting with `https://`'],
    ['file:///etc/', 'site', 'which is not a web address starting with `https://`'],
    ['http://www.cabq.gov/', 'web', 'which is not a web address starting with `https://`'],
    ['https://[oops/', 'web', 'which is not a complete web address'],
    ['https://policy.example.gov/?x=1', 'site', 'which must not hold `?` or `#`'],
    ['https://policy.example.gov/policy', 'site', 'which must end with `/`'],
    ['https://a:b@example.gov/', 'web', 'which holds a user name or password before the host name'],
    ['https://example.gov/\u0000', 'web', 'which holds a space or a control character'],
    ['https://example.gov/\r', 'web', 'which holds a space or a control character'],
    ['vbscript:x', 'channel', 'which is not an `https://` web address or a `mailto:` email address'],
    ['mailto:a@example.gov,b@evil.example', 'channel', 'which is not one email address after `mailto:`'],
    ['mailto:a@example.gov%0ABcc:spy@evil.example', 'channel', 'which is not one email address after `mailto:`'],
    ['mailto:', 'channel', 'which is not one email address after `mailto:`'],
  ] as const)('refuses %j as a %s address', (address, use, problem) => {
    expect(addressProblem(address, use)).toBe(problem);
  });

  it('refuses any `?…` after a mailto address, saying why', () => {
    expect(addressProblem('mailto:a@example.gov?subject=x', 'channel')).toMatch(
      /^which adds `\?…` to the email address/,
    );
    expect(addressProblem('mailto:a@example.gov?cc=x@evil.example', 'channel')).toMatch(/`cc` or `bcc`/);
  });

  it('says the length limit', () => {
    expect(addressProblem(`https://example.gov/${'a'.repeat(2000)}`, 'web')).toBe(
      'which is longer than 2,000 characters',
    );
  });
});

describe('linkProblem (links in a policy)', () => {
  it('accepts relative addresses, sections, https and one mailto address', () => {
    for (const link of ['#k-c', '../ai-1-19/', '/policies/', 'https://www.cabq.gov', 'mailto:clerk@cabq.gov'])
      expect(linkProblem(link), link).toBeUndefined();
  });

  it('refuses other schemes, even hidden by spaces, and scheme-relative addresses', () => {
    expect(linkProblem('tel:311')).toBeDefined();
    expect(linkProblem('ja\tva script:x')).toBeDefined();
    expect(linkProblem('//evil.example/x')).toBe('which leaves out `https:`');
  });
});
