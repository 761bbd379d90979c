import { describe, expect, it } from 'vitest';
import { inForceIndex } from '../../src/core/versions/in-force.ts';
import { nearestPair, planPairs, publishedPairs, type VersionToPlan } from '../../src/core/versions/pair-plan.ts';

const versions = (numbers: string[], adopted: string[] = numbers): VersionToPlan[] =>
  numbers.map((version) => ({ version, status: adopted.includes(version) ? 'adopted' : 'draft' }));
const slugs = (list: VersionToPlan[], publish = true) => planPairs(list, { publish }).pairs.map((pair) => pair.slug);

describe('the plan of version pairs', () => {
  it('publishes every pair of three versions, oldest `from` first', () => {
    expect(slugs(versions(['1.0', '1.1', '2.0']))).toEqual(['1.0..1.1', '1.0..2.0', '1.1..2.0']);
  });

  it('marks consecutive pairs, pairs against the newest version and pairs against the version in force', () => {
    const [first, second, third] = planPairs(versions(['1.0', '1.1', '2.0'], ['1.0', '1.1']), {
      publish: true,
    }).published;
    expect(first).toMatchObject({ slug: '1.0..1.1', consecutive: true, againstNewest: false, againstInForce: true });
    expect(second).toMatchObject({ slug: '1.0..2.0', consecutive: false, againstNewest: true, againstInForce: false });
    expect(third).toMatchObject({ slug: '1.1..2.0', consecutive: true, againstNewest: true, againstInForce: true });
  });

  it('publishes each version against the next, the newest and the one in force: linear in the versions', () => {
    // Six versions, 4 in force, 5 and 6 drafts.
    expect(slugs(versions(['1', '2', '3', '4', '5', '6'], ['1', '2', '3', '4']))).toEqual([
      '1..2',
      '1..4',
      '1..6',
      '2..3',
      '2..4',
      '2..6',
      '3..4',
      '3..6',
      '4..5',
      '4..6',
      '5..6',
    ]);
    expect(publishedPairs(20, 19)).toHaveLength(19 + 18);
    expect(publishedPairs(20, 9)).toHaveLength(19 + 18 + 16);
  });

  it('keeps every address published before (every pair up to 12 versions), leading to the nearest published pair', () => {
    const plan = planPairs(versions(['1', '2', '3', '4', '5']), { publish: true });
    expect(plan.retired.map((pair) => `${pair.slug} → ${pair.nearest.slug}`)).toEqual([
      '1..3 → 2..3',
      '1..4 → 1..5',
      '2..4 → 3..4',
    ]);
    expect(
      planPairs(versions(Array.from({ length: 13 }, (_, index) => String(index + 1))), { publish: true }).retired,
    ).toEqual([]);
  });

  it('prefers, between equally near pairs, the one that ends at the version asked for', () => {
    const published = planPairs(versions(['1', '2', '3', '4', '5']), { publish: true }).published;
    expect(nearestPair(0, 2, published).slug).toBe('2..3');
  });

  it('finds the version in force: the newest adopted one', () => {
    expect(inForceIndex(versions(['1', '2', '3'], ['1', '2']))).toBe(1);
    expect(inForceIndex(versions(['1', '2'], []))).toBeUndefined();
  });

  it('names the latest pair, the same object as the published one', () => {
    const plan = planPairs(versions(['1.0', '1.1', '2.0']), { publish: true });
    expect(plan.latest?.slug).toBe('1.1..2.0');
    expect(plan.pairs.filter((pair) => pair === plan.latest)).toHaveLength(1);
  });

  it('without publishing (policy check) diffs only the latest pair', () => {
    const plan = planPairs(versions(['1.0', '1.1', '2.0']), { publish: false });
    expect(plan.published).toEqual([]);
    expect(plan.retired).toEqual([]);
    expect(plan.pairs.map((pair) => pair.slug)).toEqual(['1.1..2.0']);
  });

  it('plans nothing for a single version', () => {
    expect(planPairs(versions(['1.0']), { publish: true })).toEqual({
      pairs: [],
      published: [],
      retired: [],
      latest: undefined,
    });
  });
});
