// One real-editor session: a temporary folder (workspace, user data, extensions, private HOME), the
// packaged extension installed into it, code-server on a free loopback port and headless Chromium on
// its page. Used by the e2e tier (test/e2e/run.mjs) and the editor benchmark (scripts/bench-editor.mjs).
//
// Every process it starts is tracked by proc.mjs (by process id), so close() — or killNow() from a
// signal handler — stops exactly those, and the temporary folder is removed unless `keep` is set.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killAllNow, stop, stopAll, track, untrack } from './proc.mjs';
import { USER_SETTINGS, installExtension, privateEnv, startCodeServer } from './server.mjs';
import { CHROMIUM, ensureCodeServer, ensureDebianPackages, packageExtension } from './setup.mjs';
import { Workbench } from './workbench.mjs';

/** `promise`, or a rejection saying `what` took longer than `ms`. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

export const VIEWPORT = { width: 1280, height: 800 };
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export function loadPlaywright(cacheDir) {
  const require = createRequire(join(cacheDir, 'package.json'));
  return require('playwright-core');
}

/**
 * The tools a session needs: Debian packages, code-server and playwright-core in `cacheDir`, and the
 * .vsix (`E2E_VSIX` when set, else `npm run package`). Resolves the .vsix path.
 */
export async function prepareTools({ root, cacheDir, logDir, say }) {
  await ensureDebianPackages({ log: join(logDir, 'apt.log'), say });
  await ensureCodeServer(cacheDir, { log: join(logDir, 'npm-install.log'), say });
  if (process.env.E2E_VSIX) return process.env.E2E_VSIX;
  return (await packageExtension(root, { log: join(logDir, 'package.log'), say })).vsix;
}

export class Session {
  /**
   * @param {{ cacheDir: string, logDir: string, say?: (m: string) => void, keep?: boolean, prefix?: string }} options
   */
  constructor({ cacheDir, logDir, say = () => {}, keep = false, prefix = 'mechlens-e2e-' }) {
    Object.assign(this, { cacheDir, logDir, say, keep, prefix });
    this.tempBase = undefined;
    this.browser = undefined;
    this.browserServer = undefined;
  }

  /**
   * Start everything: `fillWorkspace(dir)` creates the workspace's files before code-server starts;
   * `settings` are added to the user settings of lib/server.mjs; `afterInstall(dirs)`, when given, runs
   * once the .vsix is installed and before code-server starts (the editor benchmark adds its probe
   * extension to `dirs.extensions` there). Resolves { wb, page, dirs, server }.
   */
  async start({ vsix, fillWorkspace, settings = {}, afterInstall }) {
    this.tempBase = mkdtempSync(join(tmpdir(), this.prefix));
    this.savedTmpdir = { value: process.env.TMPDIR };
    const dirs = {
      extensions: join(this.tempBase, 'extensions'),
      data: join(this.tempBase, 'data'),
      workspace: join(this.tempBase, 'workspace'),
      home: join(this.tempBase, 'home'), // HOME, TMPDIR and XDG folders of code-server and Chromium
    };
    this.dirs = dirs;
    await fillWorkspace(dirs.workspace);
    const entry = join(this.cacheDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
    const log = join(this.logDir, 'code-server.log');
    this.say('installing the .vsix into a fresh extensions folder');
    await installExtension(entry, dirs, vsix, { log, settings: { ...USER_SETTINGS, ...settings } });
    if (afterInstall) await afterInstall(dirs);
    const server = await startCodeServer(entry, dirs, dirs.workspace, { log });
    this.server = server;
    this.say(`code-server is up on 127.0.0.1:${server.port}`);

    const { chromium } = loadPlaywright(this.cacheDir);
    // playwright-core puts Chromium's throw-away profile in os.tmpdir(): make that the run's own folder.
    process.env.TMPDIR = privateEnv(dirs).TMPDIR;
    // launchServer (not launch) hands out the browser's process, so that we can always stop it by its pid.
    this.browserServer = await chromium.launchServer({
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000, env: { ...process.env, ...privateEnv(dirs) },
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    });
    track(this.browserServer.process()?.pid, 'chromium');
    this.browser = await chromium.connect(this.browserServer.wsEndpoint(), { timeout: 30_000 });
    const context = await this.browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const pageLog = join(this.logDir, 'browser-console.log');
    writeFileSync(pageLog, '');
    page.on('console', (m) => { if (m.type() === 'error') writeFileSync(pageLog, `${m.text()}\n`, { flag: 'a' }); });
    page.on('pageerror', (e) => writeFileSync(pageLog, `pageerror: ${e.message}\n`, { flag: 'a' }));
    await page.goto(server.url, { timeout: 60_000 });
    const wb = new Workbench(page);
    await wb.ready();
    this.say('workbench ready');
    return { wb, page, dirs, server };
  }

  removeTemp() {
    if (!this.tempBase) return;
    if (this.keep) {
      this.say(`kept ${this.tempBase}`);
    } else {
      try {
        rmSync(this.tempBase, { recursive: true, force: true, maxRetries: 3 });
      } catch {
        /* best effort */
      }
    }
    this.tempBase = undefined;
    // start() pointed TMPDIR into the removed folder (for Chromium's profile): put it back.
    if (this.savedTmpdir) {
      if (this.savedTmpdir.value === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = this.savedTmpdir.value;
      this.savedTmpdir = undefined;
    }
  }

  /** Synchronous last resort (signals, time limits): SIGKILL everything we started, remove the folder. */
  killNow() {
    killAllNow();
    this.removeTemp();
  }

  /** Close Chromium, stop code-server and everything else we started (by pid), remove the folder. */
  async close() {
    try {
      await withTimeout((async () => {
        await this.browser?.close();
        await this.browserServer?.close();
      })(), 10_000, 'closing Chromium');
    } catch {
      /* killed below */
    }
    const pid = this.browserServer?.process()?.pid;
    if (pid) {
      await stop(pid, 1000);
      untrack(pid);
    }
    this.browser = undefined;
    this.browserServer = undefined;
    await stopAll(); // code-server and anything else still running that we started
    this.removeTemp();
  }
}
