import { describe, expect, it } from 'vitest';
import { planPairs, publishedPairs } from '../../src/core/versions/pair-plan.ts';

const slugs = (versions: string[], publish = true, allPairsUpTo?: number) =>
  planPairs(versions, { publish, allPairsUpTo }).pairs.map((pair) => pair.slug);

describe('the plan of version pairs', () => {
  it('publishes every pair for a real policy, oldest `from` first', () => {
    expect(slugs(['1.0', '1.1', '2.0'])).toEqual(['1.0..1.1', '1.0..2.0', '1.1..2.0']);
  });

  it('marks consecutive pairs and pairs against the newest version', () => {
    const [first, second, third] = planPairs(['1.0', '1.1', '2.0'], { publish: true }).published;
    expect(first).toMatchObject({ fromIndex: 0, toIndex: 1, consecutive: true, againstNewest: false });
    expect(second).toMatchObject({ fromIndex: 0, toIndex: 2, consecutive: false, againstNewest: true });
    expect(third).toMatchObject({ fromIndex: 1, toIndex: 2, consecutive: true, againstNewest: true });
  });

  it('keeps consecutive pairs and pairs against the newest past the limit', () => {
    expect(slugs(['1', '2', '3', '4'], true, 3)).toEqual(['1..2', '1..4', '2..3', '2..4', '3..4']);
    expect(publishedPairs(4, 3)).toEqual([
      [0, 1],
      [0, 3],
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
  });

  it('names the latest pair, the same object as the published one', () => {
    const plan = planPairs(['1.0', '1.1', '2.0'], { publish: true });
    expect(plan.latest?.slug).toBe('1.1..2.0');
    expect(plan.pairs.filter((pair) => pair === plan.latest)).toHaveLength(1);
  });

  it('without publishing (policy check) diffs only the latest pair', () => {
    const plan = planPairs(['1.0', '1.1', '2.0'], { publish: false });
    expect(plan.published).toEqual([]);
    expect(plan.pairs.map((pair) => pair.slug)).toEqual(['1.1..2.0']);
  });

  it('plans nothing for a single version', () => {
    expect(planPairs(['1.0'], { publish: true })).toEqual({ pairs: [], published: [], latest: undefined });
  });
});
