/** The user's cache directory for Mechlens, shared by the hosts (the language server's entry files, the CLI's compiled lexicons). */
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The cache directory of the platform: XDG on Linux, Library/Caches on macOS, LOCALAPPDATA on Windows; MECHLENS_CACHE_DIR overrides it. */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.MECHLENS_CACHE_DIR) return env.MECHLENS_CACHE_DIR;
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'mechlens', 'Cache');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'mechlens');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mechlens');
}
