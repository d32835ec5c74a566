/**
 * `npm run bench`, second part: a user lexicon at scale. A generated lexicon of 50,000 entities and
 * about 500,000 spellings (scripts/bench-lexicon.ts) on a generated 10,000-word manuscript: cold
 * `mechlens check` with and without it (wall time and peak RSS), the ratio against the goal (≤ 1.3× the
 * bundled lexicon's time, ≤ 200 MB), and the lexicon's load time in process (compile, index). The
 * command-line runs with the lexicon are timed twice: uncached (a fresh, empty cache directory: the run
 * compiles the lexicon and writes its compiled form) and warm (the compiled-lexicon cache written by
 * an earlier run, src/cli/lexiconCache.ts).
 * This is a benchmark, not a test: it prints figures and passes no judgement.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileLexicon, createAnalyzer, decodeCompiledLexicon, encodeCompiledLexicon, mergeLexicons, type CompiledLexicon } from '../src/core';
import { joinedBytes } from '../src/core/lexicon/compiledForm';
import { makeCorpus } from './bench-corpus';
import { makeUserLexicon, writtenSpellings } from './bench-lexicon';
import { load, mechlensBin, median, root, timed, type Timed } from './bench-util';

const bundled = JSON.parse(readFileSync(join(root, 'generated', 'lexicon.json'), 'utf8')) as CompiledLexicon;
mkdirSync(join(root, '.bench'), { recursive: true });

const ENTITIES = 50_000;
const user = makeUserLexicon(ENTITIES, 1, { base: bundled });
const lexiconText = JSON.stringify(user);
const lexiconFile = join(root, '.bench', 'lexicon-50k.json');
writeFileSync(lexiconFile, lexiconText);
const corpus = makeCorpus(bundled, 10_000);
const file = join(root, '.bench', 'manuscript-10k.md');
writeFileSync(file, corpus.text);

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** The cache directories of the runs (MECHLENS_CACHE_DIR), removed at the end. */
const cacheRoot = mkdtempSync(join(tmpdir(), 'mechlens-bench-cache-'));
let caches = 0;
const freshCache = (): string => join(cacheRoot, String(caches++));
const mechlens = (args: string[], cache = freshCache()): Timed => timed(process.execPath, [mechlensBin, ...args], { MECHLENS_CACHE_DIR: cache });

// 1. In process: the user lexicon's load (compile with its checks, then the index the matcher walks).
// The check of shared spellings builds the matcher's tries and the index takes them (lexiconTries), so
// they count under "compile and check"; the two together are the load.
const compiles: number[] = [];
const indexes: number[] = [];
let spellings = 0;
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const { lexicon, issues } = compileLexicon([{ file: lexiconFile, text: lexiconText }], { base: bundled, forIndex: true });
  compiles.push(performance.now() - t);
  if (issues.length > 0) throw new Error(`the generated lexicon has problems: ${issues[0].message}`);
  spellings = lexicon.entities.reduce((n, e) => n + e.synonyms.length, 0);
  t = performance.now();
  createAnalyzer({ lexicon: mergeLexicons(bundled, lexicon) }).dispose();
  indexes.push(performance.now() - t);
}
console.log(`user lexicon at scale: ${ENTITIES.toLocaleString('en')} entities, ${spellings.toLocaleString('en')} spellings (${writtenSpellings(user).toLocaleString('en')} written), ${(user.interactions ?? []).length.toLocaleString('en')} interactions, ${(lexiconText.length / 1048576).toFixed(1)} MB (scripts/bench-lexicon.ts, seed 1); manuscript ${corpus.words.toLocaleString('en')} words`);
// The same load from the lexicon's compiled form (what the compiled-lexicon cache keeps): decode, index.
const { lexicon: toEncode } = compileLexicon([{ file: lexiconFile, text: lexiconText }], { base: bundled, forIndex: true });
const encoded = encodeCompiledLexicon(toEncode, bundled, 'bench');
const form = joinedBytes(encoded?.form ?? []);
const spellingBytes = joinedBytes(encoded?.spellings ?? []);
const decodes: number[] = [];
const formIndexes: number[] = [];
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const back = decodeCompiledLexicon(form, bundled, "bench", () => spellingBytes);
  decodes.push(performance.now() - t);
  if (back === undefined) throw new Error('the compiled form did not read back');
  t = performance.now();
  createAnalyzer({ lexicon: mergeLexicons(bundled, back) }).dispose();
  formIndexes.push(performance.now() - t);
}
console.log(`in-process load from the compiled form (median of 3; ${(form.length / 1048576).toFixed(1)} MB): decode ${seconds(median(decodes))}, index ${seconds(median(formIndexes))}, load ${seconds(median(decodes.map((d, i) => d + formIndexes[i])))}`);
const loads = compiles.map((c, i) => c + indexes[i]);
console.log(`in-process load of the user lexicon (median of 3): compile and check (tries included) ${seconds(median(compiles))}, index ${seconds(median(indexes))}, load ${seconds(median(loads))}`);

// 2. Cold command-line runs on the 10,000-word file, three each, alternating, median: the bundled
// lexicon alone; with the user lexicon uncached (an empty cache directory each time); with it cached
// (a directory an untimed run filled first).
const alone: Timed[] = [];
const withLexicon: Timed[] = [];
const warm: Timed[] = [];
const warmCache = freshCache();
mechlens(['check', '--lexicon', lexiconFile, file], warmCache);
for (let i = 0; i < 3; i++) {
  alone.push(mechlens(['check', file]));
  withLexicon.push(mechlens(['check', '--lexicon', lexiconFile, file]));
  warm.push(mechlens(['check', '--lexicon', lexiconFile, file], warmCache));
}
rmSync(cacheRoot, { recursive: true, force: true });
const aloneS = median(alone.map((r) => r.seconds));
const runs = (rs: Array<{ seconds: number }>): string => rs.map((r) => r.seconds.toFixed(2)).join(', ');
const peakOf = (rs: Timed[]): number => Math.max(...rs.map((r) => r.maxRssMb));
console.log(`cold mechlens check, 10,000 words, bundled lexicon alone: ${aloneS.toFixed(2)} s (runs ${runs(alone)}), peak RSS ${peakOf(alone).toFixed(0)} MB`);
for (const [what, rs] of [['uncached', withLexicon], ['from the compiled-lexicon cache', warm]] as const) {
  const s = median(rs.map((r) => r.seconds));
  console.log(`cold mechlens check, 10,000 words, with the ${ENTITIES.toLocaleString('en')}-entity lexicon ${what}: ${s.toFixed(2)} s (runs ${runs(rs)}), peak RSS ${peakOf(rs).toFixed(0)} MB; ${(s / aloneS).toFixed(2)}× the bundled lexicon alone (goal ≤ 1.30×, ≤ 200 MB)`);
}
console.log(`(${load()})`);
