// The disk implementation of `PolicyFiles`: reads a repository's `policy/` folder.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMandatePath, isPolicyPath, MANDATE_DIR, POLICY_DIR } from '../core/repository/files.ts';
import type { PolicyFiles } from '../core/ports.ts';

export function diskFiles(root: string): PolicyFiles {
  const list = async (dir: string, keep: (path: string) => boolean): Promise<string[]> => {
    let names: string[];
    try {
      names = await readdir(join(root, dir));
    } catch {
      return [];
    }
    return names
      .map((name) => `${dir}/${name}`)
      .filter(keep)
      .sort();
  };
  return {
    listPolicies: () => list(POLICY_DIR, isPolicyPath),
    listMandates: () => list(MANDATE_DIR, isMandatePath),
    read: async (path) => {
      try {
        return new Uint8Array(await readFile(join(root, path)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
  };
}
