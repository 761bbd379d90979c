/* global process -- a Node preload script */
// Preloaded into the benchmarked `astro build` (NODE_OPTIONS=--require): prints
// the process's CPU time when it exits, so the benchmark can report CPU ms per
// page, which a busy machine disturbs much less than wall-clock time.
process.on('exit', () => {
  const usage = process.cpuUsage();
  process.stderr.write(`Build CPU time: ${Math.round((usage.user + usage.system) / 1000)} ms\n`);
});
