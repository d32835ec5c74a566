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
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import checks from './checks/index.mjs';
import { Session, prepareTools, withTimeout } from './lib/session.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const cacheDir = join(root, '.vscode-test');
const logDir = join(cacheDir, 'logs');
const screenshotDir = join(root, 'media', 'screenshots');
const RUN_LIMIT_MS = 10 * 60_000; // from starting code-server to the last check
const CHECK_LIMIT_MS = 90_000;

const started = Date.now();
const only = (process.env.E2E_ONLY ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
const selected = only.length ? checks.filter((c) => only.some((w) => c.name.toLowerCase().includes(w))) : checks;
const keep = process.env.E2E_KEEP === '1';

let passed = 0;
let failed = 0;
let finished = false;

const say = (message) => console.log(`· ${message}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const oneLine = (text) => String(text).replace(/\s+/g, ' ').trim().slice(0, 600);
const session = new Session({ cacheDir, logDir, say, keep });

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
  session.killNow();
  summary();
  process.exit(code);
}

process.on('SIGINT', () => abort('interrupted (SIGINT)', 130));
process.on('SIGTERM', () => abort('terminated (SIGTERM)', 143));
process.on('exit', () => session.killNow());

/**
 * Create the workspace: the README's example draft, a copy to type into, and test/e2e/fixtures/* with
 * its folders (chapters/ for Check Workspace, .mechlens/ with a broken workspace lexicon).
 */
function makeWorkspace(dir) {
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'examples', 'draft.md'), join(dir, 'draft.md'));
  cpSync(join(root, 'examples', 'draft.md'), join(dir, 'completion.md'));
  for (const name of readdirSync(join(here, 'fixtures'))) cpSync(join(here, 'fixtures', name), join(dir, name), { recursive: true });
}

async function setup() {
  mkdirSync(cacheDir, { recursive: true });
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  // E2E_VSIX=path tests a .vsix built elsewhere instead of running `npm run package`.
  const vsix = await prepareTools({ root, cacheDir, logDir, say });
  // Installs are bounded by their own time limits; from here on the whole run has RUN_LIMIT_MS.
  setTimeout(() => abort(`took longer than ${RUN_LIMIT_MS / 60_000} minutes; stopped`, 1), RUN_LIMIT_MS).unref();
  return session.start({ vsix, fillWorkspace: makeWorkspace });
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
  await session.close();
  summary();
}
process.exit(failed > 0 || passed === 0 ? 1 : 0);
