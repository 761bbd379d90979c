import { describe, expect, it } from 'vitest';
import { buildLog } from '../../src/integration/policy-pipeline.ts';

// `npm run bench` splits a build's time by reading these lines from its log.
describe('the build log lines the bench reads', () => {
  it('reads the pipeline time back from its line', () => {
    expect(buildLog.pipeline(28238)).toBe('Policy pipeline: 28238 ms.');
    expect(buildLog.pipelinePattern.exec(`12:00:01 [policy-pipeline] ${buildLog.pipeline(28238)}`)?.[1]).toBe('28238');
  });

  it('reads the search-index time back from its line, for one page and for many', () => {
    expect(buildLog.searchIndex(1, 12)).toBe('Search index: built from 1 policy page in 12 ms.');
    expect(buildLog.searchIndex(1250, 5406)).toBe('Search index: built from 1250 policy pages in 5406 ms.');
    expect(buildLog.searchIndexPattern.exec(buildLog.searchIndex(1, 12))?.[1]).toBe('12');
    expect(buildLog.searchIndexPattern.exec(buildLog.searchIndex(1250, 5406))?.[1]).toBe('5406');
  });
});
