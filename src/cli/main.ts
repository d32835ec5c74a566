/**
 * The `mechlens` command: argument handling, file reading and output. Analysis lives in the core and is
 * loaded only when a command needs it (analysis.ts): a run answered from the cache never loads it.
 */
import { join } from 'node:path';
import type * as Threads from 'node:worker_threads';
import { parseArgs, UsageError, USAGE } from './args';
import { DEFAULT_CACHE_FILE, ResultCache } from './cache';
import { check, languageIdOf, loadAnalysis, setUpLexicons } from './check';
import { escapeControls } from './escape';
import { CHECK_FORMATS } from './format/formats';
import { LEXICON_FORMATS } from './lexiconFormats';
import { bibliographyKey, readBibliographySources } from './bibliographies';
import { readLexiconSources, readLexiconTexts } from './lexicons';
import { LexiconCache, type LexiconCacheOptions } from './lexiconCache';
import { cacheDirectory } from './cacheDirectory';
import { mapCommand } from './map';
import { nodeIo, processStreams, type NodeStreams } from './node';
import { Output, OutputError, type WriteFn } from './output';
import { serveChecks, WORKER_ROLE, type WorkerSetup } from './worker';
import { startWorkerThread } from './workerThread';

export { isReportedContradiction } from './check';

declare const MECHLENS_VERSION: string | undefined;
const VERSION = typeof MECHLENS_VERSION === 'string' ? MECHLENS_VERSION : '0.0.0-dev';
/**
 * The build's identity for the cache: a hash of the bundle (its code and the bundled lexicon), set by
 * scripts/build.mjs. Run from source (the tests), results are keyed by version only: use a fresh cache.
 */
declare const MECHLENS_BUILD: string | undefined;
const BUILD = typeof MECHLENS_BUILD === 'string' ? MECHLENS_BUILD : 'source';

/**
 * Where compiled --lexicon files are kept (lexiconCache.ts): by default the user's cache directory, for
 * the built command only (run from source, the code may change under an unchanged build identity);
 * `false` keeps none. Tests name a directory and a size threshold.
 */
export type LexiconCacheSetting = Partial<Omit<LexiconCacheOptions, 'build'>> | false;

function lexiconStoreOptions(setting: LexiconCacheSetting | undefined): LexiconCacheOptions | undefined {
  if (setting === false || (setting === undefined && BUILD === 'source')) return undefined;
  return { ...setting, directory: setting?.directory ?? join(cacheDirectory(), 'lexicons'), build: `${VERSION}\0${BUILD}` };
}

export interface Io {
  /** Writes to standard output; a returned promise settles when more may be written. Throws or rejects when the write failed. */
  stdout: WriteFn;
  stderr: WriteFn;
  /** Standard input: a stream of chunks (read only up to --max-size) or, from a host that has read it already, its bytes. */
  stdin(): Uint8Array | AsyncIterable<Uint8Array>;
}

/**
 * Runs one command and resolves to its exit status: 0 no contradiction, 1 contradictions found, 2 a
 * usage or input error, or a failed write (a closed pipe, a full disk). Never rejects on bad input or
 * a failed write; only a bug in the checker rejects.
 */
export async function main(argv: readonly string[], io: Io, options: { lexiconCache?: LexiconCacheSetting } = {}): Promise<number> {
  const out = new Output(io.stdout, 'standard output');
  /** One line on stderr, control characters escaped; a failed write to stderr is given up silently. */
  let stderrBroken = false;
  const say = async (message: string): Promise<void> => {
    if (stderrBroken) return;
    try {
      await io.stderr(`mechlens: ${escapeControls(message)}\n`);
    } catch {
      stderrBroken = true;
    }
  };
  try {
    return await command(argv, io, out, say, options.lexiconCache);
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    // A reader that stopped early (`| head`) needs no message; anything else (a full disk) does.
    if (err.code !== 'EPIPE') await say(err.message);
    return 2;
  }
}

/**
 * The installed command (bin/mechlens.js): `main` on the process's streams. Resolves to the exit
 * status and never rejects: a failed write is exit status 2 with one line on stderr (none for a
 * reader that stopped early, EPIPE), an internal error is exit status 2 with its description.
 */
export async function run(argv: readonly string[], streams: NodeStreams = processStreams()): Promise<number> {
  const io = nodeIo(streams);
  /** Lines on stderr, each with its control characters escaped. */
  const say = async (text: string): Promise<void> => {
    try {
      await io.stderr(`mechlens: ${text.split('\n').map(escapeControls).join('\n')}\n`);
    } catch {
      // Nowhere left to say it.
    }
  };
  let code: number;
  try {
    code = await main(argv, io);
  } catch (err) {
    // A bug in the checker: its stack is what a bug report needs.
    await say(`internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    code = 2;
  }
  const late = await io.settle();
  if (late) {
    if (late.code !== 'EPIPE') await say(late.message);
    code = 2;
  }
  return code;
}

async function command(argv: readonly string[], io: Io, out: Output, say: (message: string) => Promise<void>, lexiconCache: LexiconCacheSetting | undefined): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      await say(err.message);
      return 2;
    }
    throw err;
  }
  if (args.command === 'help') {
    await out.put(USAGE);
    await out.flush();
    return 0;
  }
  if (args.command === 'version') {
    await out.put(`${VERSION}\n`);
    await out.flush();
    return 0;
  }
  // Lexicon files are opened here and read only when their text is needed: to compile them (to print
  // them, to validate them unless the cache knows them, or when a file is to be analysed and no compiled
  // form is kept for them), or now for --cache, whose results are keyed by the lexicons' texts.
  const opened = readLexiconSources(args.lexicons);
  const sources = args.command === 'check' && args.cache ? readLexiconTexts(opened) : opened;
  if (args.command === 'map') return mapCommand(args, sources, out, say);
  if (args.command === 'lexicon') {
    const { lexicon, problems } = loadAnalysis().compileLexicons(sources);
    for (const p of problems) await say(p);
    const format = LEXICON_FORMATS[args.format];
    await out.putAll(format.write(lexicon));
    await out.flush();
    for (const note of format.notes?.(lexicon) ?? []) await say(note);
    return problems.length > 0 ? 2 : 0;
  }
  const bibliographies = readBibliographySources(args.bibliographies);
  for (const p of bibliographies.problems) await say(p);
  // A broken entry is one line each, and the rest of the file counts (the parser is on the analysis side).
  if (bibliographies.sources.length > 0) for (const p of loadAnalysis().bibliographyProblems(bibliographies.sources)) await say(p);
  const cache = args.cache
    ? new ResultCache(args.cacheLocation ?? DEFAULT_CACHE_FILE, {
      version: VERSION,
      build: bibliographies.sources.length > 0 ? `${BUILD}\0${bibliographyKey(bibliographies.sources)}` : BUILD,
      lexicons: sources.flatMap((s) => {
        const read = 'problem' in s ? s : s.read(); // read already (above)
        return 'problem' in read ? [] : [{ path: s.path, text: read.text }];
      }),
      minConfidence: args.minConfidence,
    })
    : undefined;
  try {
    const storeOptions = lexiconStoreOptions(lexiconCache);
    const lexicons = setUpLexicons(sources, cache, storeOptions === undefined ? undefined : new LexiconCache(storeOptions));
    for (const p of lexicons.problems) await say(p);
    const cacheProblem = cache?.takeProblem();
    if (cacheProblem !== undefined) await say(cacheProblem);
    const report = CHECK_FORMATS[args.format].writer({
      version: VERSION, hints: args.hints, lexicon: lexicons.lexicon, analysis: loadAnalysis, languageOf: (path) => languageIdOf(args, path),
    });
    return await check({
      args, lexicons, cache, hadInputError: lexicons.problems.length > 0, stdin: () => io.stdin(), out, say, report,
      startWorker: (lexiconFiles, minConfidence, bibliographySources) => startWorker({ lexicons: lexiconFiles, lexiconCache: storeOptions, minConfidence, bibliographies: bibliographySources }),
      bibliographies: bibliographies.sources,
    });
  } finally {
    cache?.close();
  }
}

/** Marks a worker thread of --jobs (in its process.argv), so the main thread need not load worker_threads to know it is not one. */
const WORKER_FLAG = '--mechlens-check-worker';

/** A worker thread for --jobs: the bundle (dist/cli.js) is its own worker script; loaded in a worker thread it serves checks (below). */
function startWorker(setup: Omit<WorkerSetup, 'role'>): Threads.Worker {
  return startWorkerThread(__filename, WORKER_FLAG, { role: WORKER_ROLE, ...setup } satisfies WorkerSetup);
}

if (process.argv.includes(WORKER_FLAG)) {
  const threads = require('node:worker_threads') as typeof Threads;
  const setup = threads.workerData as Partial<WorkerSetup> | null;
  if (!threads.isMainThread && setup?.role === WORKER_ROLE) serveChecks(setup as WorkerSetup);
}
