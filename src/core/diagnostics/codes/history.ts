import type { CodeInfo } from './types.ts';

export const historyCodes = [
  {
    code: 'history/shallow-clone',
    severity: 'error',
    title: 'Shallow clone',
    help: 'The repository was cloned without its full history, so earlier versions of the policies cannot be read and the site would publish an incomplete record. Run `git fetch --unshallow` and try again. In GitHub Actions, set `fetch-depth: 0` on the `actions/checkout` step.',
  },
  {
    code: 'history/not-a-repository',
    severity: 'warning',
    title: 'Not a git checkout',
    help: 'The policy folder is not inside a git repository, so only the current text of each policy is shown: no earlier versions and no differences between versions. Clone the repository with git to see the full history.',
  },
  {
    code: 'history/git-failed',
    severity: 'error',
    title: 'Could not read the history',
    help: 'git could not read the history of the policy files. Check that git is installed and that the repository is not damaged (`git fsck`), then try again.',
  },
  {
    code: 'history/invalid-revision',
    severity: 'warning',
    title: 'Unreadable past revision',
    help: 'An earlier commit holds a version of the file whose front matter is missing or invalid. That revision is left out of the list of versions. Nothing needs to be done unless the revision should count as a version; history is never rewritten.',
  },
  {
    code: 'history/missing-object',
    severity: 'error',
    title: 'Missing or damaged git object',
    help: 'git cannot read the stored copy of a file in an earlier commit, so a version would be missing from the site. The repository on this computer is damaged: run `git fsck`, then clone it again or fetch from a complete copy.',
  },
  {
    code: 'history/control-character',
    severity: 'warning',
    title: 'Control character removed from a past revision',
    help: 'An earlier commit holds a control character (an invisible code such as U+0001 or the escape character), in its text or its front matter. History is never rewritten, so the character is removed from what is published (pages, feeds, calendars) and the version is kept. Nothing needs to be done.',
  },
] as const satisfies readonly CodeInfo[];
