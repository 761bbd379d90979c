// `npm run build`: checks, then builds the site beside `dist/` and swaps it in
// when complete (src/io/atomic-build.ts).
import { atomicBuild } from '../src/io/atomic-build.ts';

const root = process.cwd();
const code = await atomicBuild({
  root,
  command: [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir'],
  say: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = code;
