// Which version of a policy is in force: the newest adopted one. A newer
// draft is not in force until it is adopted; a retired or superseded version
// never is. One rule for the pair plan, the versions view, the policy's
// address and the review page.

/** The position of the version in force, oldest first, if any. */
export function inForceIndex(versions: readonly { status?: string }[]): number | undefined {
  const index = versions.findLastIndex((version) => version.status === 'adopted');
  return index === -1 ? undefined : index;
}

/** The version in force, if any. */
export function versionInForce<V extends { status?: string }>(versions: readonly V[]): V | undefined {
  const index = inForceIndex(versions);
  return index === undefined ? undefined : versions[index];
}
