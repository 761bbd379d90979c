// Writes a file so that readers see either the old content or the new one,
// never half of it: write a temporary file beside it, then rename over it.
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  // Keep the file's permissions: a rename would otherwise give it the default ones.
  const mode = await stat(path).then(
    (info) => info.mode & 0o777,
    () => undefined,
  );
  try {
    await writeFile(temporary, content, mode === undefined ? {} : { mode });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
