// The disk implementation of `PolicyFiles`: reads a repository's `policy/` folder.
// Only regular files are read: a symbolic link can point anywhere (outside the
// repository, `/proc/self/status`), and is refused with its path before anything
// is read through it, like a folder or a device that carries a policy's name.
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  hasUpperCaseExtension,
  isMandatePath,
  isPolicyPath,
  MANDATE_DIR,
  POLICY_DIR,
} from '../core/repository/files.ts';
import { SITE_CONFIG_PATH } from '../core/repository/site-config.ts';
import type { PolicyFiles, RefusedFile } from '../core/ports.ts';

export function diskFiles(root: string): PolicyFiles {
  /** Every entry of a folder with what it is, or nothing when the folder is missing or is itself a link. */
  const entries = async (dir: string): Promise<{ path: string; kind: 'file' | 'symlink' | 'other' }[]> => {
    try {
      if ((await lstat(join(root, dir))).isSymbolicLink()) return [{ path: dir, kind: 'symlink' }];
      const found = await readdir(join(root, dir), { withFileTypes: true });
      return found.map((entry) => ({
        path: `${dir}/${entry.name}`,
        kind: entry.isSymbolicLink() ? 'symlink' : entry.isFile() ? 'file' : entry.isDirectory() ? 'other' : 'other',
      }));
    } catch {
      return [];
    }
  };
  const regular = async (dir: string, keep: (path: string) => boolean): Promise<string[]> =>
    (await entries(dir))
      .filter((entry) => entry.kind === 'file' && keep(entry.path))
      .map((entry) => entry.path)
      .sort();

  return {
    listPolicies: () => regular(POLICY_DIR, isPolicyPath),
    listMandates: () => regular(MANDATE_DIR, isMandatePath),
    read: async (path) => {
      try {
        // Checked before reading: never follow a link, never read a device or a folder.
        if (!(await lstat(join(root, path))).isFile()) return undefined;
        return new Uint8Array(await readFile(join(root, path)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    refused: async () => {
      const refused: RefusedFile[] = [];
      for (const entry of [...(await entries(POLICY_DIR)), ...(await entries(MANDATE_DIR))]) {
        const meant =
          isPolicyPath(entry.path) ||
          isMandatePath(entry.path) ||
          entry.path === SITE_CONFIG_PATH ||
          entry.path === POLICY_DIR ||
          hasUpperCaseExtension(entry.path);
        if (!meant) continue;
        if (entry.kind === 'symlink') refused.push({ path: entry.path, why: 'symlink' });
        else if (entry.kind === 'other') refused.push({ path: entry.path, why: 'not-a-file' });
        else if (hasUpperCaseExtension(entry.path)) refused.push({ path: entry.path, why: 'upper-case-extension' });
      }
      return refused.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}
