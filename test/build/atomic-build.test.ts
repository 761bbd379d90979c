// An interrupted build leaves the previous `dist/` identical; a second build
// at the same time stops with a clear message. The build command here is a
// small stand-in that writes pages and a search index slowly, so the runner
// (src/io/atomic-build.ts, what `npm run build` uses) can be killed at chosen points.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const atomicBuildModule = fileURLToPath(new URL('../../src/io/atomic-build.ts', import.meta.url));
const base = mkdtempSync(join(tmpdir(), 'policy-atomic-build-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Writes 20 pages, then the search index, 25 ms apart; prints each step. */
const fakeBuild = `
const { mkdirSync, writeFileSync } = require('node:fs');
const out = process.argv[1];
mkdirSync(out, { recursive: true });
let step = 0;
const timer = setInterval(() => {
  if (step < 20) writeFileSync(out + '/page-' + step + '.html', 'new ' + step);
  else if (step === 20) { mkdirSync(out + '/pagefind', { recursive: true }); writeFileSync(out + '/pagefind/index.json', 'new'); }
  else { clearInterval(timer); return; }
  process.stdout.write('step ' + step + '\\n');
  step += 1;
}, 25);
`;

function runner(root: string): string {
  return `import(${JSON.stringify(atomicBuildModule)}).then(async ({ atomicBuild }) => {
    process.exitCode = await atomicBuild({ root: ${JSON.stringify(root)}, command: [process.execPath, '-e', ${JSON.stringify(fakeBuild)}], say: (l) => process.stderr.write(l + '\\n') });
  });`;
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

function previousSite(name: string): string {
  const root = join(base, name);
  mkdirSync(join(root, 'dist', 'pagefind'), { recursive: true });
  writeFileSync(join(root, 'dist', 'index.html'), 'old site');
  writeFileSync(join(root, 'dist', 'pagefind', 'index.json'), 'old index');
  return root;
}

/** Starts a build and kills it (SIGKILL: no clean-up at all) once `killAt` appears in its output. */
function buildAndKill(root: string, killAt: string | undefined): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', runner(root)], { cwd: root, detached: true });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (killAt && String(chunk).includes(killAt)) process.kill(-child.pid!, 'SIGKILL');
    });
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('npm run build, interrupted', () => {
  it.each([
    ['as the first page is written', 'step 0'],
    ['in the middle of the pages', 'step 10'],
    ['while the search index is written', 'step 20'],
  ])('killed %s: the previous dist/ is identical', async (_when, killAt) => {
    const root = previousSite(killAt.replace(' ', '-'));
    const before = snapshot(join(root, 'dist'));
    await buildAndKill(root, killAt);
    expect(snapshot(join(root, 'dist'))).toEqual(before);
    // The next build takes over the lock of the killed one and completes.
    const next = await buildAndKill(root, undefined);
    expect(next.code).toBe(0);
    const after = snapshot(join(root, 'dist'));
    expect(after['pagefind/index.json']).toBe('new');
    expect(Object.keys(after)).toHaveLength(21);
    expect(existsSync(join(root, 'dist.building'))).toBe(false);
    expect(existsSync(join(root, 'dist.lock'))).toBe(false);
  });

  it('a second build at the same time stops with a clear message and leaves dist/ alone', async () => {
    const root = previousSite('concurrent');
    const first = buildAndKill(root, undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = await buildAndKill(root, undefined);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      /^Another build is running in this folder \(process \d+\)\. Wait for it to finish, then build again; `dist\/` is not touched meanwhile\.\n$/,
    );
    expect((await first).code).toBe(0);
    expect(snapshot(join(root, 'dist'))['pagefind/index.json']).toBe('new');
  });
});
