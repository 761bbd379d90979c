// The rules a policy's history must follow: version numbers increase, effective
// dates never go backwards, every later version says what changed, and adopted
// text never changes without a new version (errata excepted, and listed).
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { erratumOf, subjectOf } from './commit-message.ts';
import type { Point } from 'unist';
import type { Erratum } from './types.ts';
import type { Entry, Group } from './group.ts';

export interface RuleContext {
  /** The current path of the file, where every finding is reported. */
  path: string;
  /** Places a finding on a front matter key of the current file, when the finding concerns it. */
  locate: (group: Group, key: string) => Point | undefined;
}

/** Compares `MAJOR.MINOR` numbers numerically (1.10 comes after 1.9). */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

export function describeRevision(entry: Entry): string {
  if (!entry.revision) return 'the uncommitted changes in the working tree';
  const date = entry.revision.date.slice(0, 10);
  return `commit ${entry.revision.commit.slice(0, 7)} (${date}, "${subjectOf(entry.revision.message)}")`;
}

export function checkOrder(groups: readonly Group[], context: RuleContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const [index, group] of groups.entries()) {
    const previous = groups[index - 1];
    if (!previous) continue;
    const first = group.entries[0]!;
    if (compareVersions(group.version, previous.version) <= 0) {
      found.push(
        diagnostic(
          'version/not-increasing',
          context.path,
          `Unexpected version ${group.version} after version ${previous.version}, in ${describeRevision(first)}: version numbers must increase.`,
          {
            place: context.locate(group, 'version'),
            hint: `Use a number higher than ${previous.version}, for example ${nextNumbers(previous.version)}.`,
          },
        ),
      );
    }
    const effective = group.last.frontMatter.effective;
    const before = previous.last.frontMatter.effective;
    if (effective && before && effective < before) {
      found.push(
        diagnostic(
          'version/effective-backwards',
          context.path,
          `Unexpected effective date ${effective} for version ${group.version}: it is before ${before}, the effective date of version ${previous.version}.`,
          {
            place: context.locate(group, 'effective'),
            hint: `A new version cannot take effect before the one it replaces. Use ${before} or a later date.`,
          },
        ),
      );
    }
    if (!group.last.frontMatter.change) {
      found.push(
        diagnostic(
          'version/missing-change',
          context.path,
          `Version ${group.version} has no \`change\` summary: every version after the first must say what changed since version ${previous.version}.`,
          {
            place: context.locate(group, 'version'),
            hint: 'Add to the front matter:\nchange:\n  kind: substantive   # or editorial\n  summary: "What changed, in one or two plain sentences."',
          },
        ),
      );
    }
  }
  return found;
}

/** Adopted text is immutable: later body changes in the same version need a `Policy-Erratum:` trailer. */
export function checkImmutability(
  group: Group,
  context: RuleContext,
): { errata: Erratum[]; diagnostics: Diagnostic[] } {
  const errata: Erratum[] = [];
  const diagnostics: Diagnostic[] = [];
  let adopted: Entry | undefined;
  for (const entry of group.entries) {
    if (adopted && entry.body !== adopted.body) {
      const revision = entry.revision;
      const note = revision
        ? (erratumOf(revision.message) ?? revision.mergedMessages.map(erratumOf).find((text) => text !== undefined))
        : undefined;
      if (revision && note !== undefined) {
        errata.push({
          commit: revision.commit,
          shortCommit: revision.commit.slice(0, 7),
          date: revision.date,
          pr: entry.pr,
          note,
        });
      } else {
        diagnostics.push(
          diagnostic(
            'version/immutable',
            context.path,
            `Adopted version ${group.version} was changed by ${describeRevision(entry)} without a new version number.`,
            {
              place: context.locate(group, 'version'),
              // Uncommitted edits are a warning: the author may still commit them with a trailer.
              severity: revision ? 'error' : 'warning',
              hint: `Adopted text cannot change. Give the change a new version (${nextNumbers(group.version)}) with a \`change\` summary. If it only corrects an obvious typo, say so in the commit message with a line \`Policy-Erratum: <what was corrected>\`.`,
            },
          ),
        );
      }
    }
    if (entry.frontMatter.status === 'adopted') adopted = entry;
  }
  return { errata, diagnostics };
}

function nextNumbers(version: string): string {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return `${major}.${minor + 1} or ${major + 1}.0`;
}
