// Installs what the real-editor tier needs, offline except for the npm registry and Debian's packages
// (see shared/recipes/real-vscode-e2e.md): Debian packages, then code-server and playwright-core in the
// cache folder .vscode-test/ (with a package.json of its own, so the project's npm install never sees
// or prunes them), then the extension's .vsix.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOk } from './proc.mjs';

export const CODE_SERVER_VERSION = '4.100.3';
export const PLAYWRIGHT_VERSION = '1.65.1';
export const CHROMIUM = '/usr/bin/chromium';
const APT_PACKAGES = ['libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'ripgrep', 'chromium'];
// code-server's @vscode/ripgrep looks for this archive in its cache before it tries to download it.
const RIPGREP_CACHE = join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

function which(name) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function installedVersion(cacheDir, name) {
  try {
    return JSON.parse(readFileSync(join(cacheDir, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** Debian packages: only when something is missing, and only as root. */
export async function ensureDebianPackages({ log, say }) {
  if (existsSync(CHROMIUM) && which('rg')) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`${CHROMIUM} or rg is missing; as root this script installs them, otherwise run: apt-get install -y ${APT_PACKAGES.join(' ')}`);
  }
  say(`installing Debian packages (${APT_PACKAGES.join(' ')})`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  await runOk('apt-get', ['update'], { env, log, timeoutMs: 5 * 60_000 });
  await runOk('apt-get', ['install', '-y', ...APT_PACKAGES], { env, log, timeoutMs: 15 * 60_000 });
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is not there`);
}

/** code-server and playwright-core in .vscode-test/, installed once and reused while the versions match. */
export async function ensureCodeServer(cacheDir, { log, say }) {
  const ok = installedVersion(cacheDir, 'code-server') === CODE_SERVER_VERSION
    && installedVersion(cacheDir, 'playwright-core') === PLAYWRIGHT_VERSION
    && existsSync(join(cacheDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'));
  if (ok) return;
  say(`installing code-server@${CODE_SERVER_VERSION} and playwright-core@${PLAYWRIGHT_VERSION} into ${cacheDir} (about 2 minutes)`);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, 'package.json'), `${JSON.stringify({
    name: 'mechlens-e2e-cache',
    private: true,
    description: 'Tools of the real-editor tests (npm run test:e2e); not a dependency of the extension.',
    dependencies: { 'code-server': CODE_SERVER_VERSION, 'playwright-core': PLAYWRIGHT_VERSION },
  }, null, 2)}\n`);
  // The ripgrep trick: put Debian's rg where @vscode/ripgrep's postinstall looks before downloading.
  const rg = which('rg');
  if (!rg) throw new Error('rg (ripgrep) is not installed');
  mkdirSync(RIPGREP_CACHE, { recursive: true });
  if (!existsSync(join(RIPGREP_CACHE, RIPGREP_ARCHIVE))) {
    await runOk('tar', ['czf', join(RIPGREP_CACHE, RIPGREP_ARCHIVE), '-C', join(rg, '..'), 'rg'], { log, timeoutMs: 60_000 });
  }
  await runOk('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--no-package-lock'], {
    cwd: cacheDir,
    // unsafe_perm: code-server's postinstall refuses to run as root otherwise; yes: node-pty's
    // postinstall calls `npx node-gyp` and would wait for a "yes".
    env: { npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
    log,
    timeoutMs: 15 * 60_000,
  });
  if (installedVersion(cacheDir, 'code-server') !== CODE_SERVER_VERSION) throw new Error(`code-server@${CODE_SERVER_VERSION} did not install (log: ${log})`);
}

/** `npm run package` → mechlens-<version>.vsix in the project root. */
export async function packageExtension(root, { log, say }) {
  const { version, name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const vsix = join(root, `${name}-${version}.vsix`);
  say(`packaging ${name}-${version}.vsix`);
  await runOk('npm', ['run', 'package'], { cwd: root, log, timeoutMs: 5 * 60_000 });
  if (!existsSync(vsix)) throw new Error(`npm run package did not produce ${vsix}`);
  return { vsix, version, name };
}
