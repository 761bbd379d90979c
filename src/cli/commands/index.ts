// The registry of `policy` commands. Add a command by adding its module here.
import type { Command } from './types.ts';
import { check } from './check.ts';
import { compliance } from './compliance.ts';
import { audit } from './audit.ts';
import { history } from './history.ts';
import { diff } from './diff.ts';
import { review } from './review.ts';
import { newVersion } from './new-version.ts';
import { recordReview } from './record-review.ts';
import { summary } from './summary.ts';
import { importCommand } from './import.ts';
import { init } from './init.ts';

export const commands: readonly Command[] = [
  check,
  history,
  diff,
  review,
  newVersion,
  recordReview,
  summary,
  compliance,
  audit,
  importCommand,
  init,
];
