/**
 * Entry documents as files, for editors without `mechlens:` documents: written on first use into the
 * user's cache directory (read-only), rewritten when the lexicon changes, so F12 opens a real file.
 */
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { folderLinks, type EntryLinks } from '../service';

export { cacheDirectory } from '../cli/cacheDirectory';

/**
 * Links to entry files under `<cache>/entries/<session>/`; `render` gives an entry's Markdown. Each file is
 * written when a link to it is first handed out, read-only; the folder is the server's own.
 */
export function entryFileLinks(root: string, render: (uri: string) => string | undefined): EntryLinks {
  const written = new Set<string>();
  const folder = join(root, 'entries', String(process.pid));
  removeStaleEntries(join(root, 'entries'));
  rmSync(folder, { recursive: true, force: true });
  return folderLinks(pathToFileURL(folder).href, (_entry, uri) => {
    if (written.has(uri)) return;
    written.add(uri);
    const text = render(uri);
    if (text === undefined) return;
    const path = fileURLToPath(uri);
    try {
      mkdirSync(dirname(path), { recursive: true });
      rmSync(path, { force: true });
      writeFileSync(path, text, { mode: 0o444 });
      chmodSync(path, 0o444);
    } catch {
      written.delete(uri); // an unwritable cache: the link still names the entry
    }
  }, () => written.clear());
}

/** Entry folders of servers no longer running (named by their process id) are removed. */
function removeStaleEntries(parent: string): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    if (isRunning(pid)) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM';
  }
}
