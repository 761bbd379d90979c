// Reads what the edit log needs from a commit message: its subject, the pull
// request number and the `Policy-Erratum:` trailer.

/** The first line of a commit message. */
export function subjectOf(message: string): string {
  return (message.split('\n')[0] ?? '').trim();
}

/**
 * The longest pull request number believed. GitHub's numbers are far below a
 * billion; a longer run of digits is someone's typing, and as a JavaScript
 * number it would lose digits and print as `1.2345678901234568e+29` in links.
 */
const MAX_PULL_REQUEST_DIGITS = 9;

/**
 * The pull request number, from GitHub's merge ("Merge pull request #12 from …")
 * or squash ("Tighten clause K (#12)") messages; undefined when the subject
 * names none, or names one too long to be real (see MAX_PULL_REQUEST_DIGITS).
 */
export function pullRequestOf(message: string): number | undefined {
  const subject = subjectOf(message);
  const match = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
  if (!match) return undefined;
  const digits = match[1]!.replace(/^0+(?=\d)/, '');
  return digits.length <= MAX_PULL_REQUEST_DIGITS ? Number(digits) : undefined;
}

/** The text of a `Policy-Erratum:` trailer, or undefined when the message has none. */
export function erratumOf(message: string): string | undefined {
  const match = /^Policy-Erratum:[ \t]*(.*)$/im.exec(message);
  if (!match) return undefined;
  return match[1]!.trim() || 'Erratum (no description given)';
}
