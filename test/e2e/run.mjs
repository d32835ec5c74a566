#!/usr/bin/env node
// The real-editor tier (npm run test:e2e): the packaged extension in a real VS Code workbench
// (code-server 4.100.3, from the npm registry) driven by playwright-core in Debian's Chromium, offline.
// See shared/recipes/real-vscode-e2e.md for why this setup.
//
//   npm run test:e2e                      everything
//   E2E_ONLY=hover,F12 npm run test:e2e   only the checks whose names contain one of these words
//   E2E_KEEP=1 npm run test:e2e           keep the temporary folders (printed) for a look afterwards
//   E2E_VSIX=x.vsix npm run test:e2e      test that .vsix instead of packaging one with npm run package
//
// Prints one line per check ("✔ name" / "✘ name: reason") and, last, "N passed, N failed"; exits 1 if
// anything failed, the setup included. Logs of the installs and of code-server go to .vscode-test/logs/.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import checks from './checks/index.mjs';
import { killAllNow, stop, stopAll, track, untrack } from './lib/proc.mjs';
import { installExtension, privateEnv, startCodeServer } from './lib/server.mjs';
import { CHROMIUM, ensureCodeServer, ensureDebianPackages, packageExtension } from './lib/setup.mjs';
import { Workbench } from './lib/workbench.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const cacheDir = join(root, '.vscode-test');
const logDir = join(cacheDir, 'logs');
const screenshotDir = join(root, 'media', 'screenshots');
const RUN_LIMIT_MS = 10 * 60_000; // from starting code-server to the last check
const CHECK_LIMIT_MS = 90_000;
const VIEWPORT = { width: 1280, height: 800 };
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

const started = Date.now();
const only = (process.env.E2E_ONLY ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
const selected = only.length ? checks.filter((c) => only.some((w) => c.name.toLowerCase().includes(w))) : checks;
const keep = process.env.E2E_KEEP === '1';

let passed = 0;
let failed = 0;
let tempBase;
let browser;
let browserServer;
let finished = false;

const say = (message) => console.log(`· ${message}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const oneLine = (text) => String(text).replace(/\s+/g, ' ').trim().slice(0, 600);

function removeTemp() {
  if (!tempBase) return;
  if (keep) {
    say(`kept ${tempBase}`);
  } else {
    try {
      rmSync(tempBase, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      /* best effort */
    }
  }
  tempBase = undefined;
}

function summary() {
  if (finished) return;
  finished = true;
  console.log(`duration: ${seconds(Date.now() - started)}`);
  console.log(`${passed} passed, ${failed} failed`);
}

/** Stop everything at once: on a signal, on the run's time limit, or when node exits. */
function abort(reason, code) {
  if (finished) return;
  console.log(`✘ run: ${reason}`);
  failed += 1;
  killAllNow();
  removeTemp();
  summary();
  process.exit(code);
}

process.on('SIGINT', () => abort('interrupted (SIGINT)', 130));
process.on('SIGTERM', () => abort('terminated (SIGTERM)', 143));
process.on('exit', () => killAllNow());

function loadPlaywright() {
  const require = createRequire(join(cacheDir, 'package.json'));
  return require('playwright-core');
}

/** Create the workspace: the README's example draft, a copy to type into, and test/e2e/fixtures/*. */
function makeWorkspace(dir) {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(root, 'examples', 'draft.md'), join(dir, 'draft.md'));
  copyFileSync(join(root, 'examples', 'draft.md'), join(dir, 'completion.md'));
  for (const name of readdirSync(join(here, 'fixtures'))) copyFileSync(join(here, 'fixtures', name), join(dir, name));
}

async function setup() {
  mkdirSync(cacheDir, { recursive: true });
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  await ensureDebianPackages({ log: join(logDir, 'apt.log'), say });
  await ensureCodeServer(cacheDir, { log: join(logDir, 'npm-install.log'), say });
  // E2E_VSIX=path tests a .vsix built elsewhere instead of running `npm run package`.
  const vsix = process.env.E2E_VSIX || (await packageExtension(root, { log: join(logDir, 'package.log'), say })).vsix;

  // Installs are bounded by their own time limits; from here on the whole run has RUN_LIMIT_MS.
  setTimeout(() => abort(`took longer than ${RUN_LIMIT_MS / 60_000} minutes; stopped`, 1), RUN_LIMIT_MS).unref();

  tempBase = mkdtempSync(join(tmpdir(), 'mechlens-e2e-'));
  const dirs = {
    extensions: join(tempBase, 'extensions'),
    data: join(tempBase, 'data'),
    workspace: join(tempBase, 'workspace'),
    home: join(tempBase, 'home'), // HOME, TMPDIR and XDG folders of code-server and Chromium
  };
  makeWorkspace(dirs.workspace);
  const entry = join(cacheDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  say('installing the .vsix into a fresh extensions folder');
  await installExtension(entry, dirs, vsix, { log: join(logDir, 'code-server.log') });
  const server = await startCodeServer(entry, dirs, dirs.workspace, { log: join(logDir, 'code-server.log') });
  say(`code-server is up on 127.0.0.1:${server.port}`);

  const { chromium } = loadPlaywright();
  // playwright-core puts Chromium's throw-away profile in os.tmpdir(): make that the run's own folder.
  process.env.TMPDIR = privateEnv(dirs).TMPDIR;
  // launchServer (not launch) hands out the browser's process, so that we can always stop it by its pid.
  browserServer = await chromium.launchServer({
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000, env: { ...process.env, ...privateEnv(dirs) },
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  const browserPid = browserServer.process()?.pid;
  track(browserPid, 'chromium');
  browser = await chromium.connect(browserServer.wsEndpoint(), { timeout: 30_000 });
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageLog = join(logDir, 'browser-console.log');
  writeFileSync(pageLog, '');
  page.on('console', (m) => { if (m.type() === 'error') writeFileSync(pageLog, `${m.text()}\n`, { flag: 'a' }); });
  page.on('pageerror', (e) => writeFileSync(pageLog, `pageerror: ${e.message}\n`, { flag: 'a' }));
  await page.goto(server.url, { timeout: 60_000 });
  const wb = new Workbench(page);
  await wb.ready();
  say('workbench ready');
  return { wb, server, browserPid, dirs };
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

async function main() {
  if (selected.length === 0) throw new Error(`E2E_ONLY=${process.env.E2E_ONLY} matches no check`);
  let env;
  try {
    env = await setup();
  } catch (err) {
    console.log(`✘ setup: ${oneLine(err.message)}`);
    failed += 1;
    return;
  }
  const { wb, dirs } = env;
  mkdirSync(screenshotDir, { recursive: true });
  const ctx = {
    dataDir: dirs.data,
    workspace: dirs.workspace,
    screenshot: (name) => join(screenshotDir, name),
  };
  for (const check of selected) {
    const t0 = Date.now();
    try {
      await withTimeout(wb.reset(), 30_000, 'resetting the workbench');
      const note = await withTimeout(check.run(wb, ctx), CHECK_LIMIT_MS, 'the check');
      passed += 1;
      console.log(`✔ ${check.name}${note ? ` — ${note}` : ''} (${seconds(Date.now() - t0)})`);
    } catch (err) {
      failed += 1;
      const shot = join(logDir, `failed-${check.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
      await wb.page.screenshot({ path: shot }).catch(() => {});
      console.log(`✘ ${check.name}: ${oneLine(err.message)} [screenshot: ${shot}]`);
    }
  }
  if (ctx.activationMs !== undefined) console.log(`activation: ${ctx.activationMs} ms`);
}

try {
  await main();
} catch (err) {
  console.log(`✘ run: ${oneLine(err.message)}`);
  failed += 1;
} finally {
  try {
    await withTimeout((async () => {
      await browser?.close();
      await browserServer?.close();
    })(), 10_000, 'closing Chromium');
  } catch {
    /* killed below */
  }
  const pid = browserServer?.process()?.pid;
  if (pid) {
    await stop(pid, 1000);
    untrack(pid);
  }
  await stopAll(); // code-server and anything else still running that we started
  removeTemp();
  summary();
}
process.exit(failed > 0 || passed === 0 ? 1 : 0);
