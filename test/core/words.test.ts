import { describe, expect, it } from 'vitest';
import { closest, editDistance, listOf } from '../../src/core/text/english.ts';

describe('listOf', () => {
  it('quotes and joins items', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['a'])).toBe('`a`');
    expect(listOf(['a', 'b'])).toBe('`a` or `b`');
    expect(listOf(['a', 'b', 'c'], 'and')).toBe('`a`, `b` and `c`');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('titel', 'title')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('closest', () => {
  const keys = ['id', 'title', 'number', 'owner', 'version', 'status', 'review'];

  it('suggests the likely key for a typo, ignoring case', () => {
    expect(closest('titel', keys)).toBe('title');
    expect(closest('Status', keys)).toBe('status');
    expect(closest('reveiw', keys)).toBe('review');
  });

  it('suggests nothing for a word that is not close to any', () => {
    expect(closest('mandates', keys)).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
});
