// The pull-request report (`policy summary`): what a branch changes against a
// base revision, as Markdown for a pull-request comment.
export { compareBranch, type CompareOptions } from './compare.ts';
export { renderBranchReport, SUMMARY_MARKER } from './render.ts';
export type { BranchReport, PolicyChange, PolicyChangeKind, PolicySide } from './types.ts';
