export type { HistoryRead, PolicyHistory, Revision } from './types.ts';
export { memoryHistory, noHistory, type MemoryRevision } from './memory.ts';
export { erratumOf, pullRequestOf, subjectOf } from './commit-message.ts';
