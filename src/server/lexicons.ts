/**
 * User lexicons for clients that do not send them (every editor but VS Code): `.mechlens/lexicon.json` in
 * each workspace folder and the files named by `mechlens.lexicons`, resolved inside the workspace folders
 * only (a project's editor settings must not make the server show parts of another file), read as data.
 */
import { resolveLexiconPath } from '../core/lexicon/location';
import { LIMITS, MEGABYTE } from '../core/limits';
import { skippedLexicon, type LexiconText, type MechlensSettings } from '../service';
import { WORKSPACE_LEXICON } from '../service/exceptions';
import type { Diagnostic } from '../service/lsp';
import type { FileAccess } from './files';
import { formatUri, parseUri, relativeTo } from './uri';


export interface ReadLexicons {
  texts: LexiconText[];
  /** Files that could not be read, with the problem to show on each. */
  refused: Map<string, Diagnostic[]>;
  log: string[];
}

export async function readWorkspaceLexicons(files: FileAccess, folders: readonly string[], settings: MechlensSettings): Promise<ReadLexicons> {
  const texts: LexiconText[] = [];
  const refused = new Map<string, Diagnostic[]>();
  const log: string[] = [];
  const locations = folders.map(parseUri);
  const wanted: Array<{ uri: string; named: boolean }> = [];
  for (const folder of locations) {
    wanted.push({ uri: formatUri({ ...folder, path: `${folder.path.replace(/\/+$/, '')}/${WORKSPACE_LEXICON}` }), named: false });
    for (const p of settings.lexicons) {
      const resolved = resolveLexiconPath(p, folder, locations);
      if (!resolved.ok) log.push(`mechlens.lexicons: ${JSON.stringify(p)} not read: ${resolved.reason} (only files inside the workspace folders are read)`);
      else wanted.push({ uri: formatUri(resolved.location), named: true });
    }
  }
  const seen = new Set<string>();
  for (const { uri, named } of wanted) {
    if (seen.has(uri)) continue;
    seen.add(uri);
    const display = relativeTo(folders, uri);
    const read = await files.read(uri, LIMITS.lexiconMaxMb * MEGABYTE, { within: folders });
    if ('error' in read) {
      // A folder without .mechlens/lexicon.json is the usual case, not a problem.
      if (named || !/no such file|not found/i.test(read.error)) {
        refused.set(uri, [skippedLexicon(`cannot read ${display} (${read.error})`)]);
        log.push(`${display}: cannot read (${read.error}); skipped`);
      }
      continue;
    }
    texts.push({ uri, display, text: read.text });
  }
  return { texts, refused, log };
}
