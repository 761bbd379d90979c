import type { CodeInfo } from './types.ts';

export const diffCodes = [
  {
    code: 'diff/timeout',
    severity: 'info',
    title: 'Difference shown as a whole-block replacement',
    help: 'Two versions of a passage were too different to compare word by word in the time allowed, so the redline shows the old passage as deleted and the new one as inserted. The texts themselves are complete and correct.',
  },
] as const satisfies readonly CodeInfo[];
