// The registry of `policy` commands. Add a command by adding its module here.
import type { Command } from './types.ts';
import { check } from './check.ts';

export const commands: readonly Command[] = [check];
