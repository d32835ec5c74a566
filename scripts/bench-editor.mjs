#!/usr/bin/env node
// The editor benchmark (npm run bench:editor): how fast Mechlens' live diagnostics are in a real VS Code
// on a 100,000-word manuscript. A benchmark, not a test: it prints numbers and a conclusion, and fails
// only when it cannot measure. Not run by CI.
//
// It reuses the real-editor tier (test/e2e/lib): code-server 4.100.3 with the packaged extension, driven
// by playwright-core in headless Chromium. Twice, each in a fresh code-server (so the extension's timing
// log starts empty): with the default debounce (250 ms) and with "mechlens.debounceMs": 0. Each time:
//   1. writes the synthetic manuscript of scripts/bench-corpus.ts (makeCorpus(lexicon, 100000), every
//      sentence unique) into the workspace with `node --import tsx -e …`;
//   2. opens it and measures the time until its first diagnostics are in Problems (status bar count);
//   3. makes 60 one-character edits at sentences spread through the document (Go to Line, End, a key),
//      about 1 s apart so that each edit is analysed on its own;
//   4. runs "Mechlens: Show Timing" and reads the timing line from the Output view.
// Then prints both timing lines and compares the p95 of "analysis and publishing after the debounce"
// with the goal of 50 ms.
//
//   E2E_VSIX=x.vsix npm run bench:editor   use that .vsix instead of running npm run package
//   BENCH_EDITS=20 npm run bench:editor    fewer edits (default 60)
//
// Everything it starts (code-server, Chromium) is stopped by process id, also on SIGINT/SIGTERM and on
// its time limit; the temporary folders are removed.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOk } from '../test/e2e/lib/proc.mjs';
import { Session, prepareTools } from '../test/e2e/lib/session.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, '.vscode-test');
const logDir = join(cacheDir, 'logs-bench');
const FILE = 'manuscript.md';
const WORDS = 100_000;
const EDITS = Number(process.env.BENCH_EDITS ?? 60);
const GAP_MS = 1000; // between an edit and the next one: each edit gets its own analysis
const GOAL_MS = 50;
const LIMIT_MS = 20 * 60_000;
const TIMING = /Mechlens timing — keystroke to diagnostics \(debounce included\): (.*?); analysis and publishing after the debounce: (.*?(?:over \d+ edits|no edits yet))/g;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const say = (message) => console.log(`· ${message}`);
const started = Date.now();
let session;

function killEverything(reason, code) {
  console.log(`✘ bench: ${reason}`);
  session?.killNow();
  process.exit(code);
}
process.on('SIGINT', () => killEverything('interrupted (SIGINT)', 130));
process.on('SIGTERM', () => killEverything('terminated (SIGTERM)', 143));
process.on('exit', () => session?.killNow());
setTimeout(() => killEverything(`took longer than ${LIMIT_MS / 60_000} minutes; stopped`, 1), LIMIT_MS).unref();

/** The synthetic manuscript, written into `dir` by scripts/bench-corpus.ts run through tsx. */
async function writeCorpus(dir) {
  mkdirSync(dir, { recursive: true });
  const out = join(dir, FILE);
  const code = [
    "import('./scripts/bench-corpus.ts').then(async (m) => {",
    'const makeCorpus = m.makeCorpus ?? m.default.makeCorpus;',
    "const fs = await import('node:fs');",
    "const lexicon = JSON.parse(fs.readFileSync('generated/lexicon.json', 'utf8'));",
    `const c = makeCorpus(lexicon, ${WORDS});`,
    'fs.writeFileSync(process.env.BENCH_OUT, c.text);',
    'console.log(JSON.stringify({ words: c.words, sentences: c.sentences.length, unique: new Set(c.sentences).size, bytes: Buffer.byteLength(c.text) }));',
    '});',
  ].join(' ');
  const stdout = await runOk(process.execPath, ['--import', 'tsx', '-e', code], { cwd: root, env: { BENCH_OUT: out }, timeoutMs: 120_000, log: join(logDir, 'corpus.log') });
  const stats = JSON.parse(stdout.trim().split('\n').pop());
  if (stats.unique !== stats.sentences) throw new Error(`the corpus repeats sentences: ${stats.unique} unique of ${stats.sentences}`);
  return { ...stats, text: readFileSync(out, 'utf8') };
}

/** 1-based numbers of `count` prose lines (not headings, not blank) spread evenly through `text`. */
function editLines(text, count) {
  const prose = [];
  text.split('\n').forEach((line, i) => { if (line.trim() && !line.startsWith('#')) prose.push(i + 1); });
  return Array.from({ length: count }, (_, i) => prose[Math.floor(((i + 0.5) * prose.length) / count)]);
}

/** Errors and warnings in the status bar's problems item ("Errors: 0, Warnings: 1437"). */
async function problemCounts(wb) {
  const label = await wb.page.locator('.part.statusbar #status\\.problems').first().getAttribute('aria-label', { timeout: 2000 }).catch(() => '');
  const n = (what) => Number(new RegExp(`${what}: (\\d+)`).exec(label ?? '')?.[1] ?? 0);
  return { errors: n('Errors'), warnings: n('Warnings'), label };
}

/** Open FILE through Quick Open; ms from Enter to the editor, and to its first diagnostics in the status bar. */
async function openAndTimeFirstDiagnostics(wb) {
  const { page } = wb;
  if ((await problemCounts(wb)).warnings > 0) throw new Error('the workbench shows warnings before the manuscript is open');
  await page.keyboard.press('Control+P');
  await wb.waitQuickInput();
  await page.locator('.quick-input-widget .quick-input-box input').first().fill(FILE);
  await wb.waitFor(async () => (await wb.quickInputRows()).some((r) => r.startsWith(FILE)), { message: async () => `Quick Open does not list ${FILE}` });
  const t0 = Date.now();
  await wb.chooseQuickInputRow((r) => r.startsWith(FILE));
  await wb.waitForActiveTab(FILE, { timeoutMs: 60_000 });
  await page.locator('.part.editor .editor-group-container.active .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 60_000 });
  const editorMs = Date.now() - t0;
  const counts = await wb.waitFor(async () => {
    const c = await problemCounts(wb);
    return c.warnings > 0 ? c : undefined;
  }, { timeoutMs: 120_000, intervalMs: 25, message: async () => `no diagnostics for ${FILE}; the status bar says "${(await problemCounts(wb)).label}"` });
  const diagnosticsMs = Date.now() - t0;
  await wb.focusEditor();
  return { editorMs, diagnosticsMs, counts };
}

/** Go to `line` (Control+G), to its end, type one character. */
async function editAt(wb, line, char) {
  const { page } = wb;
  await page.keyboard.press('Control+G');
  await wb.waitQuickInput();
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await wb.waitFor(async () => (await wb.cursorPosition()).line === line, {
    timeoutMs: 5000, intervalMs: 50, message: async () => `Go to Line ${line} left the cursor at ${JSON.stringify(await wb.cursorPosition())}`,
  });
  await page.keyboard.press('End');
  await page.keyboard.type(char);
}

/** The channel's log files under the user-data-dir (written by the extension host), newest text. */
function channelLog(dataDir) {
  const found = [];
  const walk = (dir, depth) => {
    let names = [];
    try { names = readdirSync(dir); } catch { return; }
    for (const name of names) {
      const path = join(dir, name);
      let stat;
      try { stat = statSync(path); } catch { continue; }
      if (stat.isDirectory() && depth < 6) walk(path, depth + 1);
      else if (/Mechlens\.log$/.test(name)) found.push(path);
    }
  };
  walk(join(dataDir, 'logs'), 0);
  return found.map((f) => readFileSync(f, 'utf8')).join('\n');
}

/** Run "Mechlens: Show Timing" and read its line: from the Output view, else from the channel's log file. */
async function readTiming(wb, dataDir) {
  await wb.runCommand('Mechlens: Show Timing');
  const last = (text) => [...text.replace(/\s+/g, ' ').matchAll(TIMING)].pop();
  try {
    const m = await wb.waitFor(async () => last(await wb.outputViewText()), { timeoutMs: 10_000, message: () => 'the Output view shows no timing line' });
    return { line: m[0], latency: m[1], processing: m[2], from: 'Output view' };
  } catch (err) {
    const m = await wb.waitFor(() => last(channelLog(dataDir)), { timeoutMs: 10_000, message: () => `${err.message}; no timing line in the channel's log file either` });
    return { line: m[0], latency: m[1], processing: m[2], from: 'channel log file' };
  }
}

const stat = (summary, name) => Number(new RegExp(`${name} (\\d+) ms`).exec(summary)?.[1] ?? NaN);
const editsOf = (summary) => Number(/over (\d+) edits/.exec(summary)?.[1] ?? 0);

async function runOnce(vsix, label, settings) {
  console.log(`\n== ${label}`);
  session = new Session({ cacheDir, logDir, say, prefix: 'mechlens-bench-' });
  let wb;
  try {
    let corpus;
    let dirs;
    ({ wb, dirs } = await session.start({ vsix, settings, fillWorkspace: async (dir) => { corpus = await writeCorpus(dir); } }));
    say(`${FILE}: ${corpus.words} words, ${corpus.sentences} sentences (all unique), ${Math.round(corpus.bytes / 1024)} KB`);
    const first = await openAndTimeFirstDiagnostics(wb);
    console.log(`first analysis: ${first.diagnosticsMs} ms from opening ${FILE} to its diagnostics in Problems (${first.counts.warnings} warning(s); editor shown after ${first.editorMs} ms)`);
    await sleep(2000); // let the first analysis and the workbench settle
    const lines = editLines(corpus.text, EDITS);
    const t0 = Date.now();
    for (const [i, line] of lines.entries()) {
      await editAt(wb, line, 'x');
      await sleep(GAP_MS);
      await wb.escape(1); // a suggestion list, if one opened, goes away (no text changes)
      if ((i + 1) % 20 === 0) say(`${i + 1} edits (lines ${lines[0]}…${line} of ${corpus.text.split('\n').length})`);
    }
    say(`${lines.length} edits in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await sleep(1000);
    const timing = await readTiming(wb, dirs.data);
    console.log(timing.line);
    const edits = editsOf(timing.processing);
    if (edits !== lines.length) console.log(`note: the extension timed ${edits} edit(s) of the ${lines.length} made`);
    return { label, first, timing, p95: stat(timing.processing, 'p95'), p95Latency: stat(timing.latency, 'p95'), edits };
  } catch (err) {
    // What the workbench showed, and the extension host's errors (the browser console gets them).
    const shot = join(logDir, 'failed-bench.png');
    if (wb) await wb.page.screenshot({ path: shot }).catch(() => {});
    let hostErrors = '';
    try {
      hostErrors = readFileSync(join(logDir, 'browser-console.log'), 'utf8').split('\n').filter((l) => /ERR /.test(l)).slice(0, 3).join(' | ');
    } catch { /* no log */ }
    throw new Error(`${err.message}${wb ? ` [screenshot: ${shot}]` : ''}${hostErrors ? `; errors in the workbench: ${hostErrors}` : ''}`);
  } finally {
    await session.close();
    session = undefined;
  }
}

try {
  mkdirSync(cacheDir, { recursive: true });
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const vsix = await prepareTools({ root, cacheDir, logDir, say });
  const results = [];
  results.push(await runOnce(vsix, 'default debounce (mechlens.debounceMs 250)', {}));
  results.push(await runOnce(vsix, 'no debounce (mechlens.debounceMs 0)', { 'mechlens.debounceMs': 0 }));

  console.log('\n== results');
  for (const r of results) {
    console.log(`${r.label}: first analysis ${r.first.diagnosticsMs} ms`);
    console.log(`  ${r.timing.line}`);
  }
  console.log('\n== conclusion');
  for (const r of results) {
    const verdict = Number.isNaN(r.p95) ? 'not measured' : r.p95 <= GOAL_MS ? `meets the ${GOAL_MS} ms goal` : `misses the ${GOAL_MS} ms goal by ${r.p95 - GOAL_MS} ms`;
    console.log(`${r.label}: p95 of analysis and publishing after the debounce ${r.p95} ms over ${r.edits} edits — ${verdict}; p95 keystroke to diagnostics ${r.p95Latency} ms`);
  }
  console.log(`duration: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(results.every((r) => !Number.isNaN(r.p95)) ? 0 : 1);
} catch (err) {
  console.log(`✘ bench: ${String(err.message).replace(/\s+/g, ' ').slice(0, 600)} (logs: ${logDir})`);
  await session?.close();
  process.exit(1);
}
