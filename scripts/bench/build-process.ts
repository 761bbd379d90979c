// Runs one benchmarked build as a child process and measures it: wall time,
// CPU time and peak memory of the whole process tree. The child reports its
// own CPU time and high-water mark (`cpu-usage.cjs`, preloaded); this side
// samples the resident memory of the tree every 200 ms, which catches child
// processes (the search indexer) that the child's own figure leaves out.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildRun {
  wallMs: number;
  /** CPU time of the build and the children it waited for. */
  cpuMs: number;
  /** The larger of the build's own high-water mark and the sampled peak of its process tree. */
  peakRssBytes: number;
  stdout: string;
  stderr: string;
}

const preload = join(import.meta.dirname, 'cpu-usage.cjs');
const PAGE = 4096;

export async function measuredBuild(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<BuildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: {
      ...process.env,
      NO_COLOR: '1',
      ...options.env,
      NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --require ${preload}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let sampledPeak = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) sampledPeak = Math.max(sampledPeak, treeRssBytes(child.pid));
  }, 200);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  }).finally(() => clearInterval(sampler));
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`The build in ${options.cwd} failed (exit code ${code}):\n${stdout}\n${stderr}`);
  const cpuMs = Number(/Build CPU time: (\d+) ms/.exec(stderr)?.[1] ?? NaN);
  const ownPeak = Number(/Build peak memory: (\d+) KB/.exec(stderr)?.[1] ?? 0) * 1024;
  return { wallMs, cpuMs, peakRssBytes: Math.max(ownPeak, sampledPeak), stdout, stderr };
}

/** Resident memory of a process and all its descendants now (Linux /proc); 0 when it cannot be read. */
function treeRssBytes(root: number): number {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      // Ended already.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Files and total bytes of a folder; `.html` files are the pages. */
export function folderSize(dir: string): { files: number; pages: number; bytes: number } {
  let files = 0;
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    if (entry.name.endsWith('.html')) pages += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, pages, bytes };
}
