// The share of the old words kept, as the first line of a redline's summary says it:
// never "100%" when a word was deleted, nor "0%" when one was kept.
import { describe, expect, it } from 'vitest';
import { overview } from '../../../src/core/diff/summary.ts';
import type { DiffTotals } from '../../../src/core/diff/types.ts';

const totals = (wordsKept: number, oldWords: number): DiffTotals => ({
  changed: 1,
  added: 0,
  removed: 0,
  moved: 0,
  renamed: 0,
  unchanged: 0,
  wordsInserted: 0,
  wordsDeleted: oldWords - wordsKept,
  oldWords,
  wordsKept,
});

const keptLine = (kept: number, of: number) =>
  overview([], totals(kept, of), { from: '1.0', to: '1.1' })
    .find((line) => line.kind === 'kept')!
    .parts.map((part) => part.text)
    .join('');

describe('the share of words kept', () => {
  it('says "more than 99%" when a few of thousands of words went (a real history: 6 of 5,000)', () => {
    expect(keptLine(4994, 5000)).toBe('Version 1.1 keeps more than 99% of the words of version 1.0.');
  });
  it('says 100% only when every word stayed', () => {
    expect(keptLine(5000, 5000)).toBe('Version 1.1 keeps 100% of the words of version 1.0.');
  });
  it('says "less than 1%" when almost nothing stayed, and rounds in between', () => {
    expect(keptLine(3, 5000)).toBe('Version 1.1 keeps less than 1% of the words of version 1.0.');
    expect(keptLine(0, 5000)).toBe('Version 1.1 keeps 0% of the words of version 1.0.');
    expect(keptLine(600, 5000)).toBe('Version 1.1 keeps 12% of the words of version 1.0.');
  });
});
