#!/usr/bin/env node
// The Neovim check of the e2e tier: Neovim's built-in LSP client (0.7, Debian 12's neovim) against
// `node bin/mechlens.js lsp --stdio`, headless, no plugins. harness.lua does the LSP work and writes
// a JSON list of steps; this script prepares everything, runs nvim under a hard time limit and prints
// one line per step ("✔ neovim: …" / "✘ neovim: … reason"), then "N passed, N failed"; exits 1 on any
// failure.
//
//   node test/e2e/neovim/run.mjs
//   NVIM_E2E_KEEP=1 node test/e2e/neovim/run.mjs    keep the temporary folder (printed)
//   NVIM_E2E_SERVER='["node","/path/server.js","--stdio"]' …   another server command (harness debugging)
//
// If nvim is missing: as root, apt-get update + apt-get install -y neovim (log:
// .vscode-test/logs/neovim-apt.log); otherwise it fails and says what to install. The logs of nvim and
// of its LSP client (with the server's stderr and, at debug level, every message) go to
// .vscode-test/logs/neovim.log and neovim-lsp.log.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { killAllNow, run, runOk, startDetached, stopAll } from '../lib/proc.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const logDir = join(root, '.vscode-test', 'logs');
const NVIM_LIMIT_MS = 90_000; // the harness's own waits add up to about 75 s at worst
const LABEL = 'neovim';

const DRAFT = [
  '# Osteoclasts',
  '',
  'IL-4 promotes NFATc1 expression in osteoclast precursors.',
  '',
  'Complete a term on the last line.',
  '',
].join('\n');

// What harness.lua reports, in order; used to name what never ran when nvim dies early.
const STEPS = ['server starts and initializes', 'contradiction diagnostic', 'settings reach the server', 'hover', 'completion', 'Rewrite quick fix', 'diagnostic clears after the fix', 'server shuts down'];

const keep = process.env.NVIM_E2E_KEEP === '1';
const oneLine = (text) => String(text).replace(/\s+/g, ' ').trim().slice(0, 600);
const say = (message) => console.log(`· ${message}`);
let passed = 0;
let failed = 0;
let tmp;

function report(name, ok, detail) {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? '✔' : '✘'} ${LABEL}: ${name}${detail ? `${ok ? ' — ' : ': '}${oneLine(detail)}` : ''}`);
}

function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

async function ensureNeovim() {
  const found = which('nvim');
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error('nvim is not installed; install Neovim 0.7 or newer (Debian/Ubuntu: apt-get install -y neovim) or run this as root to have it installed');
  const log = join(logDir, 'neovim-apt.log');
  say('installing Debian\'s neovim (apt-get update, apt-get install -y neovim)');
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  await runOk('apt-get', ['update'], { env, log, timeoutMs: 5 * 60_000 });
  await runOk('apt-get', ['install', '-y', 'neovim'], { env, log, timeoutMs: 10 * 60_000 });
  const nvim = which('nvim');
  if (!nvim) throw new Error(`apt-get installed neovim but nvim is not on PATH (log: ${log})`);
  return nvim;
}

/** "NVIM v0.7.2" → [0, 7, 2]. */
async function nvimVersion(nvim) {
  const { out } = await run(nvim, ['--version'], { timeoutMs: 15_000 });
  const m = /NVIM v(\d+)\.(\d+)\.(\d+)/.exec(out);
  if (!m) throw new Error(`could not read the version from nvim --version: ${oneLine(out.split('\n')[0] ?? '')}`);
  return m.slice(1).map(Number);
}

function serverCommand() {
  if (process.env.NVIM_E2E_SERVER) {
    const cmd = JSON.parse(process.env.NVIM_E2E_SERVER);
    if (!Array.isArray(cmd) || cmd.length === 0) throw new Error('NVIM_E2E_SERVER must be a JSON array');
    return cmd;
  }
  return [process.execPath, join(root, 'bin', 'mechlens.js'), 'lsp', '--stdio'];
}

/** The server's stderr as Neovim's LSP log recorded it (0.7: `"rpc" "<cmd>" "stderr" "<chunk>"`). */
function serverStderr(lspLog) {
  if (!existsSync(lspLog)) return '';
  return readFileSync(lspLog, 'utf8').split('\n')
    .filter((l) => l.includes('"stderr"'))
    .map((l) => l.replace(/^.*"stderr"\s*/, '').replace(/\\n/g, ' ').replace(/^["']|["']$/g, ''))
    .join(' ')
    .trim();
}

async function main() {
  mkdirSync(logDir, { recursive: true });
  let nvim;
  let version;
  try {
    nvim = await ensureNeovim();
    version = await nvimVersion(nvim);
    if (version[0] === 0 && version[1] < 7) throw new Error(`Neovim ${version.join('.')} is too old; the harness needs 0.7 or newer`);
  } catch (err) {
    report('setup', false, err.message);
    return;
  }
  say(`Neovim ${version.join('.')} (${nvim})`);

  tmp = mkdtempSync(join(tmpdir(), 'mechlens-nvim-'));
  const workspace = join(tmp, 'workspace');
  const home = join(tmp, 'home');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(home, { recursive: true });
  const draft = join(workspace, 'draft.md');
  writeFileSync(draft, DRAFT);
  const resultFile = join(tmp, 'result.json');
  const nvimLog = join(logDir, 'neovim.log');
  writeFileSync(nvimLog, '');
  rmSync(join(logDir, 'neovim-lsp.log'), { force: true });

  const env = {
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    XDG_CACHE_HOME: join(home, '.cache'),
    NVIM_LOG_FILE: join(tmp, 'nvim.log'),
    MECHLENS_NVIM_CMD: JSON.stringify(serverCommand()),
    MECHLENS_NVIM_ROOT: workspace,
    MECHLENS_NVIM_FILE: draft,
    MECHLENS_NVIM_RESULT: resultFile,
  };
  const args = ['--headless', '--clean', '-u', join(here, 'harness.lua')];
  const t0 = Date.now();
  // nvim runs in a process group of its own; the server is its child, in the same group.
  const child = startDetached(nvim, args, { cwd: workspace, env, log: nvimLog });
  const outcome = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ timedOut: true }), NVIM_LIMIT_MS);
    child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code: code ?? signal }); });
    child.on('error', (err) => { clearTimeout(timer); resolve({ code: err.message }); });
  });
  // nvim on a timeout, and in any case whatever is left of its group (a server that ignored exit).
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    /* the group is gone */
  }
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);

  // The LSP client's log (stdpath('cache')/lsp.log in 0.7; stdpath('state')/lsp.log from 0.8 on).
  const lspLog = [join(env.XDG_CACHE_HOME, 'nvim', 'lsp.log'), join(env.XDG_STATE_HOME, 'nvim', 'lsp.log')].find((p) => existsSync(p));
  if (lspLog) copyFileSync(lspLog, join(logDir, 'neovim-lsp.log'));

  let steps = [];
  if (existsSync(resultFile)) {
    try {
      steps = JSON.parse(readFileSync(resultFile, 'utf8'));
    } catch (err) {
      report('harness', false, `unreadable results ${resultFile}: ${err.message}`);
    }
  }
  for (const s of steps) report(s.name, s.ok, s.detail);
  const reported = new Set(steps.map((s) => s.name));
  const missing = STEPS.filter((name) => !reported.has(name));
  if (outcome.timedOut) {
    report('run', false, `nvim did not finish within ${NVIM_LIMIT_MS / 1000} s and was killed; never reached: ${missing.join(', ') || 'nothing'}`);
  } else if (steps.length === 0 || (missing.length > 0 && !reported.has('harness'))) {
    const tail = oneLine(readFileSync(nvimLog, 'utf8').split('\n').filter(Boolean).slice(-3).join(' | '));
    report('run', false, `nvim exited with ${outcome.code} after ${seconds} s; never reached: ${missing.join(', ') || 'nothing'}${tail ? `; output: ${tail}` : ''}`);
  }
  if (failed > 0) {
    const stderr = lspLog ? serverStderr(lspLog) : '';
    if (stderr) console.log(`  server stderr: ${oneLine(stderr)}`);
    console.log(`  logs: ${nvimLog}${lspLog ? `, ${join(logDir, 'neovim-lsp.log')}` : ''}`);
  }
  console.log(`duration: ${seconds} s`);
}

function cleanup() {
  killAllNow();
  if (tmp && !keep) rmSync(tmp, { recursive: true, force: true });
  else if (tmp) say(`kept ${tmp}`);
}

function interrupted(signal, code) {
  report('run', false, `interrupted (${signal})`);
  cleanup();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
}

process.on('SIGINT', () => interrupted('SIGINT', 130));
process.on('SIGTERM', () => interrupted('SIGTERM', 143));

try {
  await main();
} catch (err) {
  report('run', false, err.message);
} finally {
  await stopAll();
  cleanup();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
