// code-server: install the .vsix into a fresh extensions folder, write the user settings, start the
// server on a free loopback port and wait until it answers /healthz.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { runOk, startDetached } from './proc.mjs';

/** User settings that keep the workbench quiet and the checks deterministic. */
export const USER_SETTINGS = {
  // From the recipe.
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'editor.wordBasedSuggestions': 'off',
  // The find widget is how helpers put the cursor on a word: never seed it from the editor.
  'editor.find.seedSearchStringFromSelection': 'never',
  'editor.minimap.enabled': false,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'chat.commandCenter.enabled': false,
  'files.autoSave': 'off',
  'git.enabled': false,
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function codeServerArgs(entry, dirs) {
  return [entry, '--config', join(dirs.data, 'config.yaml'), '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.data];
}

/**
 * Where code-server keeps what it would otherwise put in the home folder and /tmp (its own logs,
 * heartbeat, IPC sockets): all inside the run's temporary folder, removed with it.
 */
export function privateEnv(dirs) {
  const env = {
    HOME: dirs.home,
    TMPDIR: join(dirs.home, 'tmp'),
    XDG_CONFIG_HOME: join(dirs.home, '.config'),
    XDG_DATA_HOME: join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: join(dirs.home, '.cache'),
  };
  for (const dir of Object.values(env)) mkdirSync(dir, { recursive: true });
  return env;
}

/** Install the extension into `dirs.extensions` with code-server's own CLI; write the user `settings`. */
export async function installExtension(entry, dirs, vsix, { log, settings = USER_SETTINGS }) {
  mkdirSync(join(dirs.data, 'User'), { recursive: true });
  mkdirSync(dirs.extensions, { recursive: true });
  writeFileSync(join(dirs.data, 'config.yaml'), 'auth: none\ncert: false\n');
  writeFileSync(join(dirs.data, 'User', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  const out = await runOk(process.execPath, [...codeServerArgs(entry, dirs), '--install-extension', vsix], { env: privateEnv(dirs), log, timeoutMs: 120_000 });
  if (!/was successfully installed|already installed/i.test(out)) throw new Error(`code-server --install-extension did not confirm the install:\n${out.trim().split('\n').slice(-5).join('\n')}`);
}

async function healthy(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Start code-server for `workspace`; resolves { child, port, url } once /healthz answers. */
export async function startCodeServer(entry, dirs, workspace, { log, timeoutMs = 60_000 }) {
  const port = await freePort();
  const child = startDetached(process.execPath, [
    ...codeServerArgs(entry, dirs),
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    workspace,
  ], { env: privateEnv(dirs), log });
  let exited;
  child.on('exit', (code, signal) => { exited = `code-server exited early (${signal ?? code}); log: ${log}`; });
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (exited) throw new Error(exited);
    if (await healthy(`${base}/healthz`)) return { child, port, url: `${base}/?folder=${encodeURIComponent(workspace)}` };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer ${base}/healthz within ${timeoutMs / 1000} s (log: ${log})`);
}
