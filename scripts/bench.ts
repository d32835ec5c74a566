/**
 * `npm run bench`: speed and memory on a generated 100,000-word manuscript (no repeated sentence).
 * Reports, from one run on this machine: cold `mechlens check` wall time next to cspell 9.8 on the same
 * file, a cold run with --cache and a re-run of the unchanged file from the cache, in-process words per
 * second, the entity scan alone, re-check after a one-sentence edit, memory.
 * This is a benchmark, not a test: it prints figures and passes no judgement.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, extractProse, findMentions, splitSentences, type CompiledLexicon } from '../src/core';
import { makeCorpus } from './bench-corpus';
import { load, mechlensBin, median, ms, pct, root, timed } from './bench-util';

const lexicon = JSON.parse(readFileSync(join(root, 'generated', 'lexicon.json'), 'utf8')) as CompiledLexicon;
const corpus = makeCorpus(lexicon, 100_000);
mkdirSync(join(root, '.bench'), { recursive: true });
const file = join(root, '.bench', 'manuscript.md');
writeFileSync(file, corpus.text);
const unique = new Set(corpus.sentences).size === corpus.sentences.length;


console.log(`corpus: ${corpus.words} words, ${corpus.sentences.length} sentences, ${(corpus.text.length / 1024).toFixed(0)} KiB, every sentence unique: ${unique}`);
console.log(`machine: ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores, node ${process.version}, ${load()}`);

// 1. Cold command-line runs, three each, median.
const mech = [0, 1, 2].map(() => timed(process.execPath, [mechlensBin, 'check', file]));
const cspellBin = join(root, 'node_modules', 'cspell', 'bin.mjs');
const cspellVersion = execFileSync(process.execPath, [cspellBin, '--version'], { encoding: 'utf8' }).trim();
const spell = [0, 1, 2].map(() => timed(process.execPath, [cspellBin, 'lint', '--no-progress', '--no-summary', '--no-color', '--no-exit-code', file]));
const mechS = median(mech.map((r) => r.seconds));
const spellS = median(spell.map((r) => r.seconds));
console.log(`cold mechlens check: ${mechS.toFixed(2)} s (runs ${mech.map((r) => r.seconds.toFixed(2)).join(', ')}), peak RSS ${Math.max(...mech.map((r) => r.maxRssMb)).toFixed(0)} MB`);
console.log(`cold cspell ${cspellVersion} lint: ${spellS.toFixed(2)} s (runs ${spell.map((r) => r.seconds.toFixed(2)).join(', ')}), peak RSS ${Math.max(...spell.map((r) => r.maxRssMb)).toFixed(0)} MB`);
console.log(`mechlens / cspell: ${(mechS / spellS).toFixed(2)} (goal ≤ 0.50)`);

// 1b. --cache: a cold run that writes the cache, then re-runs of the unchanged file (three, median), next
//     to a bare `node -e 0` for the start-up floor.
const cacheFile = join(root, '.bench', 'manuscript.mechlenscache');
rmSync(cacheFile, { force: true });
const cached = (): { seconds: number; maxRssMb: number } => timed(process.execPath, [mechlensBin, 'check', '--cache', '--cache-location', cacheFile, file]);
const cacheCold = cached();
const cacheWarm = [0, 1, 2].map(() => cached());
const bare = median([0, 1, 2].map(() => timed(process.execPath, ['-e', '0']).seconds));
console.log(`--cache: cold run ${cacheCold.seconds.toFixed(2)} s (writes the cache, ${(statSync(cacheFile).size / 1048576).toFixed(1)} MB); re-run of the unchanged file ${median(cacheWarm.map((r) => r.seconds)).toFixed(2)} s (runs ${cacheWarm.map((r) => r.seconds.toFixed(2)).join(', ')}), peak RSS ${Math.max(...cacheWarm.map((r) => r.maxRssMb)).toFixed(0)} MB; bare node -e 0: ${bare.toFixed(2)} s`);

// 2. In process.
let t = performance.now();
const analyzer = createAnalyzer({ lexicon });
const indexMs = performance.now() - t;
t = performance.now();
const first = analyzer.analyze({ uri: file, text: corpus.text, languageId: 'markdown' });
const coldMs = performance.now() - t;
console.log(`in-process: index ${ms(indexMs)}; first analysis ${ms(coldMs)} = ${Math.round(corpus.words / (coldMs / 1000)).toLocaleString('en')} words/s; ${first.claims.length} claims, ${first.diagnostics.length} diagnostics, ${analyzer.stats().extractions} sentences read for claims`);

// 3. The entity scan alone: prose, sentences and term lookup, no claims.
const scans: number[] = [];
for (let i = 0; i < 5; i++) {
  t = performance.now();
  const prose = extractProse(corpus.text, 'markdown');
  let n = 0;
  for (const s of splitSentences(prose.text, 0, prose.text.length, prose.breaks)) n += findMentions(s.text, 0, s.text.length, analyzer.index).length;
  scans.push(performance.now() - t);
  if (i === 0) console.log(`entity scan: ${n} mentions`);
}
console.log(`entity scan alone (the floor): ${ms(median(scans))} = ${Math.round(corpus.words / (median(scans) / 1000)).toLocaleString('en')} words/s`);

// 4. Re-check after a one-sentence edit: change one word of a random sentence, analyse the whole document.
let text = corpus.text;
const edits: number[] = [];
let seed = 7;
const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (let i = 0; i < 200; i++) {
  const s = corpus.sentences[Math.floor(next() * corpus.sentences.length)];
  const at = text.indexOf(s.slice(0, 30));
  if (at < 0) continue;
  const edited = `${text.slice(0, at)}Notably, ${text.slice(at)}`;
  t = performance.now();
  analyzer.analyze({ uri: file, text: edited, languageId: 'markdown' });
  edits.push(performance.now() - t);
  text = edited;
}
console.log(`re-check after a one-sentence edit (${edits.length} edits): p50 ${ms(pct(edits, 50))}, p95 ${ms(pct(edits, 95))}, max ${ms(Math.max(...edits))} (goal p95 ≤ 10 ms)`);
console.log(`in-process peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (goal ≤ 150 MB for the cold check above)`);
