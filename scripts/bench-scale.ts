/**
 * `npm run bench`, second part: a user lexicon at scale. A generated lexicon of 50,000 entities and
 * about 500,000 spellings (scripts/bench-lexicon.ts) on a generated 10,000-word manuscript: cold
 * `mechlens check` with and without it (wall time and peak RSS), the ratio against the goal (≤ 1.3× the
 * bundled lexicon's time, ≤ 200 MB), and the lexicon's load time in process (compile, index).
 * This is a benchmark, not a test: it prints figures and passes no judgement.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLexicon, createAnalyzer, mergeLexicons, type CompiledLexicon } from '../src/core';
import { makeCorpus } from './bench-corpus';
import { makeUserLexicon, writtenSpellings } from './bench-lexicon';
import { mechlensBin, median, root, timed, type Timed } from './bench-util';

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

const mechlens = (args: string[]): Timed => timed(process.execPath, [mechlensBin, ...args]);

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
const loads = compiles.map((c, i) => c + indexes[i]);
console.log(`in-process load of the user lexicon (median of 3): compile and check (tries included) ${seconds(median(compiles))}, index ${seconds(median(indexes))}, load ${seconds(median(loads))}`);

// 2. Cold command-line runs on the 10,000-word file, three each, alternating, median.
const alone: Timed[] = [];
const withLexicon: Timed[] = [];
for (let i = 0; i < 3; i++) {
  alone.push(mechlens(['check', file]));
  withLexicon.push(mechlens(['check', '--lexicon', lexiconFile, file]));
}
const aloneS = median(alone.map((r) => r.seconds));
const withS = median(withLexicon.map((r) => r.seconds));
const peak = Math.max(...withLexicon.map((r) => r.maxRssMb));
const runs = (rs: Array<{ seconds: number }>): string => rs.map((r) => r.seconds.toFixed(2)).join(', ');
console.log(`cold mechlens check, 10,000 words, bundled lexicon alone: ${aloneS.toFixed(2)} s (runs ${runs(alone)}), peak RSS ${Math.max(...alone.map((r) => r.maxRssMb)).toFixed(0)} MB`);
console.log(`cold mechlens check, 10,000 words, with the ${ENTITIES.toLocaleString('en')}-entity lexicon: ${withS.toFixed(2)} s (runs ${runs(withLexicon)}), peak RSS ${peak.toFixed(0)} MB`);
console.log(`with / without the ${ENTITIES.toLocaleString('en')}-entity lexicon: ${(withS / aloneS).toFixed(2)}× (goal ≤ 1.30×); peak RSS ${peak.toFixed(0)} MB (goal ≤ 200 MB)`);
