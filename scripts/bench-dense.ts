/**
 * `npm run bench`, second part: the entity-dense manuscript and the one-sentence file.
 * The dense file (100,000 words recombined from the review's own sentences by
 * ../shared/bench/make-dense-bench.py, so nearly every sentence names two or more lexicon terms, as a
 * real paper on this topic does) is the honest load; the first part's manuscript mixes in lighter prose.
 * Reports, from one run: cold `mechlens check` wall time and peak RSS next to cspell 9.8 on the same
 * file, the ratio, a --cache re-run, in-process first analysis and re-check after a one-sentence edit;
 * then a one-sentence file's cold check next to a bare `node -e 0` (the start-up floor).
 * This is a benchmark, not a test: it prints figures and passes no judgement. The generated file goes
 * to .bench/ (git-ignored) and is never committed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, extractProse, splitSentences, type CompiledLexicon } from '../src/core';
import { load, mechlensBin, median, ms, pct, peak, root, runs, sentenceEdits, timed } from './bench-util';

const shared = process.env.MECHLENS_SHARED ?? join(root, '..', 'shared');
const generator = join(shared, 'bench', 'make-dense-bench.py');
const review = join(shared, 'review', 'msc-macrophage-bone-review.txt');
if (!existsSync(generator) || !existsSync(review)) {
  console.log(`dense manuscript: skipped (no ${generator} or ${review}; MECHLENS_SHARED names the folder holding bench/ and review/)`);
  process.exit(0);
}
mkdirSync(join(root, '.bench'), { recursive: true });
const file = join(root, '.bench', 'dense-100k.md');
const made = spawnSync('python3', [generator, review, '100000', file], { encoding: 'utf8' });
if (made.status !== 0) throw new Error(`make-dense-bench.py failed: ${made.stderr}`);
const text = readFileSync(file, 'utf8');
const words = text.split(/\s+/).filter(Boolean).length;
console.log(`\ndense manuscript: ${made.stdout.trim().replace(/^.*: /, '')}, ${(text.length / 1024).toFixed(0)} KiB (make-dense-bench.py); ${load()}`);
if (mechlensBin !== join(root, 'bin', 'mechlens.js')) console.log(`command-line runs time ${mechlensBin}`);

// 1. Cold command-line runs, three each, alternating so a busy moment hits both, median.
const cspellBin = join(root, 'node_modules', 'cspell', 'bin.mjs');
const cspellVersion = execFileSync(process.execPath, [cspellBin, '--version'], { encoding: 'utf8' }).trim();
const mech = [];
const spell = [];
for (let i = 0; i < 3; i++) {
  mech.push(timed(process.execPath, [mechlensBin, 'check', file]));
  spell.push(timed(process.execPath, [cspellBin, 'lint', '--no-progress', '--no-summary', '--no-color', '--no-exit-code', file]));
}
const mechS = median(mech.map((r) => r.seconds));
const spellS = median(spell.map((r) => r.seconds));
console.log(`dense: cold mechlens check ${mechS.toFixed(2)} s (runs ${runs(mech)}), peak RSS ${peak(mech)} (goal ≤ 150 MB)`);
console.log(`dense: cold cspell ${cspellVersion} lint ${spellS.toFixed(2)} s (runs ${runs(spell)}), peak RSS ${peak(spell)}`);
console.log(`dense: mechlens / cspell ${(mechS / spellS).toFixed(2)} (goal ≤ 0.50)`);

// 2. --cache: a cold run writes the cache, then three re-runs of the unchanged file.
const cacheFile = join(root, '.bench', 'dense-100k.mechlenscache');
rmSync(cacheFile, { force: true });
const cached = () => timed(process.execPath, [mechlensBin, 'check', '--cache', '--cache-location', cacheFile, file]);
cached();
const warm = [cached(), cached(), cached()];
console.log(`dense: --cache re-run of the unchanged file ${median(warm.map((r) => r.seconds)).toFixed(2)} s (runs ${runs(warm)}; cache ${(statSync(cacheFile).size / 1048576).toFixed(1)} MB; goal ≤ 0.20 s)`);

// 3. In process: the first analysis, then re-checks after a one-word edit of a random sentence.
const lexicon = JSON.parse(readFileSync(join(root, 'generated', 'lexicon.json'), 'utf8')) as CompiledLexicon;
const analyzer = createAnalyzer({ lexicon });
let t = performance.now();
const first = analyzer.analyze({ uri: file, text, languageId: 'markdown' });
const firstMs = performance.now() - t;
console.log(`dense: in-process first analysis ${ms(firstMs)} = ${Math.round(words / (firstMs / 1000)).toLocaleString('en')} words/s; ${first.claims.length} claims, ${first.diagnostics.length} diagnostics, ${analyzer.stats().extractions} sentences read for claims`);
const prose = extractProse(text, 'markdown');
const sentences = [...splitSentences(prose.text, 0, prose.text.length, prose.breaks)].map((s) => s.text).filter((s) => s.length > 40);
const edits: number[] = [];
for (const edited of sentenceEdits(text, sentences)) {
  t = performance.now();
  analyzer.analyze({ uri: file, text: edited, languageId: 'markdown' });
  edits.push(performance.now() - t);
}
console.log(`dense: re-check after a one-sentence edit (${edits.length} edits) p50 ${ms(pct(edits, 50))}, p95 ${ms(pct(edits, 95))}, max ${ms(Math.max(...edits))} (goal p95 ≤ 10 ms)`);

// 4. One sentence, cold: all start-up, next to a bare node (five each, alternating, median).
const one = join(root, '.bench', 'one-sentence.md');
writeFileSync(one, 'IL-4 promotes NFATc1 in osteoclast precursors.\n');
const single = [];
const bare = [];
for (let i = 0; i < 5; i++) {
  single.push(timed(process.execPath, [mechlensBin, 'check', one]));
  bare.push(timed(process.execPath, ['-e', '0']));
}
const singleS = median(single.map((r) => r.seconds));
const bareS = median(bare.map((r) => r.seconds));
console.log(`one-sentence file: cold mechlens check ${singleS.toFixed(2)} s (runs ${runs(single)}), peak RSS ${peak(single)}; bare node -e 0 ${bareS.toFixed(2)} s (runs ${runs(bare)}); ${(singleS / bareS).toFixed(1)}× (goal ≤ 0.25 s, about 4×)`);
console.log(`after the dense part: ${load()}`);
