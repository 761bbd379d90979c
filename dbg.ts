import { auditPolicy } from '/work/wt/comp/src/core/mandates/audit.ts';
import { evaluateCorpus, loadCorpus, loadMandate } from '/work/wt/comp/scripts/eval-compliance.ts';
const mandate = loadMandate();
const docs = loadCorpus();
const r = evaluateCorpus(docs, mandate);
for (const line of r.disagreements) {
  const [slug, id] = line.split(' ');
  const doc = docs.find((d) => d.slug === slug)!;
  const q = auditPolicy(slug!, doc.text, mandate).requirements.find((x) => x.id === id)!;
  console.log(`${line}\n   label: ${doc.labels[id!]!.sentence?.slice(0, 200)}\n   ignored: ${q.ignored.slice(0,2).join(' | ').slice(0, 300)}`);
}
