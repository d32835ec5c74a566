#!/usr/bin/env node
/**
 * Tools for the real-prose evaluation set (eval/real/README.md). The abstracts themselves are
 * third-party text: they live in git-ignored `texts/` folders; only sources, offsets, short hashes and
 * labels are committed.
 *
 *   node scripts/real-prose.mjs segment SPLIT ID   split texts/ID.txt into sentences, write a label
 *                                                  skeleton (if none exists) and print the sentences
 *   node scripts/real-prose.mjs show SPLIT ID      print the sentences of an existing label file
 *   node scripts/real-prose.mjs rehash SPLIT ID    recompute hashes after offsets were corrected by hand
 *   node scripts/real-prose.mjs check [SPLIT]      validate label files against texts and lexicon
 *   node scripts/real-prose.mjs restore SPLIT ID RAW
 *                                                  rebuild texts/ID.txt from RAW, any copy of the
 *                                                  abstract (a page as fetched, with its extra lines):
 *                                                  every labelled sentence is found in it by its hash
 *
 * SPLIT is "dev" or a held-back part ("holdout", "holdout2", …). This script never runs the checker:
 * labels are made without it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalRoot = join(root, 'eval', 'real');
export const LABELS = ['contradicts', 'context-dependent', 'supported', 'neither', 'unscored'];

export function shortHash(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 10);
}

export function splitDir(split) {
  if (split !== 'dev' && !/^holdout\d*$/.test(split)) throw new Error(`split must be "dev" or a held-back part ("holdout", "holdout2", …), not "${split}"`);
  return join(evalRoot, split);
}

/** Abbreviations after which a period does not end a sentence. */
const NO_BREAK = /(?:\b(?:et al|e\.g|i\.e|vs|Fig|Figs|ca|approx|resp|cf|No|Dr|Ref|Refs|Eq)|\b[A-Z])\.$/;

/** Sentences of an abstract as [start, end) offsets: lines are paragraphs (the title is line one). */
export function segment(text) {
  const out = [];
  const lineRe = /[^\n]+/g;
  for (const line of text.matchAll(lineRe)) {
    const base = line.index;
    const s = line[0];
    let start = 0;
    const re = /[.!?](?=["”’)\]]*\s+["“(\[]?[A-Z0-9])/g;
    for (const m of s.matchAll(re)) {
      const end = m.index + 1;
      if (NO_BREAK.test(s.slice(Math.max(start, end - 8), end))) continue;
      push(out, base, s, start, end);
      start = end;
    }
    push(out, base, s, start, s.length);
  }
  return out;
}

function push(out, base, s, a, b) {
  let x = a;
  let y = b;
  while (x < y && /\s/.test(s[x])) x++;
  while (y > x && /\s/.test(s[y - 1])) y--;
  if (y > x) out.push({ start: base + x, end: base + y });
}

function readText(split, id) {
  const file = join(splitDir(split), 'texts', `${id}.txt`);
  if (!existsSync(file)) throw new Error(`${file}: no such text`);
  return readFileSync(file, 'utf8');
}

function labelFile(split, id) {
  return join(splitDir(split), 'labels', `${id}.json`);
}

function printSentences(text, sentences) {
  sentences.forEach((s, k) => {
    const label = s.label ? ` [${s.label}]` : '';
    console.log(`#${k} ${s.start}-${s.end}${label}: ${text.slice(s.start, s.end)}`);
  });
}

function cmdSegment(split, id) {
  const text = readText(split, id);
  const file = labelFile(split, id);
  if (existsSync(file)) {
    console.error(`${file} exists; showing it instead (delete it to segment again)`);
    return cmdShow(split, id);
  }
  const sentences = segment(text).map((s) => ({ ...s, hash: shortHash(text.slice(s.start, s.end)), label: 'TODO' }));
  writeFileSync(file, `${JSON.stringify({ id, textHash: shortHash(text), sentences }, null, 2)}\n`);
  printSentences(text, sentences);
  console.error(`wrote ${file}: set every "label" (${LABELS.join(' | ')}) and add "claims" where the label is not neither/unscored`);
}

function cmdShow(split, id) {
  const text = readText(split, id);
  const data = JSON.parse(readFileSync(labelFile(split, id), 'utf8'));
  printSentences(text, data.sentences);
}

function cmdRehash(split, id) {
  const text = readText(split, id);
  const file = labelFile(split, id);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  data.textHash = shortHash(text);
  for (const s of data.sentences) s.hash = shortHash(text.slice(s.start, s.end));
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  printSentences(text, data.sentences);
}

// Some labels come in pairs ("Conclusions and Implications", "Methods and results"), and a sentence after a
// label may start with a gene name in lower case ("sFgl2-MSCs …"): a wrong guess only adds a copy that
// no hash matches.
const LABEL_WORDS = '\\b((?:Background|Objectives?|Aims?|Purpose of (?:the )?[Rr]eview|Purpose|Introduction|Methods?|Materials|Results|Conclusions?|(?:Recent )?[Ff]indings|Summary|Significance|Interpretation|Design|Experimental [Aa]pproach|Key [Rr]esults|Implications)(?: and (?:[Mm]ethods|[Rr]esults|[Ii]mplications|[Pp]urpose|[Aa]ims?|[Oo]bjectives?))?)';
/** Structured-abstract section labels as a page may run them into the text, without their colon. */
const SECTION_LABEL = new RegExp(`${LABEL_WORDS}\\s+(?=[A-Za-z0-9])`, 'g');
/** A label on a line of its own: only there, so that "our findings indicate" mid-sentence keeps its words. */
const LINE_LABEL = new RegExp(`^${LABEL_WORDS}[ \\t]*\\n+`, 'gm');
/** Labels in capitals ("METHODS"): a case-blind SECTION_LABEL would also take "the results of" mid-sentence. */
const CAPITAL_LABEL = /\b(BACKGROUND|OBJECTIVES?|AIMS?|PURPOSE|INTRODUCTION|METHODS?|MATERIALS AND METHODS|RESULTS|CONCLUSIONS?|FINDINGS|SUMMARY|SIGNIFICANCE|INTERPRETATION|DESIGN)\s+(?=[A-Za-z0-9])/g;
/** The same labels run into their sentence with no space at all ("ConclusionThese …"). */
const RUN_IN_LABEL = new RegExp(`${LABEL_WORDS}(?=[A-Z][a-z])`, 'g');

/**
 * A copy wrapped at a fixed width (a database record): a full line breaks inside a word; a shorter line lost
 * the space at one of its ends, which one the text cannot tell, so there are two copies: the space after
 * each short line, or before it. A line shorter still ends its paragraph.
 */
function joinFixedWidth(raw, spaceBefore) {
  const lines = raw.split('\n');
  const widths = new Map();
  for (const line of lines) if (line.length >= 40) widths.set(line.length, (widths.get(line.length) ?? 0) + 1);
  const [width, count] = [...widths].reduce((best, w) => (w[1] > best[1] ? w : best), [0, 0]);
  if (count < 3) return raw;
  const after = (line, next) => {
    if (line.length === width) return spaceBefore && next.length < width ? ' ' : '';
    if (line.length === width - 1) return spaceBefore ? '' : ' ';
    return '\n';
  };
  return lines.map((line, k) => (k === lines.length - 1 ? line : line + after(line, lines[k + 1]))).join('');
}

/** The sentence's text in one of the copies, the first that holds it. */
function findSentence(copies, sentence, from) {
  const length = sentence.end - sentence.start;
  for (const copy of copies) {
    for (const begin of [from.get(copy) ?? 0, 0]) {
      for (let p = begin; p + length <= copy.length; p++) {
        const span = copy.slice(p, p + length);
        if (shortHash(span) === sentence.hash) { from.set(copy, p + length); return span; }
      }
    }
  }
  return undefined;
}

/** Whitespace a gap of this length may hold: spaces, or line breaks where paragraphs end. */
function gapChoices(length) {
  if (length === 1) return [' ', '\n'];
  if (length === 2) return ['\n\n', '  ', ' \n', '\n '];
  return [' '.repeat(length), '\n'.repeat(length)];
}

/**
 * Rebuilds an abstract's text from any copy of it, using only what the label file committed: each
 * sentence's offsets and hash, and the whole text's hash. The gaps between sentences are whitespace by
 * construction (`segment`), so only their kind (space or line break) and a final line break are
 * unknown; they are tried until the whole-text hash matches (the copy's own line breaks first).
 */
export function restoreText(labels, raw) {
  // Exact, then whitespace runs as single spaces, then fixed-width lines that break words joined again
  // (all of them, or by their width), hyphenated words a line break split ("Co- stimulation"), then section labels that a page runs into the text ("Methods Cells were …") given a colon or a period.
  const spaced = raw.replace(/\s+/g, ' ');
  const lineLabelled = (mark) => raw.replace(LINE_LABEL, `$1${mark}`).replace(/\s+/g, ' ');
  const copies = [raw, spaced, raw.replace(/\n/g, '').replace(/\s+/g, ' '), joinFixedWidth(raw, false), joinFixedWidth(raw, true), spaced.replace(/(\w)- (?=[a-z])/g, '$1-'), ...[': ', '. '].flatMap((mark) => [spaced.replace(SECTION_LABEL, `$1${mark}`), spaced.replace(RUN_IN_LABEL, `$1${mark}`), spaced.replace(CAPITAL_LABEL, `$1${mark}`), lineLabelled(mark)])];
  const from = new Map();
  const spans = labels.sentences.map((s) => findSentence(copies, s, from));
  const missing = spans.flatMap((span, k) => (span === undefined ? [k] : []));
  if (missing.length > 0) return { missing };
  const gaps = labels.sentences.map((s, k) => (k === 0 ? s.start : s.start - labels.sentences[k - 1].end));
  if (gaps[0] !== 0) return { missing: [], reason: 'the first sentence does not start the text' };
  const choices = gaps.map((g, k) => (k === 0 ? [''] : gapChoices(g)));
  const total = choices.reduce((n, c) => n * c.length, 2);
  if (total > 1 << 22) return { missing: [], reason: `${total} ways to lay out the gaps; too many` };
  const pick = new Array(choices.length).fill(0);
  for (let n = 0; n < total; n++) {
    let rest = n;
    for (let k = 0; k < choices.length; k++) { pick[k] = rest % choices[k].length; rest = Math.floor(rest / choices[k].length); }
    const body = spans.map((span, k) => choices[k][pick[k]] + span).join('');
    const text = rest === 0 ? `${body}\n` : body;
    if (shortHash(text) === labels.textHash) return { text };
  }
  return { missing: [], reason: 'every sentence was found, but no layout of the gaps gives the labelled text hash' };
}

function cmdRestore(split, id, rawFile) {
  const labels = JSON.parse(readFileSync(labelFile(split, id), 'utf8'));
  // The committed citation carries the title, which some copies spell differently or leave out.
  const citation = readSources().find((a) => a.split === split && a.id === id)?.citation ?? '';
  const result = restoreText(labels, `${readFileSync(rawFile, 'utf8')}\n${citation}`);
  if (result.text === undefined) {
    const why = result.reason ?? `sentence(s) #${result.missing.join(', #')} not found in ${rawFile}`;
    console.error(`${split}/${id}: not restored: ${why}`);
    process.exitCode = 1;
    return;
  }
  const dir = join(splitDir(split), 'texts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${id}.txt`), result.text);
  console.log(`${split}/${id}: restored (${labels.sentences.length} sentences, text hash ${labels.textHash})`);
}

/** sources.json, plus the per-labeller sources-*.json files while a set is being collected. */
export function readSources() {
  const all = JSON.parse(readFileSync(join(evalRoot, 'sources.json'), 'utf8')).abstracts;
  // A labeller's file is a plain list; a held-back part's file has a description and `abstracts`.
  for (const f of readdirSync(evalRoot).filter((n) => /^sources-.+\.json$/.test(n))) {
    const data = JSON.parse(readFileSync(join(evalRoot, f), 'utf8'));
    all.push(...(Array.isArray(data) ? data : data.abstracts));
  }
  return all;
}

function lexiconIds() {
  const lex = JSON.parse(readFileSync(join(root, 'generated', 'lexicon.json'), 'utf8'));
  return new Set(lex.entities.map((e) => e.id));
}

/** Validates every label file of a split; returns the number of problems. */
function checkSplit(split, ids) {
  const dir = join(splitDir(split), 'labels');
  if (!existsSync(dir)) return 0;
  let problems = 0;
  const complain = (file, msg) => { problems++; console.error(`${file}: ${msg}`); };
  const known = new Set(readSources().filter((a) => a.split === split).map((a) => a.id));
  const counts = Object.fromEntries(LABELS.map((l) => [l, 0]));
  let n = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const file = join(dir, name);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    if (!known.has(data.id)) complain(file, `id "${data.id}" is not in sources.json under split "${split}"`);
    const textFile = join(splitDir(split), 'texts', `${data.id}.txt`);
    const text = existsSync(textFile) ? readFileSync(textFile, 'utf8') : undefined;
    if (text !== undefined && shortHash(text) !== data.textHash) complain(file, 'textHash differs from texts/ (the text changed after labelling)');
    data.sentences.forEach((s, k) => {
      n++;
      if (!LABELS.includes(s.label)) complain(file, `sentence #${k}: label "${s.label}" is not one of ${LABELS.join(', ')}`);
      else counts[s.label]++;
      if (text !== undefined && shortHash(text.slice(s.start, s.end)) !== s.hash) complain(file, `sentence #${k}: hash does not match the text at ${s.start}-${s.end}`);
      if (['contradicts', 'supported', 'context-dependent'].includes(s.label) && !(Array.isArray(s.claims) && s.claims.length > 0)) complain(file, `sentence #${k}: a "${s.label}" sentence needs its claims`);
      for (const c of s.claims ?? []) {
        for (const key of ['subject', 'object']) if (c[key] !== undefined && !ids.has(c[key])) complain(file, `sentence #${k}: ${key} "${c[key]}" is not a lexicon id`);
      }
    });
  }
  console.log(`${split}: ${n} sentences; ${LABELS.map((l) => `${l} ${counts[l]}`).join(', ')}`);
  return problems;
}

function main(argv) {
  const [cmd, a, b, c] = argv;
  if (cmd === 'restore') return cmdRestore(a, b, c);
  if (cmd === 'segment') return cmdSegment(a, b);
  if (cmd === 'show') return cmdShow(a, b);
  if (cmd === 'rehash') return cmdRehash(a, b);
  if (cmd === 'check') {
    const ids = lexiconIds();
    const problems = (a ? [a] : ['dev', 'holdout']).reduce((sum, split) => sum + checkSplit(split, ids), 0);
    if (problems > 0) process.exitCode = 1;
    return;
  }
  console.error('usage: real-prose.mjs segment|show|rehash SPLIT ID | restore SPLIT ID RAW | check [SPLIT]');
  process.exitCode = 2;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
