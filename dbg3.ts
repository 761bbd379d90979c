import { readFileSync } from 'node:fs';
import { loadPolicy } from './src/core/document/load.ts';
import { evaluateCompliance } from './src/core/mandates/index.ts';
import { loadMandate } from './scripts/eval-compliance.ts';
const f = process.argv[2] ?? 'policy/ai-1-19.mdx';
const d = loadPolicy(f, readFileSync(f));
for (const r of evaluateCompliance(d, loadMandate()).requirements) {
  console.log(`${r.id}: ${r.status}`);
  if (r.status !== 'met' || process.argv[3]) for (const x of r.reasons) console.log('   ' + x);
  if (process.argv[3]) for (const c of r.concepts) console.log(`     ${c.name}: ${c.evidence ? `L${c.evidence.line} «${c.evidence.words}» ${c.evidence.sentence.slice(0,100)}` : '-'}`);
}
