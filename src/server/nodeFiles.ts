/**
 * File access for the Node server when the client does not read files for it (editors other than
 * VS Code): `file:` URIs only, a folder walk that skips dependencies, version control and hidden folders,
 * `mechlens.exclude` applied, files read as strict UTF-8 within a size limit.
 */
import { promises as fs, realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { globMatcher } from '../service/glob';
import type { FileAccess, ReadOptions } from './files';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function inside(path: string, folders: readonly string[]): boolean {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return true; // it does not exist: reading it says so
  }
  return folders.some((f) => {
    const folder = pathOf(f);
    if (!folder) return false;
    try {
      const root = realpathSync(folder);
      return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
    } catch {
      return false;
    }
  });
}

const READ_ERRORS: Readonly<Record<string, string>> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'a folder, not a file', EPERM: 'permission denied' };

export function nodeFiles(): FileAccess {
  return {
    async find(folders, extensions, exclude, limit) {
      const wanted = new Set(extensions.map((e) => e.toLowerCase()));
      const excluded = globMatcher(exclude);
      const out: string[] = [];
      const walk = async (root: string, dir: string): Promise<void> => {
        let names: import('node:fs').Dirent[];
        try {
          names = await fs.readdir(dir, { withFileTypes: true });
        } catch {
          return; // unreadable folder: skipped
        }
        names.sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const entry of names) {
          if (out.length >= limit) return;
          const path = join(dir, entry.name);
          const relative = path.slice(root.length + 1).split(sep).join('/');
          if (excluded(relative)) continue;
          if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) await walk(root, path);
          } else if (entry.isFile()) {
            const dot = entry.name.lastIndexOf('.');
            if (dot > 0 && wanted.has(entry.name.slice(dot + 1).toLowerCase())) out.push(pathToFileURL(path).href);
          }
        }
      };
      for (const f of folders) {
        const root = pathOf(f);
        if (root) await walk(root, root);
      }
      return out;
    },
    async read(uri, maxBytes, options: ReadOptions = {}) {
      const path = pathOf(uri);
      if (!path) return { error: 'not a file: URI' };
      try {
        if (options.within && !inside(path, options.within)) return { error: 'outside the workspace folders (symbolic links resolved)' };
        const stat = await fs.stat(path);
        if (!stat.isFile()) return { error: 'not a regular file' };
        if (stat.size > maxBytes) return { error: `${(stat.size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit` };
        const bytes = await fs.readFile(path);
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code && READ_ERRORS[code]) return { error: READ_ERRORS[code] };
        if (err instanceof TypeError) return { error: 'not valid UTF-8 text' };
        return { error: err instanceof Error ? err.message.split('\n')[0] : String(err) };
      }
    },
    async write(uri, text) {
      const path = pathOf(uri);
      if (!path) throw new Error('not a file: URI');
      await fs.mkdir(dirname(path), { recursive: true });
      // Written whole and renamed into place, so a reader never sees half a lexicon.
      const temp = `${path}.${process.pid}.tmp`;
      await fs.writeFile(temp, text, 'utf8');
      await fs.rename(temp, path);
    },
  };
}
