// Reads what the edit log needs from a commit message: its subject, the pull
// request number and the `Policy-Erratum:` trailer.

/** The first line of a commit message. */
export function subjectOf(message: string): string {
  return (message.split('\n')[0] ?? '').trim();
}

/**
 * The pull request number, from GitHub's merge ("Merge pull request #12 from …")
 * or squash ("Tighten clause K (#12)") messages.
 */
export function pullRequestOf(message: string): number | undefined {
  const subject = subjectOf(message);
  const match = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
  return match ? Number(match[1]) : undefined;
}

/** The text of a `Policy-Erratum:` trailer, or undefined when the message has none. */
export function erratumOf(message: string): string | undefined {
  const match = /^Policy-Erratum:[ \t]*(.*)$/im.exec(message);
  if (!match) return undefined;
  return match[1]!.trim() || 'Erratum (no description given)';
}
