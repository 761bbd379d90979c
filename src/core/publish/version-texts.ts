// The policy's texts file (`schemas/version-texts.schema.json`): every
// version's body, for the comparisons a reader's browser works out when a
// pair has no redline page of its own (`versions/pair-plan.ts`). Consecutive
// versions share most of their lines, so each distinct line is stored once and
// a version is a list of runs of lines: 20 versions of a 5,000-word policy
// take about twice the room of one.
import type { VersionText, VersionTexts } from '../schemas/types.ts';
import type { PolicyFormat } from '../document/parse.ts';
import type { PolicyVersion } from '../versions/types.ts';
import type { SectionHistory } from './section-history.ts';

export function versionTexts(
  policy: string,
  format: PolicyFormat,
  versions: readonly PolicyVersion[],
  histories: readonly Pick<SectionHistory, 'slug' | 'anchors'>[],
): VersionTexts {
  const lines: string[] = [];
  const numbers = new Map<string, number>();
  const numberOf = (line: string) => {
    let number = numbers.get(line);
    if (number === undefined) {
      number = lines.push(line) - 1;
      numbers.set(line, number);
    }
    return number;
  };
  return {
    policy,
    format,
    lines,
    versions: versions.map((version) => ({
      ...versionFacts(version),
      runs: runsOf(version.text.split('\n').map(numberOf)),
    })),
    sectionHistories: histories.map(({ slug, anchors }) => ({ slug, anchors })),
  };
}

/**
 * What the texts file keeps of a version besides its text: its number, status, dates and change summary. A
 * redline page shows the same facts of its two versions, so the two ways of reading a redline say the same.
 */
export function versionFacts(
  version: Pick<PolicyVersion, 'version' | 'status' | 'frontMatter'>,
): Omit<VersionText, 'runs'> {
  const { adopted, effective, change } = version.frontMatter;
  return {
    version: version.version,
    status: version.status,
    ...(adopted ? { adopted: adopted.date } : {}),
    ...(effective ? { effective } : {}),
    ...(change ? { change: { kind: change.kind, summary: change.summary } } : {}),
  };
}

/** `[4, 5, 6, 9]` → `[4, 3, 9, 1]`: first line and length of each run of consecutive line numbers. */
function runsOf(numbers: readonly number[]): number[] {
  const runs: number[] = [];
  for (const number of numbers) {
    const last = runs.length - 2;
    if (last >= 0 && runs[last]! + runs[last + 1]! === number) runs[last + 1]! += 1;
    else runs.push(number, 1);
  }
  return runs;
}

/** A version's body again, exactly as it was published. */
export function textOf(texts: Pick<VersionTexts, 'lines'>, version: Pick<VersionText, 'runs'>): string {
  const lines: string[] = [];
  for (let index = 0; index + 1 < version.runs.length; index += 2) {
    const start = version.runs[index]!;
    lines.push(...texts.lines.slice(start, start + version.runs[index + 1]!));
  }
  return lines.join('\n');
}
