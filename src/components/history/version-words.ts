// How a version's status and edit log read on the page.
import type { VersionStatus } from '../../core/versions/types.ts';

/** The status in words for a tag. */
export const statusLabels: Record<VersionStatus, string> = {
  draft: 'draft',
  adopted: 'adopted',
  superseded: 'superseded',
  retired: 'retired',
};

/** What each status means, for the timeline. */
export const statusMeanings: Record<VersionStatus, string> = {
  draft: 'A draft: not adopted, not in force.',
  adopted: 'Adopted and in force.',
  superseded: 'Adopted, then replaced by a later adopted version.',
  retired: 'Withdrawn: no longer in force.',
};

/** The day part of a commit's ISO date, for the edit log (a record of the commit, not a policy date). */
export function commitDay(date: string | null): string | undefined {
  return date ? date.slice(0, 10) : undefined;
}

/** Web addresses of a commit and a pull request in the public repository, when it is on GitHub-like hosting. */
export function commitUrl(repository: string | undefined, commit: string | null): string | undefined {
  return repository && commit ? `${repository.replace(/\/$/, '')}/commit/${commit}` : undefined;
}

export function pullRequestUrl(repository: string | undefined, pr: number | null): string | undefined {
  return repository && pr !== null ? `${repository.replace(/\/$/, '')}/pull/${pr}` : undefined;
}
