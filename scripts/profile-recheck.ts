/**
 * The dense benchmark's re-check loop alone (the same 200 one-sentence edits as scripts/bench-dense.ts),
 * for profiling: `node --import tsx scripts/profile-recheck.ts [FILE]` prints p50/p95 of the re-checks;
 * with MECHLENS_PROFILE=OUT.cpuprofile only the edits are profiled (the first analysis would drown them).
 * Not a test and not part of `npm run bench`.
 */
import { Session } from 'node:inspector/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, extractProse, splitSentences, type CompiledLexicon } from '../src/core';
import { ms, pct, root, sentenceEdits } from './bench-util';

/** Profiles `work` with V8's sampling profiler into `out` (when given). */
async function profiled(out: string | undefined, work: () => void): Promise<void> {
  if (!out) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  work();
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
}

const file = process.argv[2] ?? join(root, '.bench', 'dense-100k.md');
const text = readFileSync(file, 'utf8');
const lexicon = JSON.parse(readFileSync(join(root, 'generated', 'lexicon.json'), 'utf8')) as CompiledLexicon;
const analyzer = createAnalyzer({ lexicon });
analyzer.analyze({ uri: file, text, languageId: 'markdown' });
const prose = extractProse(text, 'markdown');
const sentences = [...splitSentences(prose.text, 0, prose.text.length, prose.breaks)].map((s) => s.text).filter((s) => s.length > 40);
const edits: number[] = [];
/** CPU time of each re-check (this process, all threads): less swayed than wall time by a busy machine. */
const cpu: number[] = [];

/** The bench's edits: "Notably, " before a random sentence, then a re-check of the whole document. */
function editLoop(): void {
  for (const edited of sentenceEdits(text, sentences)) {
    const t = performance.now();
    const c = process.cpuUsage();
    analyzer.analyze({ uri: file, text: edited, languageId: 'markdown' });
    const used = process.cpuUsage(c);
    edits.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
}

void profiled(process.env.MECHLENS_PROFILE, editLoop).then(() => {
  console.log(`re-check after a one-sentence edit (${edits.length} edits): p50 ${ms(pct(edits, 50))}, p95 ${ms(pct(edits, 95))}, max ${ms(Math.max(...edits))}; CPU p50 ${ms(pct(cpu, 50))}, p95 ${ms(pct(cpu, 95))}`);
});
