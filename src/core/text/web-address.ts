// One policy for every address that reaches a page, a feed, the calendar, an
// API file or a pull-request comment, wherever it was written (`site.yaml` or
// a policy's Markdown): web addresses are `https://` with a host; an email
// channel is `mailto:` and one address, nothing more (a `?cc=`, `bcc` or an
// encoded line break would copy every message to someone else; the site adds
// its own subject and body). `javascript:`, `data:`, `file:` and the rest are
// never published.

/** What an address is for: a web page, a public channel (web page or email), or the site's own address. */
export type AddressUse = 'web' | 'channel' | 'site';

/** One email address: no spaces, no second address, no headers (`?`, `&`, `%`, `,`, `;`). */
const emailAddress = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** Longest address accepted: longer ones are mistakes or attacks, and break feeds and calendars. */
export const MAX_ADDRESS_LENGTH = 2000;

/**
 * Why an address may not be published, as the end of a sentence that starts
 * "`field` is `value`, " (undefined when it is fine).
 */
export function addressProblem(address: string, use: AddressUse): string | undefined {
  if (address.length > MAX_ADDRESS_LENGTH)
    return `which is longer than ${MAX_ADDRESS_LENGTH.toLocaleString('en-US')} characters`;
  // eslint-disable-next-line no-control-regex -- finding spaces and control characters is the point
  if (/[\s\u0000-\u001f\u007f]/.test(address)) return 'which holds a space or a control character';
  if (use === 'channel' && /^mailto:/i.test(address)) return mailtoProblem(address);
  if (!/^https:\/\//i.test(address)) {
    return use === 'channel'
      ? 'which is not an `https://` web address or a `mailto:` email address'
      : 'which is not a web address starting with `https://`';
  }
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'which is not a complete web address';
  }
  if (url.hostname === '') return 'which has no host name after `https://`';
  if (url.username !== '' || url.password !== '') return 'which holds a user name or password before the host name';
  if (use === 'site') {
    if (url.search !== '' || url.hash !== '') return 'which must not hold `?` or `#`';
    if (!url.pathname.endsWith('/')) return 'which must end with `/`';
  }
  return undefined;
}

function mailtoProblem(address: string): string | undefined {
  const target = address.slice('mailto:'.length);
  if (target.includes('?')) {
    return 'which adds `?…` to the email address: a channel is one address only (the site adds the subject and body itself, and `cc` or `bcc` would copy every message to someone else)';
  }
  if (!emailAddress.test(target)) return 'which is not one email address after `mailto:`';
  return undefined;
}

/** Whether a link written in a policy may be published: a relative address, `https://`, or one `mailto:` address. */
export function linkProblem(address: string): string | undefined {
  if (!hasScheme(address)) return address.startsWith('//') ? 'which leaves out `https:`' : undefined;
  return addressProblem(address, 'channel');
}

/** `https:`, `mailto:`, `javascript:`… (browsers ignore spaces and control characters inside a scheme). */
export function hasScheme(address: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers ignore these inside a scheme, so we do too
  return /^[a-z][a-z0-9+.-]*:/i.test(address.replace(/[\s\u0000-\u001f]/g, ''));
}
