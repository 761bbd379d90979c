import { loadRepository } from './src/core/repository/load.ts';
import { diskFiles } from './src/io/fs-files.ts';
import { withExampleSite } from './test/helpers/fixtures.ts';
for (const f of process.argv.slice(2)) {
  const r = await loadRepository(withExampleSite(diskFiles(f)), { render: true });
  console.log(f, r.diagnostics.map((d) => `${d.code} ${d.severity} ${d.line}:${d.column} ${JSON.stringify(d.message)} | ${d.hint}`));
}
