import { describe, expect, it } from 'vitest';
import { historyView } from '../../src/core/publish/history-view.ts';
import { planPairs } from '../../src/core/versions/pair-plan.ts';
import type { PolicyVersion } from '../../src/core/versions/types.ts';

// Only the number and status matter to the view.
const versions = (entries: [string, PolicyVersion['status']][]) =>
  entries.map(([version, status]) => ({ version, status }) as PolicyVersion);

describe('the versions view', () => {
  it('links each version to the next, the newest and the version in force, each once', () => {
    const list = versions([
      ['1.0', 'superseded'],
      ['1.1', 'adopted'],
      ['1.2', 'draft'],
      ['2.0', 'draft'],
    ]);
    const view = historyView(list, planPairs(list, { publish: true }).published);
    expect(view.inForce).toBe('1.1');
    expect(
      view.versions.map(({ version, fromPrevious, toLatest, withInForce }) => [
        version,
        fromPrevious,
        toLatest,
        withInForce,
      ]),
    ).toEqual([
      ['1.0', undefined, '1.0..2.0', '1.0..1.1'],
      // The version in force itself, and the draft right after it (its link from the previous version is the same pair).
      ['1.1', '1.0..1.1', '1.1..2.0', undefined],
      ['1.2', '1.1..1.2', '1.2..2.0', undefined],
      // The newest draft against the text in force: what adopting it would change.
      ['2.0', '1.2..2.0', undefined, '1.1..2.0'],
    ]);
  });

  it('links nothing twice when the version in force is the newest', () => {
    const list = versions([
      ['1.0', 'superseded'],
      ['1.1', 'superseded'],
      ['2.0', 'adopted'],
    ]);
    const view = historyView(list, planPairs(list, { publish: true }).published);
    expect(view.versions.map((entry) => entry.withInForce)).toEqual([undefined, undefined, undefined]);
  });
});
