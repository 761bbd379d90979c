import { describe, expect, it } from 'vitest';
import { diffWordsWithSpace } from 'diff';
import { diffWordsWithSpaceFast, tokenizeWordsWithSpace } from '../../../src/core/diff/myers.ts';

// A seeded generator (xorshift32), so every run checks the same cases.
function randomGenerator(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

const pieces = ['a', 'b', 'the', 'City', 'shall', ' ', '  ', '\n', '\r\n', '\t', ',', '.', 'é', 'x-y', '—', '**', '1.'];

const shape = (changes: readonly { added?: boolean; removed?: boolean; value: string }[] | undefined) =>
  changes?.map((change) => [Boolean(change.added), Boolean(change.removed), change.value]);

describe('fast word diff', () => {
  it('tokenises like jsdiff: newlines, words, spacing and single characters', () => {
    expect(tokenizeWordsWithSpace('The City’s  rule,\r\né-x')).toEqual([
      'The',
      ' ',
      'City',
      '’',
      's',
      '  ',
      'rule',
      ',',
      '\r\n',
      'é',
      '-',
      'x',
    ]);
  });

  it('gives the same runs as jsdiff diffWordsWithSpace on empty and identical texts', () => {
    for (const [before, after] of [
      ['', ''],
      ['', 'new words'],
      ['old words', ''],
      ['same text', 'same text'],
    ] as const) {
      expect(shape(diffWordsWithSpaceFast(before, after, 10_000))).toEqual(
        shape(diffWordsWithSpace(before, after, { timeout: 10_000 })),
      );
    }
  });

  it('gives the same runs as jsdiff diffWordsWithSpace on 3,000 random edits (ties broken the same way)', () => {
    const random = randomGenerator(20261121);
    const pick = () => pieces[Math.floor(random() * pieces.length)]!;
    const text = (length: number) => Array.from({ length }, pick).join(random() < 0.5 ? ' ' : '');
    const edit = (before: string) => {
      const words = before.split(' ');
      for (let index = 0; index < words.length; index++) {
        const roll = random();
        if (roll < 0.1) words[index] = pick();
        else if (roll < 0.15) words.splice(index, 1);
        else if (roll < 0.2) words.splice(index, 0, text(2));
      }
      return words.join(random() < 0.8 ? ' ' : '\n');
    };
    for (let round = 0; round < 3000; round++) {
      const before = text(Math.floor(random() * (round % 100 === 0 ? 400 : 40)));
      const after = random() < 0.1 ? text(Math.floor(random() * 40)) : edit(before);
      expect(shape(diffWordsWithSpaceFast(before, after, 10_000)), JSON.stringify([before, after])).toEqual(
        shape(diffWordsWithSpace(before, after, { timeout: 10_000 })),
      );
    }
  });
});
