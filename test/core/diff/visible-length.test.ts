import { describe, expect, it } from 'vitest';
import { visibleLength } from '../../../src/core/diff/runs.ts';

describe('visibleLength (how much of a passage survives a rewrite)', () => {
  it('counts what is left after removing JavaScript spacing (\\s), for every UTF-16 code unit', () => {
    const every = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).join('');
    expect(visibleLength(every)).toBe(every.replace(/\s/g, '').length);
    expect(visibleLength(' a\u00a0b\u2009c\n')).toBe(3);
  });
});
