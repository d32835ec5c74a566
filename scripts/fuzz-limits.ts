/**
 * The time and memory bounds of issue 13, measured (run by `npm run fuzz` after the property suite,
 * with `node --expose-gc`):
 *   1. the reference: the dense 10k-word benchmark manuscript (every sentence naming two or more terms),
 *      made by ../shared/bench/make-dense-bench.py when it is there, else given as MECHLENS_DENSE;
 *   2. every hostile input of scripts/hostile-inputs.ts at 1 MB: its time, per character and in all,
 *      against the reference's (the bound: at most 3× the reference's time per character);
 *   3. random fuzz documents of 2,000 characters or more, the same bound per character;
 *   4. heap after 1,000 edits of a 20k-word manuscript, against the heap after its first analysis
 *      (the bound: within 10%).
 * Exit status 1 when a bound is broken. A benchmark, not a test: its figures vary with the machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createAnalyzer, type CompiledLexicon } from '../src/core';
import { documentIn, LANGUAGES } from '../test/fuzz/documents';
import { heapWhileTyping } from '../test/support/typing';
import { makeCorpus } from './bench-corpus';
import { HOSTILE_INPUTS } from './hostile-inputs';

const root = join(__dirname, '..');
const lexicon = JSON.parse(readFileSync(join(root, 'generated', 'lexicon.json'), 'utf8')) as CompiledLexicon;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run fuzz does)');
let failed = false;

/** The dense 10k-word manuscript: generated once into .bench/ from the shared generator, or MECHLENS_DENSE. */
function denseReference(): { path: string; text: string } {
  const given = process.env.MECHLENS_DENSE;
  if (given) return { path: given, text: readFileSync(given, 'utf8') };
  const out = join(root, '.bench', 'dense10k.md');
  const generator = join(root, '..', 'shared', 'bench', 'make-dense-bench.py');
  const review = join(root, '..', 'shared', 'review', 'msc-macrophage-bone-review.txt');
  if (!existsSync(out)) {
    if (!existsSync(generator)) throw new Error(`no dense benchmark: set MECHLENS_DENSE to a dense 10k-word manuscript (${generator} not found)`);
    mkdirSync(join(root, '.bench'), { recursive: true });
    execFileSync('python3', [generator, review, '10000', out], { stdio: 'ignore' });
  }
  return { path: out, text: readFileSync(out, 'utf8') };
}

/** Milliseconds for a fresh analyser's first reading (the index is built before the clock starts). */
function firstReading(text: string, languageId: string): number {
  const analyzer = createAnalyzer({ lexicon });
  const t = performance.now();
  analyzer.analyze({ text, languageId }, { hints: true });
  const ms = performance.now() - t;
  analyzer.dispose();
  return ms;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const us = (ms: number, chars: number): number => (ms * 1000) / chars;

// 1. The reference.
const dense = denseReference();
const denseMs = median([0, 1, 2].map(() => firstReading(dense.text, 'markdown')));
const densePerChar = us(denseMs, dense.text.length);
const bound = 3 * densePerChar;
console.log(`reference: ${dense.path}, ${dense.text.length.toLocaleString('en')} characters, ${denseMs.toFixed(0)} ms = ${densePerChar.toFixed(2)} µs per character; bound ${bound.toFixed(2)} µs per character`);

// 2. Hostile inputs at 1 MB.
const MB = 1_000_000;
console.log('\nhostile inputs at 1 MB:');
let worstHostile = 0;
for (const input of HOSTILE_INPUTS) {
  const text = input.make(MB);
  const ms = median([0, 1].map(() => firstReading(text, input.languageId)));
  const perChar = us(ms, text.length);
  worstHostile = Math.max(worstHostile, perChar / densePerChar);
  const ok = perChar <= bound;
  if (!ok) failed = true;
  console.log(`  ${ok ? 'ok  ' : 'SLOW'} ${input.name.padEnd(30)} ${(text.length / 1e6).toFixed(2)} MB ${ms.toFixed(0).padStart(6)} ms ${perChar.toFixed(2).padStart(6)} µs/char (${(perChar / densePerChar).toFixed(2)}× reference per character, ${(ms / denseMs).toFixed(2)}× its whole time)`);
}
console.log(`  worst: ${worstHostile.toFixed(2)}× the reference's time per character`);

// 3. Random documents.
const RANDOM = Number(process.env.MECHLENS_FUZZ_TIMED ?? 300);
const docs = fc.sample(fc.constantFrom(...LANGUAGES).chain((language) => documentIn(language).map((text) => ({ language, text }))), RANDOM * 4)
  .filter((d) => d.text.length >= 2000).slice(0, RANDOM);
let worstRandom = 0;
let worstDoc = '';
for (const d of docs) {
  const perChar = us(Math.min(firstReading(d.text, d.language), firstReading(d.text, d.language)), d.text.length);
  if (perChar > worstRandom) { worstRandom = perChar; worstDoc = `${d.language}, ${d.text.length} characters`; }
}
const randomOk = worstRandom <= bound;
if (!randomOk) failed = true;
console.log(`\nrandom documents: ${docs.length} of 2,000+ characters; worst ${worstRandom.toFixed(2)} µs/char (${(worstRandom / densePerChar).toFixed(2)}× reference; ${worstDoc}) ${randomOk ? 'ok' : 'SLOW'}`);

// 4. Memory while typing.
const { before: heap0, after: heap1 } = heapWhileTyping(createAnalyzer({ lexicon }), makeCorpus(lexicon, 20_000).text, 1000, gc);
const growth = (heap1 - heap0) / heap0;
const memoryOk = growth <= 0.1;
if (!memoryOk) failed = true;
console.log(`\nmemory: 20,000-word manuscript, heap ${(heap0 / 1048576).toFixed(1)} MB after the first analysis, ${(heap1 / 1048576).toFixed(1)} MB after 1,000 keystrokes (${(growth * 100).toFixed(1)}%) ${memoryOk ? 'ok' : 'OVER 10%'}`);

process.exitCode = failed ? 1 : 0;
