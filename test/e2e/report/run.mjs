#!/usr/bin/env node
// The HTML report in a real browser (part of npm run test:e2e): `mechlens check --format html` of the
// example draft, built by the built command (bin/mechlens.js), opened in Debian's Chromium, headless,
// through playwright-core from .vscode-test/ (installed there by the tier, see ../lib/setup.mjs). The
// page must load with no console error or warning, no page error and no request at all beyond the file
// itself (the report runs nothing and fetches nothing), and its claim map must render. A screenshot
// goes to media/screenshots/report.png.
//
//   node test/e2e/report/run.mjs
//   E2E_CACHE_DIR=/elsewhere/.vscode-test node test/e2e/report/run.mjs   playwright-core from another cache
//
// Prints "✔ report: …" or "✘ report: reason", then "N passed, N failed"; exits 1 on a failure. Chromium
// is stopped by its process id, also on SIGINT/SIGTERM; the temporary folder is removed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { killAllNow, runOk, stop, track, untrack } from '../lib/proc.mjs';
import { CHROMIUM_ARGS, loadPlaywright, withTimeout } from '../lib/session.mjs';
import { CHROMIUM, ensureCodeServer, ensureDebianPackages } from '../lib/setup.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const cacheDir = process.env.E2E_CACHE_DIR ?? join(root, '.vscode-test');
const logDir = join(root, '.vscode-test', 'logs');
const screenshot = join(root, 'media', 'screenshots', 'report.png');
const LABEL = 'report';
const RUN_LIMIT_MS = 5 * 60_000;
const VIEWPORT = { width: 1280, height: 800 };

const say = (message) => console.log(`· ${message}`);
const oneLine = (text) => String(text).replace(/\s+/g, ' ').trim().slice(0, 600);
let tmp;
let server;
let finished = false;
let failed = false;

function finish(ok, detail) {
  if (finished) return;
  finished = true;
  failed = !ok;
  console.log(`${ok ? '✔' : '✘'} ${LABEL}: the HTML report opens in headless Chromium with no console error${detail ? `${ok ? ' — ' : ': '}${oneLine(detail)}` : ''}`);
  console.log(`${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
}

function removeTemp() {
  if (tmp) rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  tmp = undefined;
}

function abort(reason, code) {
  finish(false, reason);
  killAllNow();
  removeTemp();
  process.exit(code);
}

process.on('SIGINT', () => abort('interrupted (SIGINT)', 130));
process.on('SIGTERM', () => abort('terminated (SIGTERM)', 143));

/** The report of examples/draft.md, written by the built command; its exit status is 1 (the draft has contradictions). */
async function buildReport() {
  say('building (npm run build) and writing the report of examples/draft.md');
  await runOk('node', [join(root, 'scripts', 'build.mjs')], { cwd: root, log: join(logDir, 'report-build.log'), timeoutMs: 5 * 60_000 });
  // A relative path, as a user would give it: the report names the file as given.
  const r = spawnSync(process.execPath, [join(root, 'bin', 'mechlens.js'), 'check', '--format', 'html', 'examples/draft.md'], {
    cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw new Error(`mechlens check --format html: ${r.error.message}`);
  if (r.status !== 0 && r.status !== 1) throw new Error(`mechlens check --format html exited with ${r.status}: ${oneLine(r.stderr)}`);
  const file = join(tmp, 'report.html');
  writeFileSync(file, r.stdout);
  return { file, bytes: Buffer.byteLength(r.stdout) };
}

/** Opens the report and returns what went wrong on the page (nothing, when all is well) and what rendered. */
async function openReport(file) {
  const { chromium } = loadPlaywright(cacheDir);
  process.env.TMPDIR = tmp; // Chromium's throw-away profile goes into the run's own folder
  // launchServer (not launch) hands out the browser's process, so that it is always stopped by its pid.
  server = await chromium.launchServer({
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000,
    env: { ...process.env, HOME: tmp, TMPDIR: tmp, XDG_CONFIG_HOME: join(tmp, 'config'), XDG_CACHE_HOME: join(tmp, 'cache') },
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  track(server.process()?.pid, 'chromium');
  const browser = await chromium.connect(server.wsEndpoint(), { timeout: 30_000 });
  const page = await (await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })).newPage();
  page.setDefaultTimeout(15_000);
  const problems = [];
  const url = pathToFileURL(file).href;
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (q) => problems.push(`failed request: ${q.url()} (${q.failure()?.errorText ?? 'failed'})`));
  page.on('request', (q) => { if (q.url() !== url) problems.push(`request beyond the file: ${q.url()}`); });
  const response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  if (response && !response.ok()) problems.push(`loading the report: status ${response.status()}`);
  const figure = page.locator('figure svg').first();
  const box = await figure.boundingBox();
  if (!box || box.width <= 0 || box.height <= 0) problems.push('the claim map did not render (no bounding box)');
  const facts = await page.evaluate(() => ({
    scripts: document.scripts.length,
    claims: document.querySelectorAll('li.claim').length,
    nodes: document.querySelectorAll('figure svg g[data-entity]').length,
    summary: document.querySelector('#summary')?.getBoundingClientRect().top ?? -1,
    firstFile: document.querySelector('section.file')?.getBoundingClientRect().top ?? -1,
  }));
  if (facts.scripts !== 0) problems.push(`${facts.scripts} script element(s) in the report`);
  if (facts.claims === 0) problems.push('no claim listed');
  if (facts.summary < 0 || facts.summary > facts.firstFile) problems.push('the summary is not shown before the files');
  // Header, summary and the map: the top of the page down to the end of the map.
  mkdirSync(dirname(screenshot), { recursive: true });
  const bottom = await page.locator('figure').first().evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  await page.screenshot({ path: screenshot, fullPage: true, clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.ceil(bottom + 16) } });
  await browser.close();
  return { problems, box, facts };
}

async function main() {
  setTimeout(() => abort(`took longer than ${RUN_LIMIT_MS / 60_000} minutes; stopped`, 1), RUN_LIMIT_MS).unref();
  mkdirSync(logDir, { recursive: true });
  await ensureDebianPackages({ log: join(logDir, 'report-apt.log'), say });
  await ensureCodeServer(cacheDir, { log: join(logDir, 'report-npm-install.log'), say });
  tmp = mkdtempSync(join(tmpdir(), 'mechlens-report-e2e-'));
  const { file, bytes } = await buildReport();
  say(`opening the report (${bytes} bytes) in ${CHROMIUM}`);
  const { problems, box, facts } = await withTimeout(openReport(file), 120_000, 'opening the report in Chromium');
  if (problems.length > 0) finish(false, problems.join('; '));
  else finish(true, `${facts.claims} claims, a map of ${facts.nodes} entities drawn ${Math.round(box.width)}×${Math.round(box.height)} px; screenshot ${screenshot.slice(root.length + 1)}`);
}

try {
  await main();
} catch (err) {
  finish(false, err instanceof Error ? err.message : String(err));
}
const pid = server?.process()?.pid;
try {
  await withTimeout(server?.close() ?? Promise.resolve(), 10_000, 'closing Chromium');
} catch {
  /* stopped below, by its pid */
}
if (pid) {
  await stop(pid, 1000);
  untrack(pid);
}
removeTemp();
process.exit(failed || !finished ? 1 : 0);
