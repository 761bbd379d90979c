// Builds the site beside the published one and swaps it in only when complete:
// an interrupted build (killed, out of disk, an error) leaves the previous
// `dist/` whole, search index included, and a second build at the same time
// stops with a clear message instead of writing into the same folder.
//
// `dist.building/` receives the new site (Astro's `--outDir`, the search index
// is written into it at the end of the build); then `dist/` is renamed to
// `dist.previous/`, `dist.building/` to `dist/`, and the previous one removed.
// A rename within one folder is atomic, so `dist/` is always a complete site,
// except for the instant between the two renames, which `recoverSwap` repairs.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AtomicBuildOptions {
  root: string;
  /** The command that builds into the folder it is given (the last argument). */
  command: readonly string[];
  /** Printed messages (the CLI passes stderr). */
  say: (line: string) => void;
}

export const OUT_DIR = 'dist';
const BUILDING = 'dist.building';
const PREVIOUS = 'dist.previous';
const LOCK = 'dist.lock';

/** Runs the build; resolves to its exit code (0 when the new site is in `dist/`). */
export async function atomicBuild(options: AtomicBuildOptions): Promise<number> {
  const { root, say } = options;
  const lock = join(root, LOCK);
  if (!takeLock(lock, say)) return 1;
  try {
    recoverSwap(root);
    rmSync(join(root, BUILDING), { recursive: true, force: true });
    const code = await run(options.command, join(root, BUILDING), root);
    if (code !== 0) {
      say(`The build stopped (exit code ${code}); the published site in \`${OUT_DIR}/\` was not changed.`);
      rmSync(join(root, BUILDING), { recursive: true, force: true });
      return code;
    }
    swap(root);
    return 0;
  } finally {
    rmSync(lock, { force: true });
  }
}

/** The lock holds the pid of the build; a lock whose process is gone is taken over. */
function takeLock(lock: string, say: (line: string) => void): boolean {
  try {
    writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
      say(
        `Another build is running in this folder (process ${pid}). Wait for it to finish, then build again; \`${OUT_DIR}/\` is not touched meanwhile.`,
      );
      return false;
    }
    writeFileSync(lock, `${process.pid}\n`);
    return true;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function swap(root: string): void {
  const dist = join(root, OUT_DIR);
  rmSync(join(root, PREVIOUS), { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, join(root, PREVIOUS));
  renameSync(join(root, BUILDING), dist);
  rmSync(join(root, PREVIOUS), { recursive: true, force: true });
}

/** A build stopped between the two renames: the previous site goes back to `dist/`. */
function recoverSwap(root: string): void {
  if (!existsSync(join(root, OUT_DIR)) && existsSync(join(root, PREVIOUS)))
    renameSync(join(root, PREVIOUS), join(root, OUT_DIR));
}

function run(command: readonly string[], outDir: string, cwd: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, [...command.slice(1), outDir], { cwd, stdio: 'inherit' });
    // Stopping this process stops the build too, and leaves `dist/` as it was.
    const stop = () => child.kill('SIGTERM');
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve(code ?? (signal ? 1 : 0));
    });
    child.on('error', () => resolve(1));
  });
}
