/**
 * The compiled-lexicon cache for the language server in a Node process: the command line's cache
 * (src/cli/lexiconCache.ts, `<cache>/lexicons/`), so a large user lexicon is compiled once, not at every
 * start of the server (a 50,000-entity lexicon: about 2 s to compile, a quarter of that to read back),
 * and the server and `mechlens check` share one form of the same file. The server has the lexicon's text
 * (read by itself or sent by the client), not the file's metadata, so a form is known by the text's
 * SHA-256 and the file's path: a lexicon that is not a file (an unsaved buffer) is not kept.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LexiconCache } from '../cli/lexiconCache';
import type { CachedSource, LexiconText, UserLexiconStore } from '../service';

declare const MECHLENS_VERSION: string | undefined;
declare const MECHLENS_BUILD: string | undefined;

/**
 * The build's identity, the command line's own (scripts/build.mjs gives the server bundle the hash of the
 * command line's bundles, made from the same sources): a form made by another build is not used. Run
 * from source there is none, and no cache.
 */
export function serverBuild(): string | undefined {
  if (typeof MECHLENS_BUILD !== 'string' || typeof MECHLENS_VERSION !== 'string') return undefined;
  return `${MECHLENS_VERSION}\0${MECHLENS_BUILD}`;
}

/**
 * The store of compiled user lexicons under `cacheRoot` (the user's cache directory), for the build `build`;
 * `readOnly` for Check Workspace's worker threads (the server writes the forms, once).
 */
export function serverLexiconStore(cacheRoot: string, build: string, options: { minBytes?: number; readOnly?: boolean } = {}): UserLexiconStore {
  const cache = new LexiconCache({ directory: join(cacheRoot, 'lexicons'), build, minBytes: options.minBytes, readOnly: options.readOnly });
  // One source per text given (the same file is asked for as itself and as one before the next).
  const sources = new WeakMap<LexiconText, CachedSource | undefined>();
  const sourceOf = (file: LexiconText): CachedSource | undefined => {
    if (!sources.has(file)) sources.set(file, textSource(file));
    return sources.get(file);
  };
  return {
    slot(file, before) {
      const source = sourceOf(file);
      const earlier = before.map(sourceOf);
      if (source === undefined || earlier.some((s) => s === undefined)) return undefined;
      return cache.slot(source, earlier as CachedSource[]);
    },
  };
}

/** A lexicon's text as the cache knows it: its file's path, its size in bytes, its SHA-256 (computed once, when asked). */
function textSource(file: LexiconText): CachedSource | undefined {
  if (!file.uri.startsWith('file:')) return undefined;
  let path: string;
  try {
    path = fileURLToPath(file.uri);
  } catch {
    return undefined;
  }
  let digest: string | undefined;
  return {
    path,
    size: Buffer.byteLength(file.text, 'utf8'),
    digest: () => (digest ??= createHash('sha256').update(file.text, 'utf8').digest('hex')),
  };
}
