/* global process -- a Node preload script */
// Preloaded into every benchmarked `astro build` (NODE_OPTIONS=--require): when
// the build exits it prints its CPU time and its peak memory, so the benchmark
// can compare builds on a busy machine, where CPU time is disturbed much less
// than wall-clock time.
//
// CPU time is that of the whole process tree: this process (all its threads)
// plus the children it waited for (the search indexer is a separate program),
// read from /proc/self/stat. Peak memory is this process's high-water mark
// (`maxRSS`, all threads); the benchmark adds what it sees of child processes.
const { readFileSync } = process.getBuiltinModule('node:fs');

/** CPU time of waited-for children, in ms (Linux: fields cutime and cstime, in clock ticks of 10 ms). */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

process.on('exit', () => {
  const usage = process.cpuUsage();
  const ownMs = Math.round((usage.user + usage.system) / 1000);
  process.stderr.write(`Build CPU time: ${ownMs + childrenCpuMs()} ms\n`);
  process.stderr.write(`Build peak memory: ${process.resourceUsage().maxRSS} KB\n`);
});
