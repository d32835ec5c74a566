/** Prints the dev-set score and every miss: `npx tsx scripts/eval-devset.ts [devset|heldout]`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, type CompiledLexicon } from '../src/core';
import { predict, score, type DevItem } from '../test/support/devset';

const root = join(__dirname, '..');
const name = process.argv[2] ?? 'devset';
const items = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'devset', `${name}.json`), 'utf8')) as DevItem[];
const lexicon = JSON.parse(readFileSync(join(root, 'generated', 'lexicon.json'), 'utf8')) as CompiledLexicon;
const analyzer = createAnalyzer({ lexicon });
const s = score(items.map((i) => predict(analyzer, i)));
const verbose = process.argv.includes('-v');
for (const m of s.misses) {
  if (!verbose && m.item.label === m.predicted) continue;
  const r = analyzer.analyze({ text: m.item.text, languageId: m.item.lang });
  console.log(`${m.item.id} gold=${m.item.label} pred=${m.predicted} refsOk=${m.refsOk} :: ${m.item.text.replace(/\n/g, ' ')}`);
  console.log(`    why: ${m.item.why}`);
  for (const c of r.claims) console.log(`    claim ${c.subject} ${c.relation}${c.negated ? '(neg)' : ''}${c.hedged ? '(hedged)' : ''} ${c.object ?? JSON.stringify(c.attribute)} [${c.context}] → ${c.status} ${JSON.stringify(c.refs)}`);
}
console.log(`${name}: items=${items.length} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} (tp=${s.tp} fp=${s.fp} fn=${s.fn}) supported-with-refs=${s.supportedWithRefs.toFixed(3)} (${s.supportedOk}/${s.supports})`);
